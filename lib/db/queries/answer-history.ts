import "server-only";
import { and, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { AnswerFieldChange } from "@/lib/questionnaire/answer-diff";
import type { AnswerValue } from "@/lib/questionnaire/answer-fields";
import { getDb, type Executor } from "../client";
import { answerChanges, assessmentRevisions, assessments, users } from "../schema";

// Who answered what (issue 19, decision 027). Rows are append-only (the migration's trigger) and
// name the author by user id; the name is read from users, so a member removed from the firm
// (soft removal, decision 025) keeps their name on what they answered.

/** How a change came: a form post, an autosave, an agreed level after independent rating, or carried from the returned revision. */
export type AnswerChangeSource = "page" | "autosave" | "agreement" | "carried";

/** One change of one field: the value it got (null: cleared), who and when. */
export type AnswerChangeRow = { field: string; value: AnswerValue | null; byId: string; byName: string; at: Date; source: AnswerChangeSource };

/**
 * The insert of one save's history rows, as a statement the save embeds after its update (a data
 * modifying CTE): rows are written only for the revision row the update returned (`saved`, with
 * an `id` column), so a refused save records nothing. A JSON null value becomes SQL null (cleared).
 */
export function answerChangesFromSave(saved: SQL, changes: readonly AnswerFieldChange[], by: { userId: string; at: string; source: AnswerChangeSource }): SQL {
  return sql`
    insert into ${answerChanges} (revision_id, field, value, changed_by, changed_at, source)
    select s.id, c.field, c.value, ${by.userId}::uuid, ${by.at}::timestamptz, ${by.source}
    from ${saved} s, jsonb_to_recordset(${JSON.stringify(changes)}::jsonb) as c(field text, value jsonb)`;
}

/** Records changes in the caller's transaction (e.g. agreed levels written by independent rating). */
export async function recordAnswerChanges(
  executor: Executor,
  revisionId: string,
  changes: readonly AnswerFieldChange[],
  by: { userId: string; at: Date; source: AnswerChangeSource },
): Promise<void> {
  if (changes.length === 0) return;
  await executor
    .insert(answerChanges)
    .values(changes.map((c) => ({ revisionId, field: c.field, value: c.value, changedBy: by.userId, changedAt: by.at, source: by.source })));
}

/**
 * When a returned assessment continues in a new draft revision: the latest change of each field
 * of the returned revision is copied as "carried", keeping its author and time, so the draft (and
 * the next submission) says who answered what was not touched again.
 */
export async function carryAnswerAuthorship(executor: Executor, fromRevisionId: string, toRevisionId: string): Promise<void> {
  await executor.execute(sql`
    insert into ${answerChanges} (revision_id, field, value, changed_by, changed_at, source)
    select distinct on (field) ${toRevisionId}::uuid, field, value, changed_by, changed_at, 'carried'
    from ${answerChanges} where revision_id = ${fromRevisionId}
    order by field, changed_at desc, id`);
}

const rowColumns = {
  field: answerChanges.field,
  value: sql<AnswerValue | null>`${answerChanges.value}`,
  byId: answerChanges.changedBy,
  byName: users.name,
  at: answerChanges.changedAt,
  source: sql<AnswerChangeSource>`${answerChanges.source}`,
};

/**
 * The latest change of each field of a revision (optionally only the given fields), by field.
 * A field whose latest change cleared it has an entry with value null.
 */
export async function listLatestAnswerChanges(revisionId: string, fields?: readonly string[]): Promise<Map<string, AnswerChangeRow>> {
  if (fields && fields.length === 0) return new Map();
  const rows = await getDb()
    .selectDistinctOn([answerChanges.field], rowColumns)
    .from(answerChanges)
    .innerJoin(users, eq(users.id, answerChanges.changedBy))
    .where(and(eq(answerChanges.revisionId, revisionId), fields ? inArray(answerChanges.field, [...fields]) : undefined))
    .orderBy(answerChanges.field, desc(answerChanges.changedAt));
  return new Map(rows.map((row) => [row.field, row]));
}

/** Every change of the given fields of a revision, newest first (an indicator's history). */
export async function listAnswerHistory(revisionId: string, fields: readonly string[]): Promise<AnswerChangeRow[]> {
  if (fields.length === 0) return [];
  return getDb()
    .select(rowColumns)
    .from(answerChanges)
    .innerJoin(users, eq(users.id, answerChanges.changedBy))
    .where(and(eq(answerChanges.revisionId, revisionId), inArray(answerChanges.field, [...fields])))
    .orderBy(desc(answerChanges.changedAt), answerChanges.field);
}

/** Every answer change of a firm's assessments, for the firm's data download, oldest first. */
export async function listFirmAnswerHistory(
  executor: Executor,
  firmId: string,
): Promise<{ revisionId: string; field: string; value: unknown; changedBy: string; changedAt: Date; source: string }[]> {
  return executor
    .select({
      revisionId: answerChanges.revisionId,
      field: answerChanges.field,
      value: answerChanges.value,
      changedBy: users.name,
      changedAt: answerChanges.changedAt,
      source: answerChanges.source,
    })
    .from(answerChanges)
    .innerJoin(assessmentRevisions, eq(assessmentRevisions.id, answerChanges.revisionId))
    .innerJoin(assessments, eq(assessments.id, assessmentRevisions.assessmentId))
    .innerJoin(users, eq(users.id, answerChanges.changedBy))
    .where(eq(assessments.firmId, firmId))
    .orderBy(assessmentRevisions.assessmentId, assessmentRevisions.number, answerChanges.changedAt, answerChanges.field);
}
