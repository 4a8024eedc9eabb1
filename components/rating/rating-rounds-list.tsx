import Link from "next/link";
import type { Translate } from "@/lib/i18n";
import type { RoundSummary } from "@/lib/server/rating/load-rating";

/** The overview's list of dimensions rated apart, each linking to its rating page with its progress. */
export function RatingRoundsList({ t, assessmentId, rounds, dimensionTitle }: { t: Translate; assessmentId: string; rounds: RoundSummary[]; dimensionTitle: (id: string) => string }) {
  if (rounds.length === 0) return null;
  return (
    <section aria-labelledby="rated-apart-title">
      <h2 id="rated-apart-title">{t("rating.overviewTitle")}</h2>
      <ul className="task-list" data-testid="rating-rounds">
        {rounds.map((round) => (
          <li key={round.dimensionId}>
            <Link href={`/assessments/${assessmentId}/rating/${round.dimensionId}`}>{t("rating.overviewLink", { dimension: dimensionTitle(round.dimensionId) })}</Link>
            <span className="tag">{t(`rating.overviewStatus.${round.state}`, { finished: round.finished, total: round.total })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
