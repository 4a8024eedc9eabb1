import "server-only";
import { and, asc, count, desc, eq, inArray, isNotNull, ne, sql, type SQL } from "drizzle-orm";
import type { CohortFilter } from "@/lib/cohort/cohort-filter";
import { queueStatuses, statusesOf, type QueueSelection, type QueueSort, type QueueStatus } from "@/lib/queue/queue-params";
import type { BandId } from "@/lib/scoring/bands";
import { getDb } from "../client";
import { assessments, firms } from "../schema";
import { cohortFilterConditions } from "./cohort-filter-sql";

// The review queue of a programme: every assessment submitted at least once, read from the copies
// of the latest submission's figures on the assessment row (set in the submit transaction), so
// filtering and sorting touch assessments and firms only. The indexes on (programme_id, status,
// last_submitted_at) and the partial one on (programme_id, last_submitted_at) serve the default
// orders; bench/cohort-queries.ts prints the plans on 100,000 assessments.

export type ReviewQueueRow = {
  assessmentId: string;
  firmName: string;
  sector: string;
  employees: number;
  status: QueueStatus;
  readinessIndex: number;
  readinessBand: BandId;
  lastSubmittedAt: Date;
  /** Number of the latest submitted revision. */
  revision: number;
};

export type ReviewQueuePage = { sort: QueueSort; page: number; pageSize: number };

