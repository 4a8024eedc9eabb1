import Link from "next/link";
import type { Translate } from "@/lib/i18n";
import { countForStatusFilter, queueStatuses, type QueueStatus, type QueueStatusFilter } from "@/lib/queue/queue-params";

type Props = {
  t: Translate;
  counts: Record<QueueStatus, number>;
  /** The link of each status (and of "all"), keeping whatever filters the caller wants kept. */
  hrefFor: (status: QueueStatusFilter) => string;
  /** The status shown now, marked as the current page; none on the overview. */
  current?: QueueStatusFilter;
  labelledBy?: string;
};

/** Counts per status as a list of links into the review queue (overview and queue pages); "needs action" first. */
export function StatusCounts({ t, counts, hrefFor, current, labelledBy }: Props) {
  const items: { status: QueueStatusFilter; label: string; count: number }[] = [
    { status: "needs-action", label: t("queue.statusNeedsAction"), count: countForStatusFilter(counts, "needs-action") },
    { status: "all", label: t("queue.statusAll"), count: countForStatusFilter(counts, "all") },
    ...queueStatuses.map((status) => ({ status, label: t(`assessmentStatus.${status}`), count: counts[status] })),
  ];
  return (
    <nav aria-label={labelledBy ? undefined : t("queue.statusNav")} aria-labelledby={labelledBy} className="status-counts">
      <ul>
        {items.map((item) => (
          <li key={item.status}>
            <Link href={hrefFor(item.status)} aria-current={current === item.status ? "page" : undefined}>
              {t("queue.statusCount", { label: item.label, count: item.count })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
