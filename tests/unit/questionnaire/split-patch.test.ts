// Issue 15: a page post with four challenges ticked (at most three) and "Exports: No" lost both
// answers, because one invalid field refused the whole patch. The split keeps the valid part.
import { describe, expect, it } from "vitest";
import { emptyAnswerSet } from "@/lib/questionnaire/answer-set";
import { splitAnswerPatch } from "@/lib/questionnaire/split-patch";
import { fixtureVersion } from "./fixture-version";

describe("splitAnswerPatch", () => {
  const stored = { ...emptyAnswerSet(), profile: { staff: 45, services: true } };

  it("keeps the valid fields and names each invalid one with the rule it broke", () => {
    const { valid, problems } = splitAnswerPatch(fixtureVersion, stored, {
      profile: { techs: ["iot", "cloud", "none"], services: false, staff: -3 },
      levels: { "skills-a": 2 },
    });
    expect(valid).toEqual({ profile: { services: false }, levels: { "skills-a": 2 } });
    expect(problems).toEqual([
      { field: "profile.staff", code: "too-small" },
      { field: "profile.techs", code: "too-many" },
    ]);
  });

  it("does not blame a field for a problem stored elsewhere, nor for a cleared answer", () => {
    const broken = { ...emptyAnswerSet(), profile: { staff: 0 } };
    expect(splitAnswerPatch(fixtureVersion, broken, { profile: { country: "CN", techs: null } })).toEqual({
      valid: { profile: { country: "CN", techs: null } },
      problems: [],
    });
  });

  it("reports an exclusive option combined with another, and an unknown option", () => {
    const { valid, problems } = splitAnswerPatch(fixtureVersion, stored, { profile: { techs: ["none", "iot"], country: "XX" } });
    expect(valid).toEqual({});
    expect(problems).toEqual([
      { field: "profile.techs", code: "exclusive-option" },
      { field: "profile.country", code: "unknown-option" },
    ]);
  });
});
