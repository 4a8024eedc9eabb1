import { factorIds, type FactorId } from "@/lib/questionnaire/taxonomy";
import type { ProgressPair } from "./cohort-members";
import { mean } from "./statistics";

// Progress from T0 to T1: for the firms with at least two submitted assessments in the programme,
// the change from the first to the latest (readiness index and each factor score).

export type FactorChange = { factorId: FactorId; n: number; meanChange: number | null };
export type ProgressSummary = {
  /** Firms that re-assessed. */
  firms: number;
  meanFirstIndex: number | null;
  meanLatestIndex: number | null;
  meanIndexChange: number | null;
  /** Share (0–1) of those firms whose index went up (a change of exactly 0 is not an improvement). */
  improvedShare: number | null;
  /** Mean change per factor, over firms with the factor scored both times (services: services firms). */
  factors: FactorChange[];
};

export function progressSummary(pairs: readonly ProgressPair[]): ProgressSummary {
  const changes = pairs.map((p) => p.latest.readinessIndex - p.first.readinessIndex);
  return {
    firms: pairs.length,
    meanFirstIndex: mean(pairs.map((p) => p.first.readinessIndex)),
    meanLatestIndex: mean(pairs.map((p) => p.latest.readinessIndex)),
    meanIndexChange: mean(changes),
    improvedShare: pairs.length === 0 ? null : changes.filter((c) => c > 0).length / pairs.length,
    factors: factorIds.map((factorId) => {
      const factorChanges = pairs.flatMap((p) => {
        const first = p.first.factorScores[factorId];
        const latest = p.latest.factorScores[factorId];
        return first === null || latest === null ? [] : [latest - first];
      });
      return { factorId, n: factorChanges.length, meanChange: mean(factorChanges) };
    }),
  };
}
