import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import { getPublishedQuestionnaire, currentQuestionnaireId, type PublishedQuestionnaire } from "@/lib/questionnaire/published";
import { validateAnswerSet, type AnswerProblem } from "@/lib/questionnaire/validate-answer-set";
import { getBand, type Band } from "@/lib/scoring/bands";
import { describeReason } from "@/lib/scoring/describe-reason";
import { rankPriorities } from "@/lib/scoring/rank-priorities";
import type { PriorityRanking, ScoringResult } from "@/lib/scoring/result-schema";
import { scoreAssessment } from "@/lib/scoring/score-assessment";

/** A score request after its schema has passed: every part of the answers may be left out. */
export type ScoreInput = {
  questionnaireVersion?: string;
  answers: Partial<AnswerSet>;
  targets?: Record<string, number>;
};

export type ScoreExplanations = {
  /** The readiness index's band with its English name and meaning. */
  indexBand: Band;
  /** dimensionId → one English sentence per priority reason, in the order of `reasons`. */
  reasons: Record<string, string[]>;
};

export type ScoreOutcome =
  | { kind: "unknown-version"; versionId: string }
  | { kind: "invalid"; problems: AnswerProblem[] }
  | {
      kind: "scored";
      questionnaire: PublishedQuestionnaire;
      result: ScoringResult;
      priorities: PriorityRanking;
      explanations: ScoreExplanations;
    };

/**
 * Scores answers the way a submitted assessment is scored, for the public API: picks the
 * published version (the current one by default), checks the answers against it exactly as
 * autosave does (draft rules: unanswered questions are allowed and count as level 0), then
 * scores and ranks. `targets`, when given, replace answers.targets (scoreAssessment's rule).
 * Problem fields are paths in the request body ("answers.levels.<id>", "targets.<id>").
 */
export function scoreForApi(input: ScoreInput): ScoreOutcome {
  const versionId = input.questionnaireVersion ?? currentQuestionnaireId;
  const questionnaire = getPublishedQuestionnaire(versionId);
  if (!questionnaire) return { kind: "unknown-version", versionId };
  const version = questionnaire.structure;

  const answers: AnswerSet = {
    profile: input.answers.profile ?? {},
    levels: input.answers.levels ?? {},
    notes: input.answers.notes ?? {},
    targets: input.answers.targets ?? {},
  };
  const problems = validateAnswerSet(version, answers, "draft").map((problem) => ({ ...problem, field: `answers.${problem.field}` }));
  if (input.targets) {
    problems.push(...validateAnswerSet(version, { profile: {}, levels: {}, notes: {}, targets: input.targets }, "draft"));
  }
  if (problems.length > 0) return { kind: "invalid", problems };

  const result = scoreAssessment(version, answers, input.targets);
  const priorities = rankPriorities(version, answers, result);
  return { kind: "scored", questionnaire, result, priorities, explanations: explain(questionnaire, result, priorities) };
}

function explain(questionnaire: PublishedQuestionnaire, result: ScoringResult, priorities: PriorityRanking): ScoreExplanations {
  const english = questionnaire.texts.en;
  const nameOf = (dimensionId: string) => english.dimensions[dimensionId]?.title ?? dimensionId;
  return {
    indexBand: getBand(result.index.band),
    reasons: Object.fromEntries(
      priorities.ranking.map((ranked) => [ranked.dimensionId, ranked.reasons.map((reason) => describeReason(reason, nameOf))]),
    ),
  };
}
