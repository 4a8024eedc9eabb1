import "server-only";
import type { SubmissionScores } from "@/lib/scoring/submission-scores";

/**
 * The score columns a submitted revision stores, from its SubmissionScores: headline figures for
 * cohort queries, the compact per-dimension map and focus areas, and the full result. One mapping
 * for the submit, the synthetic cohort and anything else that writes a submitted revision.
 */
export function revisionScoreColumns(scores: SubmissionScores) {
  return {
    readinessIndex: scores.readinessIndex,
    readinessBand: scores.readinessBand,
    peopleScore: scores.factorScores.people ?? null,
    processScore: scores.factorScores.process ?? null,
    technologyScore: scores.factorScores.technology ?? null,
    servicesScore: scores.factorScores.services ?? null,
    scores: { result: scores.result, priorities: scores.priorities },
    dimensionScores: Object.fromEntries(scores.result.dimensions.map((d) => [d.dimensionId, d.score])),
    priorityDimensionIds: scores.priorities.focusAreas.map((area) => area.dimensionId),
  };
}
