import type { Translate } from "@/lib/i18n";
import { maxReturnReasonLength } from "@/lib/review/text-limits";
import { TextAreaField } from "./text-area-field";

type Props = {
  t: Translate;
  assessmentId: string;
  revision: number;
  approveAction: (formData: FormData) => Promise<void>;
  returnAction: (formData: FormData) => Promise<void>;
  reasonError?: string;
};

export const returnReasonFieldId = "return-reason";

/** The two ways to close a review: approve, or return to the firm with a required reason. */
export function DecisionForms({ t, assessmentId, revision, approveAction, returnAction, reasonError }: Props) {
  const hidden = (
    <>
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <input type="hidden" name="revision" value={revision} />
    </>
  );
  return (
    <section aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t("review.decision.title")}</h2>
      <p>{t("review.decision.intro")}</p>
      <div className="review-decisions">
        <form action={approveAction} className="form review-decision" aria-labelledby="approve-heading" noValidate>
          <h3 id="approve-heading">{t("review.decision.approveTitle")}</h3>
          <p>{t("review.decision.approveLead")}</p>
          {hidden}
          <button type="submit" className="button">
            {t("review.decision.approve")}
          </button>
        </form>
        <form action={returnAction} className="form review-decision" aria-labelledby="return-heading" noValidate>
          <h3 id="return-heading">{t("review.decision.returnTitle")}</h3>
          {hidden}
          <TextAreaField
            id={returnReasonFieldId}
            name="reason"
            label={t("review.decision.reasonField")}
            hint={t("review.decision.reasonHint")}
            error={reasonError}
            maxLength={maxReturnReasonLength}
            rows={4}
          />
          <button type="submit" className="button button--secondary">
            {t("review.decision.return")}
          </button>
        </form>
      </div>
    </section>
  );
}
