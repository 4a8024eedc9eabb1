import type { AnswerPatch, AnswerSet } from "./answer-set";
import { listPatchFields, readAnswerField, readPatchField, sameAnswer, type AnswerValue } from "./answer-fields";

export type AnswerConflict = {
  field: string;
  base: AnswerValue | null;
  mine: AnswerValue | null;
  theirs: AnswerValue | null;
  /** Who saved `theirs` and when, as the server worded it ("Aisyah changed this answer at 14:02; check it."). */
  by?: string;
};

/**
 * After a stale save: the fields where someone else saved a different value since `base` and the
 * caller's change disagrees with it. Those need a person's choice; every other field of the patch
 * can be re-applied on top of the newer answers without losing anyone's work.
 */
export function findConflicts(base: AnswerSet, mine: AnswerPatch, theirs: AnswerSet): AnswerConflict[] {
  const conflicts: AnswerConflict[] = [];
  for (const field of listPatchFields(mine)) {
    const baseValue = readAnswerField(base, field) ?? null;
    const theirValue = readAnswerField(theirs, field) ?? null;
    const myValue = readPatchField(mine, field) ?? null;
    if (!sameAnswer(baseValue, theirValue) && !sameAnswer(myValue, theirValue)) {
      conflicts.push({ field, base: baseValue, mine: myValue, theirs: theirValue });
    }
  }
  return conflicts;
}

/** The patch without the given fields (e.g. the conflicting ones, until the person has chosen). */
export function omitPatchFields(patch: AnswerPatch, fields: readonly string[]): AnswerPatch {
  const drop = new Set(fields);
  const result: AnswerPatch = {};
  for (const [part, values] of Object.entries(patch) as [keyof AnswerPatch, Record<string, unknown> | undefined][]) {
    if (!values) continue;
    const kept = Object.fromEntries(Object.entries(values).filter(([id]) => !drop.has(`${part}.${id}`)));
    if (Object.keys(kept).length > 0) (result as Record<string, unknown>)[part] = kept;
  }
  return result;
}
