import { describe, expect, it } from "vitest";
import { emptyAnswerSet, type AnswerSet } from "@/lib/questionnaire/answer-set";
import { findConflicts, omitPatchFields } from "@/lib/questionnaire/conflicts";

const set = (partial: Partial<AnswerSet>): AnswerSet => ({ ...emptyAnswerSet(), ...partial });

describe("findConflicts", () => {
  const base = set({ levels: { a: 1, b: 1 }, profile: { techs: ["iot"] } });

  it("flags a field both sides changed to different values", () => {
    const theirs = set({ levels: { a: 4, b: 1 }, profile: { techs: ["iot"] } });
    expect(findConflicts(base, { levels: { a: 2 } }, theirs)).toEqual([{ field: "levels.a", base: 1, mine: 2, theirs: 4 }]);
  });

  it("does not flag a field only I changed, or one we both set to the same value", () => {
    const theirs = set({ levels: { a: 2, b: 3 }, profile: { techs: ["iot"] } });
    expect(findConflicts(base, { levels: { a: 2 }, profile: { techs: ["iot", "cloud"] } }, theirs)).toEqual([]);
  });

  it("treats multi-select answers as sets and a cleared answer as a change", () => {
    const theirs = set({ levels: { a: 1, b: 1 }, profile: { techs: ["cloud", "iot"] } });
    expect(findConflicts(set({ profile: { techs: ["iot", "cloud"] } }), { profile: { techs: ["cloud", "iot"] } }, theirs)).toEqual([]);
    expect(findConflicts(base, { levels: { b: null } }, set({ levels: { a: 1, b: 5 } }))).toEqual([{ field: "levels.b", base: 1, mine: null, theirs: 5 }]);
  });

  it("drops chosen fields from a patch", () => {
    expect(omitPatchFields({ levels: { a: 1, b: 2 }, notes: { a: "x" } }, ["levels.a", "notes.a"])).toEqual({ levels: { b: 2 } });
  });
});
