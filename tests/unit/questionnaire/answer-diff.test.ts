import { describe, expect, it } from "vitest";
import { diffAnswers } from "@/lib/questionnaire/answer-diff";
import { emptyAnswerSet } from "@/lib/questionnaire/answer-set";

describe("diffAnswers", () => {
  it("lists each changed, new and cleared field once, with its new value", () => {
    const before = { ...emptyAnswerSet(), levels: { a: 2, b: 3 }, notes: { a: "old" }, profile: { sector: "food" } };
    const after = { ...emptyAnswerSet(), levels: { a: 4, b: 3, c: 1 }, notes: {}, profile: { sector: "food" }, targets: { skills: 4 } };
    expect(diffAnswers(before, after)).toEqual([
      { field: "levels.a", value: 4 },
      { field: "levels.c", value: 1 },
      { field: "notes.a", value: null },
      { field: "targets.skills", value: 4 },
    ]);
  });

  it("finds nothing when the answers are the same, a multi-select in another order included", () => {
    const before = { ...emptyAnswerSet(), levels: { a: 2 }, profile: { tools: ["erp", "mes"] } };
    const after = { ...emptyAnswerSet(), levels: { a: 2 }, profile: { tools: ["mes", "erp"] } };
    expect(diffAnswers(before, after)).toEqual([]);
  });
});
