import type { FactorId } from "@/lib/questionnaire/taxonomy";

// A firm's progress from one assessment to the next, as the results page shows it: the stored,
// self-assessed scores of two submissions side by side. Changes are taken between the figures as
// shown (one decimal), so "2.3 → 2.5" always reads "+0.2" and a dimension counts as improved only
// when the figures a manager reads went up.

/** The stored headline scores of one submission. */
export type ScoreSnapshot = {
  readinessIndex: number;
  readinessBand: string;
  /** Factors scored in that submission (services only for firms that offer them). */
  factorScores: Partial<Record<FactorId, number>>;
  dimensionScores: Readonly<Record<string, number>>;
};

export type ScoreChange = { before: number; after: number; change: number };

export type AssessmentProgress = {
  index: ScoreChange & { bandBefore: string; bandAfter: string };
  /** Factors scored both times, in the order given. */
  factors: (ScoreChange & { factorId: FactorId })[];
  /** Dimensions scored both times, in the order given. */
  dimensions: (ScoreChange & { dimensionId: string })[];
  /** Of those dimensions, how many went up, down, or read the same. */
  improved: number;
  declined: number;
  unchanged: number;
};

const asShown = (value: number) => Math.round(value * 10) / 10;

function scoreChange(before: number, after: number): ScoreChange {
  const shownBefore = asShown(before);
  const shownAfter = asShown(after);
  return { before: shownBefore, after: shownAfter, change: asShown(shownAfter - shownBefore) };
}

export function assessmentProgress(
  before: ScoreSnapshot,
  after: ScoreSnapshot,
  order: { factorIds: readonly FactorId[]; dimensionIds: readonly string[] },
): AssessmentProgress {
  const factors = order.factorIds.flatMap((factorId) => {
    const then = before.factorScores[factorId];
    const now = after.factorScores[factorId];
    return then === undefined || now === undefined ? [] : [{ factorId, ...scoreChange(then, now) }];
  });
  const dimensions = order.dimensionIds.flatMap((dimensionId) => {
    const then = before.dimensionScores[dimensionId];
    const now = after.dimensionScores[dimensionId];
    return then === undefined || now === undefined ? [] : [{ dimensionId, ...scoreChange(then, now) }];
  });
  return {
    index: { ...scoreChange(before.readinessIndex, after.readinessIndex), bandBefore: before.readinessBand, bandAfter: after.readinessBand },
    factors,
    dimensions,
    improved: dimensions.filter((d) => d.change > 0).length,
    declined: dimensions.filter((d) => d.change < 0).length,
    unchanged: dimensions.filter((d) => d.change === 0).length,
  };
}