/** `%` and `_` are LIKE wildcards and `\` its escape: a firm called "100%_Plastik" is found as typed. */
export function likeContaining(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** Whether the selection reads firm columns, so queries join firms only when they must. */
function needsFirms(selection: { filter: CohortFilter; q?: string }): boolean {
  return Boolean(selection.filter.sector || selection.filter.size || selection.q);
}

/**
 * The WHERE of a selection over `assessments` (joined to `firms` when needsFirms says so): the
 * programme's assessments submitted at least once, narrowed by the cohort filter, status, band
 * and firm name. Shared with the cohort export so both read exactly the same rows.
 */
export function queueSelectionConditions(programmeId: string, selection: QueueSelection): SQL {
  return and(
    eq(assessments.programmeId, programmeId),
    isNotNull(assessments.lastSubmittedAt),
    selection.status === "all" ? undefined : inArray(assessments.status, [...statusesOf(selection.status)]),
    selection.band ? eq(assessments.readinessBand, selection.band) : undefined,
    selection.q ? sql`${firms.name} ilike ${likeContaining(selection.q)} escape '\\'` : undefined,
    cohortFilterConditions(selection.filter),
  )!;
}

// Every order ends on the assessment id, so rows with equal keys keep one order from page to page.
// The index orders are exact mirrors of each other, so one index could serve both directions.
// Firm names sort by their lower-case code points ("C" collation) so PostgreSQL and PGlite agree
// whatever locale the server was set up with.
const orderings: Record<QueueSort, SQL[]> = {
  "submitted-newest": [desc(assessments.lastSubmittedAt), desc(assessments.id)],
  "submitted-oldest": [asc(assessments.lastSubmittedAt), asc(assessments.id)],
  "index-high": [desc(assessments.readinessIndex), desc(assessments.lastSubmittedAt), desc(assessments.id)],
  "index-low": [asc(assessments.readinessIndex), asc(assessments.lastSubmittedAt), asc(assessments.id)],
  "firm-name": [sql`lower(${firms.name}) collate "C"`, asc(assessments.id)],
};

// The queries are built by these functions and run by the ones below, so bench/cohort-queries.ts
// can EXPLAIN exactly the SQL the app runs.

export function buildReviewQueueCountQuery(programmeId: string, selection: QueueSelection) {
  const query = getDb().select({ total: count() }).from(assessments).$dynamic();
  if (needsFirms(selection)) query.innerJoin(firms, eq(firms.id, assessments.firmId));
  return query.where(queueSelectionConditions(programmeId, selection));
}

export function buildReviewQueueRowsQuery(programmeId: string, selection: QueueSelection, page: ReviewQueuePage) {
  return getDb()
    .select({
      assessmentId: assessments.id,
      firmName: firms.name,
      sector: firms.sector,
      employees: firms.employees,
      status: assessments.status,
      readinessIndex: assessments.readinessIndex,
      readinessBand: assessments.readinessBand,
      lastSubmittedAt: assessments.lastSubmittedAt,
      revision: assessments.latestSubmittedRevision,
    })
    .from(assessments)
    .innerJoin(firms, eq(firms.id, assessments.firmId))
    .where(queueSelectionConditions(programmeId, selection))
    .orderBy(...orderings[page.sort])
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
}

export function buildStatusCountQuery(programmeId: string, filter: CohortFilter) {
  const selection: QueueSelection = { filter, status: "all" };
  const query = getDb().select({ status: assessments.status, total: count() }).from(assessments).$dynamic();
  if (needsFirms(selection)) query.innerJoin(firms, eq(firms.id, assessments.firmId));
  return query.where(queueSelectionConditions(programmeId, selection)).groupBy(assessments.status);
}

/** How many assessments the selection holds (for "page x of y"); the caller passed the programme guard. */
export async function countReviewQueue(programmeId: string, selection: QueueSelection): Promise<number> {
  const [row] = await buildReviewQueueCountQuery(programmeId, selection);
  return row?.total ?? 0;
}

/**
 * One page of the review queue and the number of assessments in the whole selection. The caller
 * must have passed requireProgrammeAccess for the programme.
 */
export async function listReviewQueue(
  programmeId: string,
  selection: QueueSelection,
  page: ReviewQueuePage,
): Promise<{ rows: ReviewQueueRow[]; total: number }> {
  const [rows, total] = await Promise.all([listReviewQueueRows(programmeId, selection, page), countReviewQueue(programmeId, selection)]);
  return { rows, total };
}

/** The rows of one page only, for a caller that already knows the total. */
export async function listReviewQueueRows(programmeId: string, selection: QueueSelection, page: ReviewQueuePage): Promise<ReviewQueueRow[]> {
  const rows = await buildReviewQueueRowsQuery(programmeId, selection, page);
  // The submit transaction sets these four together with last_submitted_at, which the WHERE requires.
  return rows.map((row) => ({
    ...row,
    status: row.status as QueueStatus,
    readinessIndex: row.readinessIndex!,
    readinessBand: row.readinessBand as BandId,
    lastSubmittedAt: row.lastSubmittedAt!,
    revision: row.revision!,
  }));
}

/**
 * How many of the programme's submitted assessments are in each status, within the cohort filter
 * (every status listed, zero included). The caller must have passed requireProgrammeAccess.
 */
export async function countAssessmentsByStatus(programmeId: string, filter: CohortFilter): Promise<Record<QueueStatus, number>> {
  const rows = await buildStatusCountQuery(programmeId, filter);
  const counts = Object.fromEntries(queueStatuses.map((status) => [status, 0])) as Record<QueueStatus, number>;
  for (const row of rows) if ((queueStatuses as readonly string[]).includes(row.status)) counts[row.status as QueueStatus] = row.total;
  return counts;
}

export type NextSubmission = { assessmentId: string; firmName: string; lastSubmittedAt: Date };

/**
 * The submission an officer reviews next in the programme: the queue as it opens (needs action,
 * oldest first), without the one just decided. Null when nothing else waits. The caller must have
 * passed requireProgrammeAccess (or the review guard of an assessment in the programme).
 */
export async function findNextSubmission(programmeId: string, excludeAssessmentId: string): Promise<NextSubmission | null> {
  const selection: QueueSelection = { filter: {}, status: "needs-action" };
  const [row] = await getDb()
    .select({ assessmentId: assessments.id, firmName: firms.name, lastSubmittedAt: assessments.lastSubmittedAt })
    .from(assessments)
    .innerJoin(firms, eq(firms.id, assessments.firmId))
    .where(and(queueSelectionConditions(programmeId, selection), ne(assessments.id, excludeAssessmentId)))
    .orderBy(...orderings["submitted-oldest"])
    .limit(1);
  return row ? { ...row, lastSubmittedAt: row.lastSubmittedAt! } : null;
}
