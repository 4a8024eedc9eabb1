import { applyAnswerPatch } from "./apply-answer-patch";
import type { AnswerPatch, AnswerSet } from "./answer-set";
import { listPatchFields } from "./answer-fields";
import { validateAnswerSet, type AnswerProblem } from "./validate-answer-set";
import type { QuestionnaireVersion } from "./version-schema";

export type DraftSaveDecision =
  | { kind: "save"; answers: AnswerSet }
  | { kind: "stale"; currentVersion: number }
  | { kind: "invalid"; problems: AnswerProblem[] };

/**
 * Whether a patch may be stored on a draft: it must be based on the stored version (otherwise the
 * caller resolves conflicts first) and every field it touches must be valid for the questionnaire
 * version. One bad field rejects the whole patch, so bad input changes nothing.
 */
export function decideDraftSave(
  version: QuestionnaireVersion,
  stored: { answers: AnswerSet; version: number },
  baseVersion: number,
  patch: AnswerPatch,
): DraftSaveDecision {
  if (baseVersion !== stored.version) return { kind: "stale", currentVersion: stored.version };
  const answers = applyAnswerPatch(stored.answers, patch);
  const touched = new Set(listPatchFields(patch));
  const problems = validateAnswerSet(version, answers, "draft").filter((p) => touched.has(p.field));
  if (problems.length > 0) return { kind: "invalid", problems };
  return { kind: "save", answers };
}
