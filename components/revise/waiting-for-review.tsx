import type { Translate } from "@/lib/i18n";

type Props = {
  t: Translate;
  status: "submitted" | "in_review";
  submittedOn: string;
  programmeName: string | null;
};

/** A submitted assessment's record: when and to whom it went, that it waits for review, and what happens next (the results link follows on the page). */
export function WaitingForReview({ t, status, submittedOn, programmeName }: Props) {
  return (
    <section className="notice waiting-for-review" aria-labelledby="waiting-for-review-heading">
      <h2 id="waiting-for-review-heading">{status === "in_review" ? t("returned.waiting.inReviewTitle") : t("returned.waiting.title")}</h2>
      {programmeName ? (
        <>
          <p>{t("returned.waiting.submittedOn", { date: submittedOn, programme: programmeName })}</p>
          <p>{status === "in_review" ? t("returned.waiting.inReview") : t("returned.waiting.waits")}</p>
          <h3>{t("returned.waiting.nextTitle")}</h3>
          <ul>
            <li>{t("returned.waiting.nextValidate")}</li>
            <li>{t("returned.waiting.nextEmail")}</li>
            <li>{t("returned.waiting.nextResults")}</li>
          </ul>
        </>
      ) : (
        <p>{t("returned.waiting.submittedOnNoProgramme", { date: submittedOn })}</p>
      )}
    </section>
  );
}
