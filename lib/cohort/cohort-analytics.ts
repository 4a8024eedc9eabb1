import { bandDistribution, type BandCount } from "./band-distribution";
import type { CohortMember, ProgressPair } from "./cohort-members";
import { cohortRadar, type RadarAxis } from "./cohort-radar";
import { sectorFactorHeatMap, type HeatMapRow } from "./factor-heat-map";
import { gapFrequencies, type GapFrequency } from "./gap-frequency";
import { indexHistogram, type HistogramBin } from "./index-histogram";
import { progressSummary, type ProgressSummary } from "./progress-summary";
import { spreadOf, type Spread } from "./statistics";

// Every figure of the cohort analytics page. The database computes them from stored scores
// (lib/db/queries/cohort-analytics.ts); computeCohortAnalytics is the same definition over plain
// rows, the reference the integration tests hold the SQL to.

/** Below this many firms a figure says little and may point at single firms; the page says so. */
export const smallCohort = 5;

export type CohortAnalytics = {
  /** Firms in the cohort: each with its latest submitted assessment matching the filter. */
  firmCount: number;
  /** Of those, firms whose latest submitted revision was approved (with validated scores). */
  validatedCount: number;
  index: { self: Spread | null; validated: Spread | null };
  radar: RadarAxis[];
  indexHistogram: HistogramBin[];
  bandDistribution: BandCount[];
  sectorFactorHeatMap: HeatMapRow[];
  commonGaps: GapFrequency[];
  progress: ProgressSummary;
};

export function computeCohortAnalytics(members: readonly CohortMember[], progressPairs: readonly ProgressPair[]): CohortAnalytics {
  const validated = members.flatMap((m) => (m.validated ? [m.validated] : []));
  return {
    firmCount: members.length,
    validatedCount: validated.length,
    index: { self: spreadOf(members.map((m) => m.self.readinessIndex)), validated: spreadOf(validated.map((v) => v.readinessIndex)) },
    radar: cohortRadar(members),
    indexHistogram: indexHistogram(members.map((m) => m.self.readinessIndex)),
    bandDistribution: bandDistribution(
      members.map((m) => m.self.readinessBand),
      validated.map((v) => v.readinessBand),
    ),
    sectorFactorHeatMap: sectorFactorHeatMap(members),
    commonGaps: gapFrequencies(members.map((m) => m.priorityDimensionIds)),
    progress: progressSummary(progressPairs),
  };
}
