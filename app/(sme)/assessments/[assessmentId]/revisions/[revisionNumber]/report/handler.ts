import "server-only";
import { renderReportPdf } from "@/components/report/render-report";
import { instrumentAction } from "@/components/results/instrument-action";
import { describePriorityReason } from "@/components/results/reason-sentence";
import { localizeRecommendations, recommendWithText } from "@/lib/server/recommendations/recommendations";
import { listActiveCatalogueForRecommendations } from "@/lib/db/queries/catalogue";
import { getProgrammeDimensionAverages } from "@/lib/db/queries/cohort";
import { getRevisionReportData, type RevisionReportData } from "@/lib/db/queries/report";
import type { UserRole } from "@/lib/db/schema";
import { readEnv } from "@/lib/env";
import { createTranslator, type Locale } from "@/lib/i18n";
import { createFormats } from "@/lib/i18n/format";
import { loadFirmPlan } from "@/lib/server/plan/load-firm-plan";
import { loadProgressSincePrevious } from "@/lib/server/results/progress-since-previous";
import { getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { textForLocale } from "@/lib/questionnaire/text-for-locale";
import { reportFilename } from "@/lib/report/report-filename";
import { buildReportModel, type ReportReview } from "@/lib/report/report-model";

export type RevisionReport = { filename: string; pdf: Buffer };

/**
 * The PDF report of a submitted revision in `locale`, or null when the assessment has no such
 * submitted revision (a draft has no scores yet, so it has no report). The caller has passed
 * requireAssessmentAccess for the assessment. Recommendations are chosen exactly as the results
 * page chooses them (same code, same live catalogue, today's date), and so is the progress since
 * the firm's previous assessment that `viewer` may see (an officer: within the programme only),
 * and the programme average the results page's radar draws.
 */
export async function buildRevisionReport(
  assessmentId: string,
  revisionNumber: number,
  locale: Locale,
  { viewer, now = new Date() }: { viewer: UserRole; now?: Date },
): Promise<RevisionReport | null> {
  const data = await getRevisionReportData(assessmentId, revisionNumber);
  if (!data) return null;
  const questionnaire = getPublishedQuestionnaire(data.revision.questionnaireVersionId);
  if (!questionnaire) throw new Error(`questionnaire ${data.revision.questionnaireVersionId} is not shipped`);
  const text = textForLocale(questionnaire.texts, locale, questionnaire.structure.defaultLocale);
  const t = createTranslator(locale);
  const formats = createFormats(locale, { timeZone: readEnv().APP_TIME_ZONE });
  const { result } = data.revision.scores;
  // Focus areas and recommendations follow the validated levels once approved, as on the results page (issue 17).
  const validatedScores = data.decision?.decision === "approved" ? data.decision.validatedScores : null;
  const priorities = (validatedScores ?? data.revision.scores).priorities;

  const [catalogue, progress, averages, plan] = await Promise.all([
    listActiveCatalogueForRecommendations(),
    loadProgressSincePrevious({ firmId: data.firm.id, assessmentId, programmeId: data.programmeId, viewer, shown: data.revision }),
    // The radar's programme average, as the results page draws it (every reader of the report may see that page).
    data.programmeId ? getProgrammeDimensionAverages(data.programmeId, data.revision.questionnaireVersionId) : [],
    // The firm's plan as it stands today: every reader of the report may see the firm (the caller's guard).
    loadFirmPlan(data.firm.id, locale),
  ]);
  const recommendations = recommendWithText({ profile: data.revision.answers.profile, priorities, catalogue }, { today: formats.isoDay(now) });
  // Each recommended instrument's "How to apply", as the results page shows it (deadline, website, contact, who, steps).
  const itemsById = new Map(catalogue.map((item) => [item.id, item]));
  const applyLines = (itemId: string): string[] => {
    const item = itemsById.get(itemId);
    const action = item && instrumentAction(item, locale, formats.isoDay(now), t, formats.day);
    if (!action) return [];
    return [
      ...(action.deadline ? [action.deadline.text] : []),
      ...(action.website ? [`${t("results.howToApply.website")}: ${action.website}`] : []),
      ...(action.contact ? [`${t("results.howToApply.contact")}: ${action.contact}`] : []),
      ...(action.whoMayApply ? [`${t("results.howToApply.whoMayApply")}: ${action.whoMayApply}`] : []),
      ...action.steps.map((step, i) => `${i + 1}. ${step}`),
    ];
  };
  const localized = localizeRecommendations(recommendations, locale);
  const names = {
    dimension: (id: string) => text.dimensions[id]?.title ?? id,
    challenge: (id: string) => text.profile.challenges?.options?.[id] ?? id,
    sector: (code: string) => text.profile.sector?.options?.[code] ?? code,
  };

  const model = buildReportModel(
    {
      firm: data.firm,
      programmeName: data.programmeName,
      revision: { number: data.revision.number, submittedAt: data.revision.submittedAt, profile: data.revision.answers.profile, result, priorities },
      review: reviewOf(data),
      recommendations: {
        asOf: recommendations.asOf,
        firmsLikeYours: localized.firmsLikeYours,
        supportYouCanUse: localized.supportYouCanUse.map((item) => ({ ...item, apply: applyLines(item.itemId) })),
      },
      plan,
      programmeAverage: Object.fromEntries(averages.map((a) => [a.dimensionId, a.average])),
      ...(progress ? { progress: { previousSubmittedAt: progress.previous.submittedAt, progress: progress.progress } } : {}),
      generatedAt: now,
    },
    { locale, t, formats, text, describeReason: (reason) => describePriorityReason(reason, t, names, formats) },
  );
  return { filename: reportFilename(data.firm.name, data.revision.number), pdf: await renderReportPdf(model) };
}

function reviewOf(data: RevisionReportData): ReportReview {
  if (data.decision?.decision === "approved") {
    // The officer's validations in questionnaire order, with the level the firm gave.
    const order = data.revision.scores.result.dimensions.flatMap((d) => d.sources.indicators.map((i) => i.indicatorId));
    const position = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
    return {
      kind: "approved",
      decidedByName: data.decision.decidedByName,
      decidedAt: data.decision.decidedAt,
      validated: data.decision.validatedScores?.result ?? null,
      validations: [...data.validations]
        .sort((a, b) => position(a.indicatorId) - position(b.indicatorId))
        .map((v) => ({ ...v, firmLevel: data.revision.answers.levels[v.indicatorId] ?? null })),
    };
  }
  if (data.decision?.decision === "returned") return { kind: "returned" };
  return data.programmeId ? { kind: "pending" } : { kind: "no-programme" };
}
