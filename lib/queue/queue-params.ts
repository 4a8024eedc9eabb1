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

export const queueStatusFilters = [...queueStatuses, "all"] as const;
export type QueueStatusFilter = (typeof queueStatusFilters)[number];

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
 * filter's sector, size, from, to). Defaults: every status, newest submission first, page 1.
 */
export function parseQueueParams(searchParams: Record<string, QueryValue>): { params: QueueParams; errors: QueueParamError[] } {
  const errors: QueueParamError[] = [];
  const { filter, error } = parseCohortFilter(searchParams);
  if (error) errors.push(error === "errors.dateRangeOrder" ? "errors.dateRangeOrder" : "errors.filterInvalid");
  const status = parseOne(QueueStatusFilterSchema, firstQueryValue(searchParams.status), "all", "queue.errors.status", errors);
  const band = parseOne<BandId | undefined>(QueueBandSchema, firstQueryValue(searchParams.band), undefined, "queue.errors.band", errors);
  const q = parseOne<string | undefined>(QueueSearchSchema, firstQueryValue(searchParams.q), undefined, "queue.errors.search", errors);
  const sort = parseOne(QueueSortSchema, firstQueryValue(searchParams.sort), "submitted-newest", "queue.errors.sort", errors);
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
