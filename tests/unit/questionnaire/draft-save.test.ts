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
      rejected: [],
    });
  });

  it("refuses a patch based on an older version", () => {
    expect(decideDraftSave(fixtureVersion, stored, 3, { levels: { "leadership-a": 3 } })).toEqual({ kind: "stale", currentVersion: 4 });
  });

  // Issue 15: one invalid answer used to refuse the whole patch, losing every other change with it.
  it("saves the valid fields of a patch and reports the invalid ones by field", () => {
    const decision = decideDraftSave(fixtureVersion, stored, 4, { levels: { "leadership-a": 3, ghost: 2 }, profile: { techs: ["iot", "none"], country: "MY" } });
    expect(decision).toEqual({
      kind: "save",
      answers: { ...emptyAnswerSet(), profile: { country: "MY" }, levels: { "skills-a": 1, "leadership-a": 3 } },
      rejected: [
        { field: "profile.techs", code: "exclusive-option" },
        { field: "levels.ghost", code: "unknown-question" },
      ],
    });
  });

  it("stores nothing when every field of the patch is invalid", () => {
    const decision = decideDraftSave(fixtureVersion, stored, 4, { levels: { ghost: 2, "skills-a": 9 } });
    expect(decision).toEqual({
      kind: "invalid",
      problems: [
        { field: "levels.skills-a", code: "not-a-level" },
        { field: "levels.ghost", code: "unknown-question" },
      ],
    });
  });
});

describe("carryOverAnswers", () => {
  it("keeps only answers valid in the new version", () => {
    const previous = { ...emptyAnswerSet(), profile: { country: "MY", retired: "x" }, levels: { "skills-a": 4, gone: 2 }, targets: { skills: 5 } };
    expect(carryOverAnswers(fixtureVersion, previous)).toEqual({ ...emptyAnswerSet(), profile: { country: "MY" }, levels: { "skills-a": 4 }, targets: { skills: 5 } });
  });
});
