import type { AutosaveState } from "./state";

/** The part of the Web Storage API the queue needs; tests pass a Map-backed one. */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** What is waiting to be saved, as stored: one key per assessment, shared by all its tabs. */
export type PendingSave = AutosaveState;

export const pendingKey = (assessmentId: string) => `adp:pending-answers:${assessmentId}`;

/** The queued save of an assessment, or null when nothing is queued or the stored text is unreadable. */
export function readPending(storage: KeyValueStorage | null, assessmentId: string): PendingSave | null {
  try {
    const raw = storage?.getItem(pendingKey(assessmentId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<PendingSave>;
    if (typeof parsed !== "object" || parsed === null || typeof parsed.baseVersion !== "number") return null;
    return { baseVersion: parsed.baseVersion, base: parsed.base ?? {}, changes: parsed.changes ?? {}, unresolved: parsed.unresolved ?? [] };
  } catch {
    return null;
  }
}

/** Stores the queue, or removes the key when nothing is left to save or decide. */
export function writePending(storage: KeyValueStorage | null, assessmentId: string, pending: PendingSave | null): void {
  try {
    if (pending && (Object.keys(pending.changes).length > 0 || pending.unresolved.length > 0)) storage?.setItem(pendingKey(assessmentId), JSON.stringify(pending));
    else storage?.removeItem(pendingKey(assessmentId));
  } catch {
    // Storage full or blocked: saving still works online, only the offline queue is lost.
  }
}
