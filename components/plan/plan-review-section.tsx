import type { FormMessages } from "@/components/forms/form-messages";
import type { FormAction } from "@/components/forms/use-action-form";
import type { PlanCommentView } from "@/lib/db/queries/plan/plan-comments";
import type { Translate } from "@/lib/i18n";
import type { Formats } from "@/lib/i18n/format";
import type { PlanAction } from "@/lib/plan/plan-action";
import { groupPlanByDimension } from "@/lib/plan/plan-view";
import { PlanCommentForm } from "./plan-comment-form";
import { PlanCommentsList } from "./plan-comments-list";
import { PlanTables } from "./plan-tables";

export const planSectionAnchor = "improvement-plan";

type Props = {
  t: Translate;
  formats: Formats;
  actions: readonly PlanAction[];
  instrumentName: (id: string) => string;
  comments: readonly PlanCommentView[];
  dimensionOrder: readonly string[];
  dimensionName: (dimensionId: string) => string;
  form: { action: FormAction; messages: FormMessages; assessmentId: string; pagePath: string };
};

/** The review page's read-only view of the firm's improvement plan, the comments on it and the form to add one. */
export function PlanReviewSection({ t, formats, actions, instrumentName, comments, dimensionOrder, dimensionName, form }: Props) {
  const dimensions = groupPlanByDimension(actions, dimensionOrder).map((g) => g.dimensionId);
  return (
    <section id={planSectionAnchor} aria-labelledby={`${planSectionAnchor}-heading`} className="review-plan" data-testid="review-plan">
      <h2 id={`${planSectionAnchor}-heading`}>{t("planView.review.title")}</h2>
      {actions.length === 0 ? (
        <p className="muted">{t("planView.review.empty")}</p>
      ) : (
        <>
          <p>{t("planView.review.intro")}</p>
          <PlanTables
            t={t}
            actions={actions}
            dimensionOrder={dimensionOrder}
            dimensionName={dimensionName}
            headingLevel={3}
            wording={{
              status: (status) => t(`planView.status.${status}`),
              noValue: t("planView.noValue"),
              day: formats.day,
              number: (value) => formats.number(value, 0),
              instrumentName,
            }}
          />
        </>
      )}
      <section className="review-comments" aria-labelledby={`${planSectionAnchor}-comments-heading`}>
        <h3 id={`${planSectionAnchor}-comments-heading`}>{t("planView.comments.title")}</h3>
        <PlanCommentsList t={t} comments={comments} dimensionName={dimensionName} dateTime={formats.dateTime} />
        <PlanCommentForm
          action={form.action}
          messages={form.messages}
          assessmentId={form.assessmentId}
          permalink={`${form.pagePath}#${planSectionAnchor}`}
          about={[{ value: "plan", label: t("planView.comments.aboutWhole") }, ...dimensions.map((id) => ({ value: id, label: dimensionName(id) }))]}
          labels={{
            title: t("planView.comments.formTitle"),
            about: t("planView.comments.about"),
            field: t("planView.comments.field"),
            hint: t("planView.comments.hint"),
            submit: t("planView.comments.submit"),
            submitting: t("planView.comments.submitting"),
            summaryTitle: t("errors.summaryTitle"),
          }}
        />
      </section>
    </section>
  );
}
