import type { FormMessages } from "@/components/forms/form-messages";
import type { FormAction } from "@/components/forms/use-action-form";
import type { Translate } from "@/lib/i18n";
import { ApproveForm } from "./approve-form";
import { ReturnForm } from "./return-form";

type Props = {
  t: Translate;
  assessmentId: string;
  revision: number;
  approveAction: FormAction;
  returnAction: FormAction;
  messages: FormMessages;
  pagePath: string;
};

export const decisionAnchor = "decision";

/** The two ways to close a review: approve, or return to the firm with a required reason. */
export function DecisionForms({ t, assessmentId, revision, approveAction, returnAction, messages, pagePath }: Props) {
  const target = { assessmentId, revision };
  return (
    <section id={decisionAnchor} aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t("review.decision.title")}</h2>
      <p>{t("review.decision.intro")}</p>
      <div className="review-decisions">
        <ApproveForm
          action={approveAction}
          messages={messages}
          target={target}
          permalink={`${pagePath}#approve-heading`}
          labels={{ title: t("review.decision.approveTitle"), lead: t("review.decision.approveLead"), submit: t("review.decision.approve"), submitting: t("review.decision.approving"), summaryTitle: t("errors.summaryTitle") }}
        />
        <ReturnForm
          action={returnAction}
          messages={messages}
          target={target}
          permalink={`${pagePath}#return-heading`}
          labels={{
            title: t("review.decision.returnTitle"),
            reason: t("review.decision.reasonField"),
            reasonHint: t("review.decision.reasonHint"),
            submit: t("review.decision.return"),
            submitting: t("review.decision.returning"),
            summaryTitle: t("errors.summaryTitle"),
          }}
        />
      </div>
    </section>
  );
}
