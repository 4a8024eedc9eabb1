import { describe, expect, it } from "vitest";
import { emptyAnswerSet } from "@/lib/questionnaire/answer-set";
import { carryOverAnswers } from "@/lib/questionnaire/carry-over";
import { decideDraftSave } from "@/lib/questionnaire/draft-save";
import { fixtureVersion } from "./fixture-version";

describe("decideDraftSave", () => {
  const stored = { answers: { ...emptyAnswerSet(), levels: { "skills-a": 1 } }, version: 4 };

  it("saves a valid patch based on the stored version", () => {
    expect(decideDraftSave(fixtureVersion, stored, 4, { levels: { "leadership-a": 3 } })).toEqual({
      kind: "save",
      answers: { ...emptyAnswerSet(), levels: { "skills-a": 1, "leadership-a": 3 } },
    });
  });

  it("refuses a patch based on an older version", () => {
    expect(decideDraftSave(fixtureVersion, stored, 3, { levels: { "leadership-a": 3 } })).toEqual({ kind: "stale", currentVersion: 4 });
  });

  it("refuses the whole patch when one field is invalid", () => {
    const decision = decideDraftSave(fixtureVersion, stored, 4, { levels: { "leadership-a": 3, ghost: 2 } });
    expect(decision).toEqual({ kind: "invalid", problems: [{ field: "levels.ghost", code: "unknown-question" }] });
  });
});

describe("carryOverAnswers", () => {
  it("keeps only answers valid in the new version", () => {
    const previous = { ...emptyAnswerSet(), profile: { country: "MY", retired: "x" }, levels: { "skills-a": 4, gone: 2 }, targets: { skills: 5 } };
    expect(carryOverAnswers(fixtureVersion, previous)).toEqual({ ...emptyAnswerSet(), profile: { country: "MY" }, levels: { "skills-a": 4 }, targets: { skills: 5 } });
  });
});
