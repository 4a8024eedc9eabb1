import "server-only";
import { dimensionScoresOf } from "@/lib/review/validated-scores";
import type { SubmissionScores } from "@/lib/scoring/submission-scores";
import type { reviewDecisions } from "../schema";

type ValidatedColumns = Pick<
  typeof reviewDecisions.$inferInsert,
  | "validatedIndex"
  | "validatedBand"
  | "validatedPeopleScore"
  | "validatedProcessScore"
  | "validatedTechnologyScore"
  | "validatedServicesScore"
  | "validatedDimensionScores"
  | "validatedScores"
>;

/**
 * The validated scores of an approval as the columns of its review decision: written in one place
 * for the approval command and the synthetic cohort, so the two cannot store them differently.
 */
export function validatedScoreColumns(scores: SubmissionScores): ValidatedColumns {
  return {
    validatedIndex: scores.readinessIndex,
    validatedBand: scores.readinessBand,
    validatedPeopleScore: scores.factorScores.people ?? null,
    validatedProcessScore: scores.factorScores.process ?? null,
    validatedTechnologyScore: scores.factorScores.technology ?? null,
    validatedServicesScore: scores.factorScores.services ?? null,
    validatedDimensionScores: dimensionScoresOf(scores),
    validatedScores: { result: scores.result, priorities: scores.priorities },
  };
}
