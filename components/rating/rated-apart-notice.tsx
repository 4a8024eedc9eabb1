import Link from "next/link";
import type { Translate } from "@/lib/i18n";

/**
 * On a dimension's question page: while the dimension is being rated apart, says that its levels
 * are set on the rating page (ordinary saves of them are refused); otherwise offers a manager the
 * way to open it for rating apart.
 */
export function RatedApartNotice({ t, href, ratedApart, mayOpen }: { t: Translate; href: string; ratedApart: boolean; mayOpen: boolean }) {
  if (ratedApart) {
    return (
      <div className="notice" role="note" data-testid="rated-apart-notice">
        <p>{t("rating.questionNotice")}</p>
        <p>
          <Link href={href}>{t("rating.questionNoticeLink")}</Link>
        </p>
      </div>
    );
  }
  if (!mayOpen) return null;
  return (
    <p>
      <Link href={href}>{t("rating.startLink")}</Link>
    </p>
  );
}
