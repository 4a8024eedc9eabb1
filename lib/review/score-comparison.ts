import type { BandId } from "@/lib/scoring/bands";
import type { ScoringResult } from "@/lib/scoring/result-schema";

// Self-assessed and validated scores side by side: the readiness index, then each factor followed
// by its dimensions, in questionnaire order, so the officer sees where a validated level moved what.

export type ScoreComparisonRow = {
  kind: "index" | "factor" | "dimension";
  /** The factor or dimension id ("index" for the readiness index). */
  id: string;
  factorId: string | null;
  selfAssessed: number;
  selfAssessedBand: BandId;
  validated: number | null;
  validatedBand: BandId | null;
  /** validated − self-assessed; null without validated scores. */
  difference: number | null;
};

const difference = (self: number, validated: number | undefined) => (validated === undefined ? null : Math.round((validated - self) * 1e9) / 1e9);

export function compareScores(selfAssessed: ScoringResult, validated: ScoringResult | null): ScoreComparisonRow[] {
  const rows: ScoreComparisonRow[] = [
    {
      kind: "index",
      id: "index",
      factorId: null,
      selfAssessed: selfAssessed.index.value,
      selfAssessedBand: selfAssessed.index.band,
      validated: validated?.index.value ?? null,
      validatedBand: validated?.index.band ?? null,
      difference: difference(selfAssessed.index.value, validated?.index.value),
    },
  ];
  for (const factor of selfAssessed.factors) {
    const other = validated?.factors.find((f) => f.factorId === factor.factorId);
    rows.push({
      kind: "factor",
      id: factor.factorId,
      factorId: factor.factorId,
      selfAssessed: factor.score,
      selfAssessedBand: factor.band,
      validated: other?.score ?? null,
      validatedBand: other?.band ?? null,
      difference: difference(factor.score, other?.score),
    });
    for (const dimension of selfAssessed.dimensions.filter((d) => d.factorId === factor.factorId)) {
      const otherDimension = validated?.dimensions.find((d) => d.dimensionId === dimension.dimensionId);
      rows.push({
        kind: "dimension",
        id: dimension.dimensionId,
        factorId: factor.factorId,
        selfAssessed: dimension.score,
        selfAssessedBand: dimension.band,
        validated: otherDimension?.score ?? null,
        validatedBand: otherDimension?.band ?? null,
        difference: difference(dimension.score, otherDimension?.score),
      });
    }
  }
  return rows;
}
