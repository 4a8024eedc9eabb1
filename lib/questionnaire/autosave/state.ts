import type { AnswerValue } from "../answer-fields";
import type { AnswerConflict } from "../conflicts";

/** Answer values by field ("profile.employees", "levels.x"); null is "no answer". */
export type FieldValues = Record<string, AnswerValue | null>;

/**
 * What one tab knows of the autosave: the saved version its changes are based on, the saved
 * values of the fields it has seen (`base`), the changes not yet saved, and the conflicts waiting
 * for the person's choice (never sent, kept across reloads).
 */
export type AutosaveState = {
  baseVersion: number;
  base: FieldValues;
  changes: FieldValues;
  unresolved: AnswerConflict[];
};

export function emptyAutosaveState(baseVersion = 0, base: FieldValues = {}): AutosaveState {
  return { baseVersion, base, changes: {}, unresolved: [] };
}

/** The very value queued (order included): a queued change leaves the queue only when this exact value was saved. */
export function sameValue(a: AnswerValue | null | undefined, b: AnswerValue | null | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
