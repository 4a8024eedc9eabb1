import { z } from "zod";
import { firstQueryValue, parseCohortFilter, type CohortFilter } from "@/lib/cohort/cohort-filter";
import { bandIds, type BandId } from "@/lib/scoring/bands";

// The review queue's query string: which submitted assessments an officer sees, in which order,
// one page at a time. Drafts never reach the queue (nothing to review before the first submit).
// Each parameter is parsed on its own, so one bad value (a hand-edited URL) is reported and
// dropped while the others still apply.

/** Statuses an assessment can have once submitted at least once. */
export const queueStatuses = ["submitted", "in_review", "returned", "approved"] as const;
export type QueueStatus = (typeof queueStatuses)[number];

/** What waits for the officer: submitted and not picked up yet, or picked up and not decided yet. */
export const needsActionStatuses = ["submitted", "in_review"] as const satisfies readonly QueueStatus[];

/** "needs-action" is the two statuses above together; "all" is every status. */
export const queueStatusFilters = ["needs-action", ...queueStatuses, "all"] as const;
export type QueueStatusFilter = (typeof queueStatusFilters)[number];

/** The statuses a filter selects. */
export function statusesOf(filter: QueueStatusFilter): readonly QueueStatus[] {
  if (filter === "all") return queueStatuses;
  if (filter === "needs-action") return needsActionStatuses;
  return [filter];
}

/** How many assessments a filter selects, from the counts per status. */
export function countForStatusFilter(counts: Record<QueueStatus, number>, filter: QueueStatusFilter): number {
  return statusesOf(filter).reduce((sum, status) => sum + counts[status], 0);
}

export const queueSorts = ["submitted-newest", "submitted-oldest", "index-high", "index-low", "firm-name"] as const;
export type QueueSort = (typeof queueSorts)[number];

export const queuePageSize = 25;
/** Longest firm-name search accepted; longer text is refused, never cut. */
export const maxQueueSearchLength = 100;
/** Past this, paging by number is no use to a person: they narrow the filter instead. */
export const maxQueuePage = 100_000;

export const QueueStatusFilterSchema = z.enum(queueStatusFilters);
export const QueueBandSchema = z.enum(bandIds);
export const QueueSortSchema = z.enum(queueSorts);
// NUL cannot travel to PostgreSQL in a text parameter, and no firm name contains one.
export const QueueSearchSchema = z
  .string()
  .transform((value) => value.replace(/\u0000/g, "").trim())
  .pipe(z.string().max(maxQueueSearchLength));
export const QueuePageSchema = z
  .string()
  .regex(/^\d{1,6}$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(maxQueuePage));

/** What narrows the queue (and an export): the shared cohort filter plus status, band and firm name. */
export type QueueSelection = {
  filter: CohortFilter;
  status: QueueStatusFilter;
  band?: BandId;
  /** Words of the firm's name, matched anywhere in it, case-insensitively; absent when empty. */
  q?: string;
};

export type QueueParams = QueueSelection & { sort: QueueSort; page: number };

/** What an absent status or sort means. */
export type QueueDefaults = { status: QueueStatusFilter; sort: QueueSort };

/** The exports and the JSON API: a selection without a status is the whole cohort. */
export const selectionDefaults: QueueDefaults = { status: "all", sort: "submitted-newest" };

/**
 * The queue page opens on what waits for the officer, the longest waiting first (issue 18: it
 * opened on every status, newest first, so the oldest submissions sat at the end of the list).
 */
export const queuePageDefaults: QueueDefaults = { status: "needs-action", sort: "submitted-oldest" };

/** Message keys of the problems found, one per parameter that was dropped. */
export type QueueParamError =
  | "queue.errors.status"
  | "queue.errors.band"
  | "queue.errors.sort"
  | "queue.errors.page"
  | "queue.errors.search"
  | "errors.dateRangeOrder"
  | "errors.filterInvalid";

type QueryValue = string | string[] | undefined;

function parseOne<T>(schema: z.ZodType<T>, raw: string | undefined, fallback: T, error: QueueParamError, errors: QueueParamError[]): T {
  if (raw === undefined) return fallback;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  errors.push(error);
  return fallback;
}

/**
 * Reads the queue parameters from page search params (status, band, q, sort, page and the cohort
 * filter's sector, size, from, to). An absent status or sort takes `defaults` (the exports': every
 * status, newest first; the queue page passes queuePageDefaults); the page is 1.
 */
export function parseQueueParams(
  searchParams: Record<string, QueryValue>,
  defaults: QueueDefaults = selectionDefaults,
): { params: QueueParams; errors: QueueParamError[] } {
  const errors: QueueParamError[] = [];
  const { filter, error } = parseCohortFilter(searchParams);
  if (error) errors.push(error === "errors.dateRangeOrder" ? "errors.dateRangeOrder" : "errors.filterInvalid");
  const status = parseOne(QueueStatusFilterSchema, firstQueryValue(searchParams.status), defaults.status, "queue.errors.status", errors);
  const band = parseOne<BandId | undefined>(QueueBandSchema, firstQueryValue(searchParams.band), undefined, "queue.errors.band", errors);
  const q = parseOne<string | undefined>(QueueSearchSchema, firstQueryValue(searchParams.q), undefined, "queue.errors.search", errors);
  const sort = parseOne(QueueSortSchema, firstQueryValue(searchParams.sort), defaults.sort, "queue.errors.sort", errors);
  const page = parseOne(QueuePageSchema, firstQueryValue(searchParams.page), 1, "queue.errors.page", errors);
  return { params: { filter, status, band, q: q === "" ? undefined : q, sort, page }, errors };
}

/** Pages needed for `total` rows (at least one, so "page 1 of 1" reads right for an empty queue). */
export function pageCountFor(total: number, pageSize = queuePageSize): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** A URL's query as the record page search params arrive in (every value of a repeated key, in order). */
export function searchParamsRecord(searchParams: URLSearchParams): Record<string, string[]> {
  return Object.fromEntries([...new Set(searchParams.keys())].map((key) => [key, searchParams.getAll(key)]));
}
