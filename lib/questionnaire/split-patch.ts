import { applyAnswerPatch } from "./apply-answer-patch";
import type { AnswerPatch, AnswerSet } from "./answer-set";
import { listPatchFields } from "./answer-fields";
import { omitPatchFields } from "./conflicts";
import { validateAnswerSet, type AnswerProblem } from "./validate-answer-set";
import type { QuestionnaireVersion } from "./version-schema";

export type SplitPatch = { valid: AnswerPatch; problems: AnswerProblem[] };

/**
 * A patch split into the fields that may be stored and the ones that may not, each with why.
 * Every rule checks one field on its own (a level's range, a multi-select's maximum and exclusive
 * option), so refusing one field never makes another one wrong: the valid part is saved, and
 * nothing a person typed elsewhere on the page is lost to one mistake.
 */
export function splitAnswerPatch(version: QuestionnaireVersion, stored: AnswerSet, patch: AnswerPatch): SplitPatch {
  const touched = new Set(listPatchFields(patch));
  const problems = validateAnswerSet(version, applyAnswerPatch(stored, patch), "draft").filter((p) => touched.has(p.field));
  return { valid: omitPatchFields(patch, problems.map((p) => p.field)), problems };
}
