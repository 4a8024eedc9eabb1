import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { CohortCsvRow, DimensionTarget } from "@/lib/export/cohort-columns";
import type { QueueSelection, QueueStatus } from "@/lib/queue/queue-params";
import { getDb } from "../client";
import { assessmentRevisions, assessments, firms, reviewDecisions, type UserRole } from "../schema";
import { recordAuditEvent } from "./audit";
import { queueSelectionConditions } from "./review-queue";

// The rows of a cohort export (CSV page download, JSON API): the same selection as the review
// queue, one row per assessment with the scores of its latest submitted revision.
//
// Read in batches by keyset (last_submitted_at, id), each batch its own short query: a 100,000-row
// export never holds the whole cohort in memory, and never holds a transaction open while a slow
// client downloads (on PGlite an open transaction would hold every other connection).

export const cohortExportBatchSize = 1000;

export type CohortExportCursor = { submittedAt: string; assessmentId: string };

/** The query of one batch after `cursor` (from the start when null); exported so the bench can EXPLAIN it. */
export function buildCohortExportBatchQuery(programmeId: string, selection: QueueSelection, cursor: CohortExportCursor | null, limit = cohortExportBatchSize) {
  const after = cursor
    ? sql`${assessments.lastSubmittedAt} >= ${cursor.submittedAt}::timestamptz and (${assessments.lastSubmittedAt} > ${cursor.submittedAt}::timestamptz or ${assessments.id} > ${cursor.assessmentId}::uuid)`
    : undefined;
  return getDb()
    .select({
      assessmentId: assessments.id,
      firmName: firms.name,
      country: firms.country,
      sector: firms.sector,
      employees: firms.employees,
      status: assessments.status,
      revision: assessmentRevisions.number,
      submittedAt: assessments.lastSubmittedAt,
      // The exact stored value as text: a JS Date keeps milliseconds only, PostgreSQL microseconds.
      cursor: sql<string>`${assessments.lastSubmittedAt}::text`,
      readinessIndex: assessmentRevisions.readinessIndex,
      readinessBand: assessmentRevisions.readinessBand,
      peopleScore: assessmentRevisions.peopleScore,
      processScore: assessmentRevisions.processScore,
      technologyScore: assessmentRevisions.technologyScore,
      servicesScore: assessmentRevisions.servicesScore,
      dimensionScores: assessmentRevisions.dimensionScores,
      validatedIndex: sql<number | null>`case when ${assessments.status} = 'approved' then ${reviewDecisions.validatedIndex} end`,
      validatedBand: sql<string | null>`case when ${assessments.status} = 'approved' then ${reviewDecisions.validatedBand} end`,
      validatedDimensionScores: sql<Record<string, number> | null>`case when ${assessments.status} = 'approved' then ${reviewDecisions.validatedDimensionScores} end`,
      // Target and gap per dimension, read from the stored scores (the compact columns hold scores only).
      dimensionTargets: sql<Record<string, DimensionTarget> | null>`(select jsonb_object_agg(d->>'dimensionId', jsonb_build_object('target', d->'target'->'level', 'gap', d->'gap')) from jsonb_array_elements(${assessmentRevisions.scores}->'result'->'dimensions') d)`,
    })
    .from(assessments)
    .innerJoin(firms, eq(firms.id, assessments.firmId))
    .innerJoin(
      assessmentRevisions,
      and(eq(assessmentRevisions.assessmentId, assessments.id), eq(assessmentRevisions.number, assessments.latestSubmittedRevision)),
    )
    .leftJoin(reviewDecisions, and(eq(reviewDecisions.revisionId, assessmentRevisions.id), eq(reviewDecisions.decision, "approved")))
    .where(and(queueSelectionConditions(programmeId, selection), after))
    .orderBy(asc(assessments.lastSubmittedAt), asc(assessments.id))
    .limit(limit);
}

/** One batch after `cursor` (from the start when null), and the cursor of its last row. */
export async function readCohortExportBatch(
  programmeId: string,
  selection: QueueSelection,
  cursor: CohortExportCursor | null,
  limit = cohortExportBatchSize,
): Promise<{ rows: CohortCsvRow[]; next: CohortExportCursor | null }> {
  const rows = await buildCohortExportBatchQuery(programmeId, selection, cursor, limit);
  const last = rows.at(-1);
  return {
    rows: rows.map(({ cursor: _cursor, ...row }) => ({
      ...row,
      status: row.status as QueueStatus,
      submittedAt: row.submittedAt!,
      readinessIndex: row.readinessIndex!,
      readinessBand: row.readinessBand!,
      dimensionScores: row.dimensionScores ?? {},
      validatedIndex: row.validatedIndex === null ? null : Number(row.validatedIndex),
      dimensionTargets: row.dimensionTargets ?? {},
      validatedDimensionScores: row.validatedDimensionScores ?? null,
    })),
    next: last && rows.length === limit ? { submittedAt: last.cursor, assessmentId: last.assessmentId } : null,
  };
}

/**
 * Every row of the selection, oldest submission first, one batch at a time as the consumer asks
 * for it. The caller must have passed requireProgrammeAccess for the programme.
 */
export async function* streamCohortExport(
  programmeId: string,
  selection: QueueSelection,
  batchSize = cohortExportBatchSize,
): AsyncGenerator<CohortCsvRow[]> {
  let cursor: CohortExportCursor | null = null;
  do {
    const batch: { rows: CohortCsvRow[]; next: CohortExportCursor | null } = await readCohortExportBatch(programmeId, selection, cursor, batchSize);
    if (batch.rows.length > 0) yield batch.rows;
    cursor = batch.next;
  } while (cursor);
}

export type CohortExportAudit = {
  actor: { id: string; role: UserRole };
  programmeId: string;
  format: "csv" | "json";
  selection: QueueSelection;
  rowCount: number;
};

/** Records who exported which selection of a programme's cohort, in its own small transaction. */
export async function recordCohortExport(event: CohortExportAudit): Promise<void> {
  await getDb().transaction(async (tx) => {
    await recordAuditEvent(tx, {
      actor: event.actor,
      action: "cohort.exported",
      entityType: "programme",
      entityId: event.programmeId,
      details: {
        format: event.format,
        filter: { status: event.selection.status, band: event.selection.band ?? null, q: event.selection.q ?? null, ...event.selection.filter },
        rowCount: event.rowCount,
      },
    });
  });
}
