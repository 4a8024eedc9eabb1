import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import type { QuestionnaireVersion } from "@/lib/questionnaire/version-schema";
import { scoreSubmission, type SubmissionScores } from "@/lib/scoring/submission-scores";

/** An officer's validated level for one indicator. */
export type IndicatorValidationLevel = { indicatorId: string; validatedLevel: number };

/**
 * The firm's answers with the officer's validated levels in place of its own. Everything else
 * (profile, notes, targets) is the firm's, so the validated scores differ only where the officer
 * disagreed with a level.
 */
export function applyValidatedLevels(answers: AnswerSet, validations: readonly IndicatorValidationLevel[]): AnswerSet {
  const levels = { ...answers.levels };
  for (const { indicatorId, validatedLevel } of validations) levels[indicatorId] = validatedLevel;
  return { ...answers, levels };
}

/**
 * The validated scores: the submission scored exactly as at submit (same questionnaire version,
 * same programme targets, same rules) but with the validated levels. Without validations they
 * equal the self-assessed scores.
 */
export function scoreValidatedSubmission(
  version: QuestionnaireVersion,
  answers: AnswerSet,
  validations: readonly IndicatorValidationLevel[],
  programmeTargets: Readonly<Record<string, number>> = {},
): SubmissionScores {
  return scoreSubmission(version, applyValidatedLevels(answers, validations), programmeTargets);
}

/** Score per dimension id, the compact form stored with a decision for cohort queries. */
export function dimensionScoresOf(scores: SubmissionScores): Record<string, number> {
  return Object.fromEntries(scores.result.dimensions.map((d) => [d.dimensionId, d.score]));
}
