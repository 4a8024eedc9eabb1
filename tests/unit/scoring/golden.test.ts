import { describe, expect, it } from "vitest";
import { getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { validateAnswerSet } from "@/lib/questionnaire/validate-answer-set";
import { rankPriorities } from "@/lib/scoring/rank-priorities";
import { PriorityRankingSchema, ScoringResultSchema } from "@/lib/scoring/result-schema";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { goldenExamples } from "./golden-examples";

// The worked examples of docs/scoring.md. Their expected numbers were computed by hand in the
// doc; this test is what keeps the doc, the data and the code in agreement.

const v1 = getPublishedQuestionnaire("v1")!.structure;

/** Rounds every number in a value to 9 decimals, so 2/3 written by hand equals 2/3 computed. */
function rounded<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === "number" ? Math.round(v * 1e9) / 1e9 : v)) as T;
}

describe.each(goldenExamples)("worked example: $title", (example) => {
  const scoring = scoreAssessment(v1, example.answers);
  const priorities = rankPriorities(v1, example.answers, scoring);

  it("is a complete, valid answer set for v1", () => {
    expect(validateAnswerSet(v1, example.answers, "submit")).toEqual([]);
    expect(scoring.complete).toBe(true);
    expect(ScoringResultSchema.parse(scoring)).toEqual(scoring);
    expect(PriorityRankingSchema.parse(priorities)).toEqual(priorities);
  });

  it("scores every dimension as computed by hand", () => {
    const actual = Object.fromEntries(
      scoring.dimensions.map((d) => [d.dimensionId, { score: d.score, target: d.target.level, gap: d.gap, band: d.band }]),
    );
    expect(rounded(actual)).toEqual(rounded(example.expected.dimensions));
  });

  it("scores every factor and the index as computed by hand", () => {
    const actual = Object.fromEntries(scoring.factors.map((f) => [f.factorId, { score: f.score, band: f.band }]));
    expect(rounded(actual)).toEqual(rounded(example.expected.factors));
    expect({ value: scoring.index.value, band: scoring.index.band }).toEqual(example.expected.index);
  });

  it("ranks priorities as computed by hand", () => {
    expect(priorities.ranking.map((r) => [r.dimensionId, r.priority])).toEqual(example.expected.ranking);
    const focus = priorities.focusAreas.map((f) => ({ dimensionId: f.dimensionId, priority: f.priority, reasons: f.reasons }));
    expect(rounded(focus)).toEqual(rounded(example.expected.focusAreas));
  });
});
