import { describe, expect, it } from "vitest";
import { emptyAnswerSet, maxNoteLength, type AnswerSet } from "@/lib/questionnaire/answer-set";
import { validateAnswerSet } from "@/lib/questionnaire/validate-answer-set";
import { fixtureVersion } from "./fixture-version";

const answers = (partial: Partial<AnswerSet>): AnswerSet => ({ ...emptyAnswerSet(), ...partial });
const fields = (set: AnswerSet, mode: "draft" | "submit") => validateAnswerSet(fixtureVersion, set, mode).map((p) => `${p.field}:${p.code}`);

describe("validateAnswerSet", () => {
  it("accepts an empty draft", () => {
    expect(fields(emptyAnswerSet(), "draft")).toEqual([]);
  });

  it("names each malformed answer by field", () => {
    const bad = answers({
      profile: { country: "FR", services: "yes", staff: 0, techs: ["iot", "none"], ghost: "x" },
      levels: { "skills-a": 6, "nope": 2 },
      notes: { "skills-a": "x".repeat(maxNoteLength + 1) },
      targets: { skills: 2.5, unknown: 3 },
    });
    expect(fields(bad, "draft").sort()).toEqual(
      [
        "profile.country:unknown-option",
        "profile.services:wrong-type",
        "profile.staff:too-small",
        "profile.techs:exclusive-option",
        "profile.ghost:unknown-question",
        "levels.skills-a:not-a-level",
        "levels.nope:unknown-question",
        "notes.skills-a:note-too-long",
        "targets.skills:not-a-level",
        "targets.unknown:unknown-question",
      ].sort(),
    );
  });

  it("limits multi-select answers to maxSelected", () => {
    expect(fields(answers({ profile: { techs: ["iot", "cloud", "none"] } }), "draft")).toContain("profile.techs:too-many");
  });

  it("on submit requires visible required questions and every visible indicator, not hidden ones", () => {
    const missing = fields(answers({ profile: { country: "CN", services: false } }), "submit");
    expect(missing.sort()).toEqual(["levels.leadership-a:required", "levels.skills-a:required"]);

    const offers = fields(answers({ profile: { country: "MY", services: true } }), "submit");
    expect(offers).toEqual(expect.arrayContaining(["profile.service-kind:required", "levels.skills-b:required", "levels.digital-a:required"]));
  });

  it("passes a complete answer set", () => {
    const complete = answers({
      profile: { country: "CN", services: false },
      levels: { "skills-a": 0, "leadership-a": 5 },
    });
    expect(fields(complete, "submit")).toEqual([]);
  });
});
