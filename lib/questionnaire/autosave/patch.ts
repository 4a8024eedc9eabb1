import type { AnswerPatch } from "../answer-set";
import type { AnswerValue } from "../answer-fields";
import { sameValue, type AutosaveState, type FieldValues } from "./state";

/** Field values → the patch the answers API takes ({ profile: { employees: 40 }, … }). */
export function toPatch(changes: FieldValues): AnswerPatch {
  const patch: Record<string, Record<string, AnswerValue | null>> = {};
  for (const [field, value] of Object.entries(changes)) {
    const dot = field.indexOf(".");
    (patch[field.slice(0, dot)] ??= {})[field.slice(dot + 1)] = value;
  }
  return patch as AnswerPatch;
}

/** The changes to send now: every queued change except those waiting for the person's choice in a conflict. */
export function changesToSend(state: AutosaveState): FieldValues {
  const waiting = new Set(state.unresolved.map((c) => c.field));
  return Object.fromEntries(Object.entries(state.changes).filter(([field]) => !waiting.has(field)));
}

/** Queues a change; a later change of the same field replaces the earlier one. */
export function queueChange(state: AutosaveState, field: string, value: AnswerValue | null): AutosaveState {
  return { ...state, changes: { ...state.changes, [field]: value } };
}

/**
 * Drops a field's queued change (its text now cannot be read, or the form post carries it):
 * an earlier value must not be saved in place of what is on screen. Returns what was dropped,
 * for the cross-tab merge.
 */
export function dropChanges(state: AutosaveState, fields: Iterable<string>): { state: AutosaveState; dropped: FieldValues } {
  const changes = { ...state.changes };
  const dropped: FieldValues = {};
  for (const field of fields) {
    if (!(field in changes)) continue;
    dropped[field] = changes[field] ?? null;
    delete changes[field];
  }
  return { state: { ...state, changes }, dropped };
}

/**
 * After the server took a save: the new version; each saved field becomes part of the base;
 * a refused one stays as typed on screen but is not sent again until changed; a change made
 * while the save was in flight stays queued.
 */
export function acknowledgeSave(state: AutosaveState, sent: FieldValues, version: number | null, refused: ReadonlySet<string>): AutosaveState {
  const base = { ...state.base };
  const changes = { ...state.changes };
  for (const [field, value] of Object.entries(sent)) {
    if (version !== null && !refused.has(field)) base[field] = value;
    if (sameValue(changes[field], value)) delete changes[field];
  }
  return { ...state, baseVersion: version ?? state.baseVersion, base, changes };
}
