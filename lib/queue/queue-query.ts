import { cohortFilterToQuery } from "@/lib/cohort/cohort-filter";
import { queuePageDefaults, type QueueParams, type QueueSelection, type QueueStatusFilter } from "./queue-params";

// Query strings for links that keep the officer's filters: status tabs, pagination, the CSV and
// JSON exports of the same selection. Defaults are left out so links stay short and stable.

/** The selection (filter, status, band, firm name) as query-string pairs. */
export function selectionToQuery(selection: QueueSelection): Record<string, string> {
  const query: Record<string, string> = {};
  if (selection.status !== "all") query.status = selection.status;
  Object.assign(query, cohortFilterToQuery(selection.filter));
  if (selection.band) query.band = selection.band;
  if (selection.q) query.q = selection.q;
  return query;
}

/**
 * `?…` for the queue page with `params` changed by `changes` (an empty string when all are the
 * page's defaults). The page opens on "needs action", so "all" is written out, unlike in exports.
 */
export function queueSearch(params: QueueParams, changes: Partial<QueueParams> = {}): string {
  const next = { ...params, ...changes };
  const { status: _status, ...rest } = selectionToQuery(next);
  const query = new URLSearchParams(next.status === queuePageDefaults.status ? rest : { status: next.status, ...rest });
  if (next.sort !== queuePageDefaults.sort) query.set("sort", next.sort);
  if (next.page !== 1) query.set("page", String(next.page));
  const text = query.toString();
  return text === "" ? "" : `?${text}`;
}

/** `?…` carrying only the selection, for the exports (which have no sort or page). */
export function selectionSearch(selection: QueueSelection): string {
  const text = new URLSearchParams(selectionToQuery(selection)).toString();
  return text === "" ? "" : `?${text}`;
}

/** The queue page's address for one status filter and nothing else (links from the overview and the home). */
export function queueStatusSearch(status: QueueStatusFilter): string {
  return status === queuePageDefaults.status ? "" : `?status=${status}`;
}
