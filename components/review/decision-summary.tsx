import type { MessageKey, Translate } from "@/lib/i18n";
import type { ReviewFormats } from "./review-formats";

export type DecisionView = {
  decision: "approved" | "returned";
  reason: string | null;
  decidedByName: string;
  decidedAt: Date;
  validatedIndex: number | null;
  validatedBand: string | null;
};

/** The decision that closed the review of the revision shown, at the top of the review page. */
export function DecisionSummary({ t, formats, decision }: { t: Translate; formats: ReviewFormats; decision: DecisionView }) {
  const who = { name: decision.decidedByName, date: formats.dateTime(decision.decidedAt) };
  if (decision.decision === "approved") {
    return (
      <div className="notice notice--success review-decision-summary">
        <p>
          <strong>{t("review.decision.approvedNotice", who)}</strong>
        </p>
        {decision.validatedIndex !== null && decision.validatedBand ? (
          <p>{t("review.decision.approvedIndex", { index: formats.index(decision.validatedIndex), band: t(`bands.${decision.validatedBand}.name` as MessageKey) })}</p>
        ) : null}
        <p className="muted">{t("review.readOnlyNotice")}</p>
      </div>
    );
  }
  return (
    <div className="notice review-decision-summary review-decision-summary--returned">
      <p>
        <strong>{t("review.decision.returnedNotice", who)}</strong>
      </p>
      <p className="review-text">
        {t("review.decision.reasonLabel")} {decision.reason}
      </p>
      <p className="muted">{t("review.readOnlyNotice")}</p>
    </div>
  );
}
