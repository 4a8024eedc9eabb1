import { emptyAnswerSet, type AnswerSet } from "./answer-set";
import { validateAnswerSet } from "./validate-answer-set";
import type { QuestionnaireVersion } from "./version-schema";

/**
 * Answers from an earlier assessment, kept only where they are valid in `version` (a re-assessment
 * may use a newer questionnaire): a prefilled draft never starts with an answer it could not save.
 */
export function carryOverAnswers(version: QuestionnaireVersion, previous: AnswerSet): AnswerSet {
  const invalid = new Set(validateAnswerSet(version, previous, "draft").map((p) => p.field));
  const result = emptyAnswerSet();
  for (const part of ["profile", "levels", "notes", "targets"] as const) {
    for (const [id, value] of Object.entries(previous[part])) {
      if (!invalid.has(`${part}.${id}`)) (result[part] as Record<string, unknown>)[id] = value;
    }
  }
  return result;
}
