import "server-only";
import { listOpenRoundDimensions } from "@/lib/db/queries/rating-rounds";
import { ratedApartFields } from "@/lib/rating/rated-apart";
import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import type { QuestionnaireVersion } from "@/lib/questionnaire/version-schema";
import type { AnswerProblem } from "@/lib/questionnaire/validate-answer-set";
import { dimensionIndicatorIds } from "./dimension-indicators";

/** Dimension ids of the revision being rated apart now; the question page says so. */
export const listDimensionsRatedApart = listOpenRoundDimensions;

/**
 * The one check every ordinary save (page post, autosave) makes: the fields of the patch that are
 * levels of a dimension being rated apart, as refusals ("rated-apart"). The caller leaves them out.
 */
export async function refuseRatedApartFields(revisionId: string, structure: QuestionnaireVersion, answers: AnswerSet, patchFields: readonly string[]): Promise<AnswerProblem[]> {
  if (!patchFields.some((field) => field.startsWith("levels."))) return [];
  const dimensions = await listOpenRoundDimensions(revisionId);
  if (dimensions.length === 0) return [];
  const locked = new Set(dimensions.flatMap((id) => dimensionIndicatorIds(structure, answers, id) ?? []));
  return ratedApartFields(patchFields, locked).map((field) => ({ field, code: "rated-apart" }));
}
