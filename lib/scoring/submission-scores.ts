import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import type { FactorId } from "@/lib/questionnaire/taxonomy";
import type { QuestionnaireVersion } from "@/lib/questionnaire/version-schema";
import type { BandId } from "./bands";
import { rankPriorities } from "./rank-priorities";
import type { PriorityRanking, ScoringResult } from "./result-schema";
import { scoreAssessment } from "./score-assessment";

/** What is stored with a submitted revision, so nothing downstream recomputes from answers. */
export type SubmissionScores = {
  result: ScoringResult;
  priorities: PriorityRanking;
  readinessIndex: number;
  readinessBand: BandId;
  factorScores: Partial<Record<FactorId, number>>;
};

/**
 * Scores a submission. A dimension the firm gave no target takes the programme's target, then the
 * scoring default (one level above the current score) — the same order the targets page proposes.
 */
export function scoreSubmission(
  version: QuestionnaireVersion,
  answers: AnswerSet,
  programmeTargets: Readonly<Record<string, number>> = {},
): SubmissionScores {
  const result = scoreAssessment(version, answers, { ...programmeTargets, ...answers.targets });
  return {
    result,
    priorities: rankPriorities(version, answers, result),
    readinessIndex: result.index.value,
    readinessBand: result.index.band,
    factorScores: Object.fromEntries(result.factors.map((f) => [f.factorId, f.score])),
  };
}
