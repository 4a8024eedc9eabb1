import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import type { QuestionnaireVersion } from "@/lib/questionnaire/version-schema";
import { listVisibleDimensions } from "@/lib/questionnaire/visible-items";

/** The visible indicators of a dimension for these answers; null when the firm is not shown the dimension. */
export function dimensionIndicatorIds(structure: QuestionnaireVersion, answers: AnswerSet, dimensionId: string): string[] | null {
  const dimension = listVisibleDimensions(structure, answers).find((d) => d.dimension.id === dimensionId);
  return dimension ? dimension.indicators.map((i) => i.id) : null;
}
