import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import type { QuestionnaireVersion } from "@/lib/questionnaire/version-schema";
import { listVisibleDimensions } from "@/lib/questionnaire/visible-items";

// An officer validates and comments on what the firm was asked: the dimensions and indicators
// visible for its answers. Anything else (a hidden services question, a made-up id) is refused.

/** The dimension an indicator belongs to, if the firm was asked it in this revision; else null. */
export function findReviewableIndicator(version: QuestionnaireVersion, answers: AnswerSet, indicatorId: string): { dimensionId: string } | null {
  for (const { dimension, indicators } of listVisibleDimensions(version, answers)) {
    if (indicators.some((indicator) => indicator.id === indicatorId)) return { dimensionId: dimension.id };
  }
  return null;
}

export function isReviewableDimension(version: QuestionnaireVersion, answers: AnswerSet, dimensionId: string): boolean {
  return listVisibleDimensions(version, answers).some(({ dimension }) => dimension.id === dimensionId);
}
