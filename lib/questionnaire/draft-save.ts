import { applyAnswerPatch } from "./apply-answer-patch";
import type { AnswerPatch, AnswerSet } from "./answer-set";
import { listPatchFields } from "./answer-fields";
import { splitAnswerPatch } from "./split-patch";
import type { AnswerProblem } from "./validate-answer-set";
import type { QuestionnaireVersion } from "./version-schema";

export type DraftSaveDecision =
  /** `rejected`: fields of the patch left out because they are not valid (the rest is in `answers`). */
  | { kind: "save"; answers: AnswerSet; rejected: AnswerProblem[] }
  | { kind: "stale"; currentVersion: number }
  /** Every field of the patch is invalid: there is nothing to store. */
  | { kind: "invalid"; problems: AnswerProblem[] };

/**
 * Whether a patch may be stored on a draft: it must be based on the stored version (otherwise the
 * caller resolves conflicts first). Fields that are not valid for the questionnaire version are
 * left out and reported by field; the valid ones are saved (issue 15: one bad answer must not
 * throw away every other change on the page).
 */
export function decideDraftSave(
  version: QuestionnaireVersion,
  stored: { answers: AnswerSet; version: number },
  baseVersion: number,
  patch: AnswerPatch,
): DraftSaveDecision {
  if (baseVersion !== stored.version) return { kind: "stale", currentVersion: stored.version };
  const { valid, problems } = splitAnswerPatch(version, stored.answers, patch);
  if (problems.length > 0 && listPatchFields(valid).length === 0) return { kind: "invalid", problems };
  return { kind: "save", answers: applyAnswerPatch(stored.answers, valid), rejected: problems };
}
