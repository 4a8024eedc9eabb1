import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlanCommentsList } from "@/components/plan/plan-comments-list";
import { PlanDimension } from "@/components/plan/plan-dimension";
import { requirePlanAccess } from "@/lib/auth/guards";
import type { MessageKey } from "@/lib/i18n";
import { getFormats, getFormMessages, getLocale, getTranslator } from "@/lib/i18n/server";
import { planPath } from "@/lib/plan/plan-path";
import { getPublishedQuestionnaire, currentQuestionnaireId } from "@/lib/questionnaire/published";
import { dimensionIds } from "@/lib/questionnaire/taxonomy";
import { textForLocale } from "@/lib/questionnaire/text-for-locale";
import { loadPlanPage } from "@/lib/server/plan/load-plan";
import { addPlanActionAction, addSuggestedActionAction, changePlanActionStatusAction, removePlanActionAction, updatePlanActionAction } from "./actions";
import { PlanQuerySchema } from "./schema";

const formActions = { add: addPlanActionAction, addSuggestion: addSuggestedActionAction, update: updatePlanActionAction, status: changePlanActionStatusAction, remove: removePlanActionAction };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t("plan.metaTitle") };
}

type Props = { params: Promise<{ firmId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * GET /firms/:firmId/plan[?dimension=<id>] — the firm's improvement plan, one per firm, grouped by
 * dimension in questionnaire order; the firm's members only (officers read it on the review page).
 * A dimension shows while it has actions, or when asked for (the results' "Add to plan").
 */
export default async function PlanPage({ params, searchParams }: Props) {
  const [{ firmId }, rawQuery] = await Promise.all([params, searchParams]);
  const { firm } = await requirePlanAccess(firmId, "edit");
  const query = PlanQuerySchema.parse(rawQuery);
  const [t, formats, locale, messages] = await Promise.all([getTranslator(), getFormats(), getLocale(), getFormMessages("plan.errors", "plan.stale")]);
  const data = await loadPlanPage(firm.id, formats.isoDay(new Date()));
  const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId);
  if (!questionnaire) notFound();
  const text = textForLocale(questionnaire.texts, locale, questionnaire.structure.defaultLocale);
  const dimensionName = (id: string) => text.dimensions[id]?.title ?? id;

  const planned = new Set(data.actions.map((action) => action.dimensionId));
  const shown = dimensionIds.filter((id) => planned.has(id) || id === query.dimension);
  const focus = new Set(data.recommendations?.focusDimensionIds ?? []);
  // The choice offered next: a focus area not on the page yet, else the first dimension not shown.
  const nextDimension = (data.recommendations?.focusDimensionIds ?? []).find((id) => !shown.includes(id as never)) ?? dimensionIds.find((id) => !shown.includes(id)) ?? dimensionIds[0];
  const notice = query.done ? t(`plan.notices.${query.done}` as MessageKey) : null;

  return (
    <>
      <nav aria-label={t("plan.breadcrumbs")} className="breadcrumbs">
        <Link href="/dashboard">{t("plan.dashboardLink")}</Link>
      </nav>
      <h1>{t("plan.title")}</h1>
      <p className="plan-firm">{t("plan.firmLine", { firm: firm.name })}</p>
      <p>{t("plan.lead")}</p>
      {data.recommendations ? (
        <p>
          <Link href={`/assessments/${data.recommendations.assessmentId}/results`}>{t("plan.resultsLink")}</Link>
        </p>
      ) : null}
      {notice ? (
        <div className="notice notice--success" role="status">
          {notice}
        </div>
      ) : null}
      {shown.length === 0 ? <p className="notice">{t(data.recommendations ? "plan.empty" : "plan.emptyNoResults")}</p> : null}
      {data.officerComments.length > 0 ? (
        <section aria-labelledby="plan-officer-comments-heading" className="plan-officer-comments">
          <h2 id="plan-officer-comments-heading">{t("plan.officerCommentsTitle")}</h2>
          <PlanCommentsList t={t} comments={data.officerComments} dimensionName={dimensionName} dateTime={formats.dateTime} />
        </section>
      ) : null}
      {shown.map((dimensionId) => (
        <PlanDimension
          key={dimensionId}
          dimensionId={dimensionId}
          formActions={formActions}
          name={dimensionName(dimensionId)}
          focus={focus.has(dimensionId)}
          firm={firm}
          data={data}
          messages={messages}
          locale={locale}
          t={t}
          formats={formats}
          opened={dimensionId === query.dimension}
        />
      ))}
      <section aria-labelledby="plan-choose-heading" className="plan-choose">
        <h2 id="plan-choose-heading">{t("plan.chooseDimensionTitle")}</h2>
        {/* A plain GET form: it only opens a dimension, so it needs no action and works without JavaScript. */}
        <form method="get" action={planPath(firm.id)} className="inline-form">
          <div className="field">
            <label htmlFor="plan-dimension" className="label">
              {t("plan.chooseDimension")}
            </label>
            <select id="plan-dimension" name="dimension" defaultValue={nextDimension}>
              {dimensionIds.map((id) => (
                <option key={id} value={id}>
                  {focus.has(id) ? `${dimensionName(id)} (${t("plan.focusTag")})` : dimensionName(id)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--secondary">
            {t("plan.chooseDimensionButton")}
          </button>
        </form>
      </section>
    </>
  );
}
