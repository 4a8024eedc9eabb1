import { sameValue, type AutosaveState, type FieldValues } from "./state";

/**
 * The queue to store, merged per field with what other tabs of the assessment queued (one key for
 * all tabs: the last writer must not drop the others' answers). `removed` are the fields this tab
 * saved or gave up, with the value it saved, so only those values leave the queue: a newer value
 * another tab queued for the same field stays. This tab's own changes win over the stored ones.
 */
export function mergeWithStored(stored: AutosaveState | null, mine: AutosaveState, removed: FieldValues = {}): AutosaveState {
  const changes: FieldValues = {};
  for (const [field, value] of Object.entries(stored?.changes ?? {})) {
    if (field in removed && sameValue(removed[field], value)) continue;
    changes[field] = value;
  }
  Object.assign(changes, mine.changes);
  return { baseVersion: mine.baseVersion, base: { ...stored?.base, ...mine.base }, changes, unresolved: mine.unresolved };
}

/**
 * A page opening with a queue left by an earlier visit (perhaps offline, perhaps another page):
 * the queued changes are taken over and sent first; the page's freshly rendered saved values win
 * over older ones in the queue's base.
 */
export function resumeFromQueue(rendered: AutosaveState, queued: AutosaveState | null): AutosaveState {
  if (!queued) return rendered;
  return { baseVersion: queued.baseVersion, base: { ...queued.base, ...rendered.base }, changes: { ...queued.changes }, unresolved: queued.unresolved };
}
