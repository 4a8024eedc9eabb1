import type { Metadata } from "next";
import Link from "next/link";
import { FilterSelect } from "@/components/forms/filter-select";
import { Pagination } from "@/components/forms/pagination";
import { BandTag } from "@/components/results/band-tag";
import { requireProgrammeAccess } from "@/lib/auth/guards";
import { countAssessmentsByStatus, countReviewQueue, listReviewQueueRows } from "@/lib/db/queries/review-queue";
import type { MessageKey, Translate } from "@/lib/i18n";
import { getFormats, getTranslator } from "@/lib/i18n/server";
import { daysWaiting } from "@/lib/queue/days-waiting";
import { countForStatusFilter, needsActionStatuses, pageCountFor, parseQueueParams, queuePageDefaults, queuePageSize, queueSorts, queueStatusFilters, type QueueStatus, type QueueStatusFilter } from "@/lib/queue/queue-params";
import { queueSearch, selectionSearch } from "@/lib/queue/queue-query";
import { bandIds } from "@/lib/scoring/bands";
import { firmSizeBandFor, firmSizeBandIds, isicDivisionCodes } from "@/lib/questionnaire/taxonomy";
import { StatusCounts } from "./status-counts";
import { AssessmentStatusTag } from "@/components/review/assessment-status-tag";

export const metadata: Metadata = { title: "Review queue" };

