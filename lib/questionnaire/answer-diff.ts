import type { AnswerSet } from "./answer-set";
import { answerParts } from "./answer-parts";
import { sameAnswer, type AnswerValue } from "./answer-fields";

/** One field whose value differs between two answer sets; `value` null means the answer was cleared. */
export type AnswerFieldChange = { field: string; value: AnswerValue | null };

/**
 * The fields ("levels.<id>", "profile.<id>", "notes.<id>", "targets.<id>") whose value differs
 * from `before` to `after`, each with its new value, in a stable order (part, then id). A save
 * records one history row per entry, so an unchanged save records none; a multi-select with the
 * same options in another order is the same answer (sameAnswer).
 */
export function diffAnswers(before: AnswerSet, after: AnswerSet): AnswerFieldChange[] {
  const changes: AnswerFieldChange[] = [];
  for (const part of answerParts) {
    const old = before[part] as Record<string, AnswerValue>;
    const next = after[part] as Record<string, AnswerValue>;
    for (const id of [...new Set([...Object.keys(old), ...Object.keys(next)])].sort()) {
      if (!sameAnswer(old[id], next[id])) changes.push({ field: `${part}.${id}`, value: next[id] ?? null });
    }
  }
  return changes;
}
