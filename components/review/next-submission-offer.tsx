import Link from "next/link";
import type { Translate } from "@/lib/i18n";

type Props = { t: Translate; next: { href: string; firm: string; days: number } | null; queueHref: string };

/** After a decision: the next submission waiting in the programme's queue, or that none waits. */
export function NextSubmissionOffer({ t, next, queueHref }: Props) {
  if (next) {
    return (
      <p className="review-next">
        <Link className="button" href={next.href} data-testid="review-next">
          {t("review.decision.reviewNext", { firm: next.firm, days: next.days })}
        </Link>{" "}
        <Link href={queueHref}>{t("review.decision.backToQueue")}</Link>
      </p>
    );
  }
  return (
    <p className="review-next">
      {t("review.decision.queueEmpty")} <Link href={queueHref}>{t("review.decision.backToQueue")}</Link>
    </p>
  );
}