type Props = {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * GET /officer/programmes/:id/queue — the programme's submitted assessments, filtered, sorted and
 * paged on the server (a plain GET form, works without JavaScript); the programme's officers and admins.
 * It opens on what needs the officer's action, the longest waiting first (queuePageDefaults).
 */
export default async function ReviewQueuePage({ params, searchParams }: Props) {
  const { programmeId } = await params;
  const { programme } = await requireProgrammeAccess(programmeId);
  const { params: query, errors } = parseQueueParams(await searchParams, queuePageDefaults);
  // The status counts already hold the total unless a band or a firm name narrows the selection further.
  const narrowed = Boolean(query.band || query.q);
  const [t, formats, counts, narrowedTotal] = await Promise.all([
    getTranslator(),
    getFormats(),
    countAssessmentsByStatus(programme.id, query.filter),
    narrowed ? countReviewQueue(programme.id, query) : null,
  ]);
  const total = narrowedTotal ?? countForStatusFilter(counts, query.status);
  const pages = pageCountFor(total);
  // A page past the end (the queue shrank since the link was made) shows the last page instead.
  const page = Math.min(query.page, pages);
  const shown = { ...query, page };
  const rows = await listReviewQueueRows(programme.id, query, { sort: query.sort, page, pageSize: queuePageSize });

  const base = `/officer/programmes/${programme.id}`;
  const queueHref = (changes: Partial<typeof shown>) => `${base}/queue${queueSearch(shown, changes)}`;
  const exportHref = `${base}/export${selectionSearch(query)}`;
  const apiHref = `/api/v1/programmes/${programme.id}/cohort${selectionSearch(query)}`;
  const statusLabel = (status: QueueStatusFilter) =>
    status === "all" ? t("queue.statusAll") : status === "needs-action" ? t("queue.statusNeedsAction") : t(`assessmentStatus.${status}`);
  const caption = t("queue.caption", { filter: t(`queue.captionFilters.${query.status}`), count: total, sort: t(`queue.captionSorts.${query.sort}`) });
  // Only what waits for the officer has days waiting; a returned or approved one waits for nobody.
  const now = new Date();
  const waitingDays = (status: QueueStatus, since: Date) =>
    (needsActionStatuses as readonly QueueStatus[]).includes(status) ? daysWaiting(since, now, formats.isoDay) : null;

  return (
    <>
      <nav aria-label={t("queue.breadcrumbs")} className="breadcrumbs">
        <Link href="/officer">{t("officer.title")}</Link> › <Link href={base}>{programme.name}</Link>
      </nav>
      <h1>{t("queue.title")}</h1>
      <p className="muted">{t("queue.programmeLine", { programme: programme.name })}</p>

      {errors.length > 0 ? (
        <div className="notice notice--error" role="alert">
          <ul className="plain-list">
            {errors.map((error) => (
              <li key={error}>{t(error)}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <StatusCounts t={t} counts={counts} current={query.status} hrefFor={(status) => queueHref({ status, page: 1 })} />

      <form method="get" action={`${base}/queue`} className="filter-form queue-filters" aria-labelledby="queue-filters">
        <h2 id="queue-filters" className="visually-hidden">
          {t("queue.filtersTitle")}
        </h2>
        <FilterSelect
          id="queue-status"
          name="status"
          label={t("queue.status")}
          value={query.status}
          options={queueStatusFilters.map((status) => ({ value: status, label: statusLabel(status) }))}
        />
        <FilterSelect
          id="queue-sector"
          name="sector"
          label={t("queue.sector")}
          value={query.filter.sector}
          anyLabel={t("queue.any")}
          options={isicDivisionCodes.map((code) => ({ value: code, label: `${code} – ${t(`sectors.${code}` as MessageKey)}` }))}
        />
        <FilterSelect
          id="queue-size"
          name="size"
          label={t("queue.size")}
          value={query.filter.size}
          anyLabel={t("queue.any")}
          options={firmSizeBandIds.map((size) => ({ value: size, label: t(`queue.sizes.${size}`) }))}
        />
        <FilterSelect
          id="queue-band"
          name="band"
          label={t("queue.band")}
          value={query.band}
          anyLabel={t("queue.any")}
          options={bandIds.map((band) => ({ value: band, label: t(`bands.${band}.name`) }))}
        />
        <fieldset className="queue-dates">
          <legend>{t("queue.submittedBetween")}</legend>
          <div className="field">
            <label htmlFor="queue-from">{t("queue.from")}</label>
            <input type="date" id="queue-from" name="from" defaultValue={query.filter.from ?? ""} />
          </div>
          <div className="field">
            <label htmlFor="queue-to">{t("queue.to")}</label>
            <input type="date" id="queue-to" name="to" defaultValue={query.filter.to ?? ""} />
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="queue-q">{t("queue.firmName")}</label>
          <span className="hint" id="queue-q-hint">
            {t("queue.firmNameHint")}
          </span>
          <input type="search" id="queue-q" name="q" defaultValue={query.q ?? ""} maxLength={100} aria-describedby="queue-q-hint" />
        </div>
        <FilterSelect
          id="queue-sort"
          name="sort"
          label={t("queue.sort")}
          value={query.sort}
          options={queueSorts.map((sort) => ({ value: sort, label: t(`queue.sorts.${sort}`) }))}
        />
        <div className="filter-form__actions">
          <button type="submit" className="button button--secondary">
            {t("queue.apply")}
          </button>
          <Link href={`${base}/queue`}>{t("queue.clear")}</Link>
        </div>
      </form>

      <p role="status">{total === 0 ? t("queue.noResults") : total === 1 ? t("queue.resultOne") : t("queue.resultCount", { count: total })}</p>

      {rows.length > 0 ? (
        <div className="table-wrap">
          <table className="queue-table">
            <caption className="queue-caption">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t("queue.colFirm")}</th>
                <th scope="col">{t("queue.colSector")}</th>
                <th scope="col">{t("queue.colSize")}</th>
                <th scope="col">{t("queue.colStatus")}</th>
                <th scope="col" className="num">
                  {t("queue.colIndex")}
                </th>
                <th scope="col">{t("queue.colBand")}</th>
                <th scope="col">{t("queue.colSubmitted")}</th>
                <th scope="col" className="num">
                  {t("queue.colDaysWaiting")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.assessmentId}>
                  <th scope="row">
                    <Link href={`/officer/assessments/${row.assessmentId}/review`}>{row.firmName}</Link>
                  </th>
                  <td>{t(`sectors.${row.sector}` as MessageKey)}</td>
                  <td>{t("queue.sizeCell", { size: t(`queue.sizeShort.${firmSizeBandFor(row.employees)}`), employees: row.employees })}</td>
                  <td>
                    <AssessmentStatusTag status={row.status} t={t} />
                  </td>
                  <td className="num">{formats.index(row.readinessIndex)}</td>
                  <td>
                    <BandTag band={row.readinessBand} t={t} />
                  </td>
                  <td>
                    {formats.shortDate(row.lastSubmittedAt)}
                    {row.revision > 1 ? <span className="muted"> ({t("queue.revisionNote", { revision: row.revision })})</span> : null}
                  </td>
                  <DaysWaitingCell days={waitingDays(row.status, row.lastSubmittedAt)} t={t} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      <Pagination
        label={t("queue.pagination")}
        page={page}
        pages={pages}
        hrefFor={(next) => queueHref({ page: next })}
        previous={t("queue.previous")}
        next={t("queue.next")}
        pageOf={t("queue.pageOf", { page, pages })}
      />

      <section aria-labelledby="queue-export" className="queue-export">
        <h2 id="queue-export">{t("queue.exportTitle")}</h2>
        <p>{t("queue.exportLead")}</p>
        <p>
          {/* A download, not a page: no prefetch, and the browser saves the answer. */}
          <a href={exportHref} className="button button--secondary" download>
            {t("queue.exportCsv")}
          </a>
        </p>
        <p>
          {t("queue.apiLead")} <a href={apiHref}><code>{apiHref}</code></a>
        </p>
      </section>
    </>
  );
}

function DaysWaitingCell({ days, t }: { days: number | null; t: Translate }) {
  if (days === null)
    return (
      <td className="num">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t("queue.notWaiting")}</span>
      </td>
    );
  return <td className="num">{t("queue.daysWaiting", { days })}</td>;
}
