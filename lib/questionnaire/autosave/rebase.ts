import type { AnswerSet } from "../answer-set";
import { answerSetFromFields, readAnswerField } from "../answer-fields";
import { findConflicts, type AnswerConflict } from "../conflicts";
import { toPatch } from "./patch";
import type { AutosaveState, FieldValues } from "./state";

export type Rebased = {
  state: AutosaveState;
  /** Conflicts found by this rebase (the person chooses); empty means: send again. */
  found: AnswerConflict[];
  /** Page fields the person has not touched, with the value saved now, to show on screen. */
  refresh: FieldValues;
};

/**
 * After a save refused as stale (someone else saved since `baseVersion`): the newer saved answers
 * become the base; changes that do not clash are kept to be sent again; changes that clash
 * become conflicts. Untouched page fields are refreshed, so a later form post does not send the
 * old value back as if it had just been chosen. Each conflict carries who changed the field
 * (`changedBy`, from the server) when known.
 */
export function rebaseOnTheirs(
  state: AutosaveState,
  sent: FieldValues,
  version: number,
  theirs: AnswerSet,
  pageFields: readonly string[],
  /** Who changed each field, as the server's 409 said it; shown with the conflict. */
  changedBy: Readonly<Record<string, string>> = {},
): Rebased {
  const found = findConflicts(answerSetFromFields(state.base), toPatch(sent), theirs).map((c) => {
    const by = Object.hasOwn(changedBy, c.field) ? changedBy[c.field] : undefined;
    return typeof by === "string" ? { ...c, by } : c;
  });
  const base: FieldValues = { ...state.base };
  const refresh: FieldValues = {};
  const page = new Set(pageFields);
  for (const field of new Set([...Object.keys(state.base), ...Object.keys(state.changes), ...pageFields])) {
    base[field] = readAnswerField(theirs, field) ?? null;
    if (page.has(field) && !(field in state.changes)) refresh[field] = base[field] ?? null;
  }
  const unresolved = [...state.unresolved.filter((c) => !found.some((f) => f.field === c.field)), ...found];
  return { state: { ...state, baseVersion: version, base, unresolved }, found, refresh };
}

/**
 * The person's choice in a conflict: keep theirs (the change leaves the queue) or keep mine (it is
 * queued again, on the new base). Returns what left the queue, for the cross-tab merge.
 */
export function resolveConflict(state: AutosaveState, conflict: AnswerConflict, keep: "mine" | "theirs"): { state: AutosaveState; removed: FieldValues } {
  const changes = { ...state.changes };
  const removed: FieldValues = {};
  if (keep === "theirs") {
    removed[conflict.field] = changes[conflict.field] ?? null;
    delete changes[conflict.field];
  } else {
    changes[conflict.field] = conflict.mine;
  }
  return { state: { ...state, changes, unresolved: state.unresolved.filter((c) => c.field !== conflict.field) }, removed };
}
