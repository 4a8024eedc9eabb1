import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReadinessRadar } from "@/components/charts/readiness-radar";
import { DimensionTable } from "@/components/results/dimension-table";
import { FactorCards } from "@/components/results/factor-cards";
import { FocusAreas } from "@/components/results/focus-areas";
import { resultsRadarData } from "@/components/results/radar-data";
import { PeerBenchmark } from "@/components/results/peer-benchmark";
import { ProgressSincePrevious } from "@/components/results/progress-since-previous";
import { ReadinessSummary } from "@/components/results/readiness-summary";
import { instrumentAction } from "@/components/results/instrument-action";
import { RecommendationLists } from "@/components/results/recommendation-lists";
import { dimensionTitle, type ResultsContext } from "@/components/results/results-context";
import { ScoreSources } from "@/components/results/score-sources";
import { ValidatedAdjustments } from "@/components/results/validated-adjustments";
import { parseSortOrder, sortQuery } from "@/components/results/sort-dimension-rows";
import { localizeRecommendations, recommendWithText } from "@/lib/server/recommendations/recommendations";
import { requireAssessmentAccess } from "@/lib/auth/guards";
import { getSubmittedRevisionScores, listRevisions } from "@/lib/db/queries/assessments";
import { listActiveCatalogueForRecommendations } from "@/lib/db/queries/catalogue";
import { listPlanActionsForFirm } from "@/lib/db/queries/plan/plan-actions";
import { getValidatedResultForFirm } from "@/lib/db/queries/validated-results";
import { planPath } from "@/lib/plan/plan-path";
import { getFormats, getLocale, getTranslator } from "@/lib/i18n/server";
import { loadProgressSincePrevious } from "@/lib/server/results/progress-since-previous";
import { getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { textForLocale } from "@/lib/questionnaire/text-for-locale";
import { loadPeerBenchmark } from "@/lib/server/results/peer-benchmark";
import { loadProgrammeAverage } from "@/lib/server/results/programme-average";
import { ResultsQuerySchema } from "./schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t("results.metaTitle") };
}

type Props = { params: Promise<{ assessmentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** GET /assessments/:id/results[?revision=N] — the stored scores of a submitted revision; the firm, its programme's officers, admins. */
export default async function ResultsPage({ params, searchParams }: Props) {
  const [{ assessmentId }, rawQuery] = await Promise.all([params, searchParams]);
  const { user, assessment } = await requireAssessmentAccess(assessmentId);
  const query = ResultsQuerySchema.safeParse(rawQuery);
  if (!query.success) notFound();
  const { revision: requested, sort, dir } = query.data;

  const [revisions, locale, t, formats] = await Promise.all([listRevisions(assessment.id), getLocale(), getTranslator(), getFormats()]);
  const submitted = revisions.filter((r) => r.submittedAt !== null);
  // Without ?revision: the current revision; if that is a new draft (a returned assessment being
  // changed), the last submission, which is what the firm and its officer last agreed on.
  const shownNumber = requested ?? (submitted.some((r) => r.number === assessment.currentRevision) ? assessment.currentRevision : submitted.at(-1)?.number);
  if (shownNumber === undefined) notFound();
  const stored = await getSubmittedRevisionScores(assessment.id, shownNumber);
  if (!stored) notFound();

  // Each revision renders with the questionnaire version it was answered and scored with.
  const questionnaire = getPublishedQuestionnaire(stored.questionnaireVersionId);
  if (!questionnaire) throw new Error(`questionnaire ${stored.questionnaireVersionId} is not shipped`);
  const text = textForLocale(questionnaire.texts, locale, questionnaire.structure.defaultLocale);
  const ctx: ResultsContext = { t, text, formats };
  const { result } = stored.scores;

  const shownRevision = revisions.find((r) => r.number === stored.revisionNumber);
  const isLatestSubmission = shownNumber === submitted.at(-1)?.number;
  const [validated, programmeAverage, catalogue, peerBenchmark, progress, planActions] = await Promise.all([
    // Once approved, the officer's validated figures lead the page; the firm's own stand beside them.
    getValidatedResultForFirm(assessment.firmId, assessment.id, stored.revisionNumber),
    loadProgrammeAverage(assessment, stored.questionnaireVersionId),
    // The live catalogue: an admin's edit shows at once.
    listActiveCatalogueForRecommendations(),
    // Peers are compared by their latest submission, so only this assessment's latest is placed among them.
    isLatestSubmission ? loadPeerBenchmark(assessment, user.role === "sme" ? "firm" : "officer", t, formats.percent) : undefined,
    loadProgressSincePrevious({ firmId: assessment.firmId, assessmentId: assessment.id, programmeId: assessment.programmeId, viewer: user.role, shown: stored }),
    // The firm's improvement plan beside its focus areas: only its members edit it (the guard let this sme in as one).
    user.role === "sme" ? listPlanActionsForFirm(assessment.firmId) : undefined,
  ]);
  const actionsByDimension: Record<string, number> = {};
  for (const action of planActions ?? []) actionsByDimension[action.dimensionId] = (actionsByDimension[action.dimensionId] ?? 0) + 1;
  // Focus areas and recommendations follow the validated levels once there are any.
  const lead = validated?.scores ?? stored.scores;
  const priorities = lead.priorities;
  const today = formats.isoDay(new Date());
  const recommendations = localizeRecommendations(recommendWithText({ profile: shownRevision?.answers.profile ?? {}, priorities, catalogue }, { today }), locale);
  // Each instrument with what the firm needs to act on it: how to apply and when it closes.
  const itemsById = new Map(catalogue.map((item) => [item.id, item] as const));
  const supportYouCanUse = recommendations.supportYouCanUse.map((shown) => {
    const item = itemsById.get(shown.itemId);
    const action = item && instrumentAction(item, locale, today, t, formats.day);
    return action ? { ...shown, action } : shown;
  });

  const order = parseSortOrder(sort, dir);
  const keep = { revision: requested === undefined ? undefined : String(requested) };
  const base = `/assessments/${assessment.id}/results`;
  const currentIsDraft = !submitted.some((r) => r.number === assessment.currentRevision);
  const names = {
    dimension: (id: string) => dimensionTitle(text, id),
    challenge: (id: string) => text.profile.challenges?.options?.[id] ?? id,
    sector: (code: string) => text.profile.sector?.options?.[code] ?? code,
  };

  return (
    <>
      <nav aria-label={t("results.breadcrumbs")} className="breadcrumbs">
        <Link href={`/assessments/${assessment.id}`}>{t("results.overviewLink")}</Link>
      </nav>
      <h1>{t("results.title")}</h1>
      <p className="results-meta">
        {t("results.revisionLine", { revision: stored.revisionNumber, date: formats.date(stored.submittedAt) })}
        {assessment.programmeName ? ` ${t("results.programmeLine", { programme: assessment.programmeName })}` : ""}
      </p>
      <p className="results-download">
        {/* A plain link: the PDF is a download, not a page the client router could show. */}
        <a href={`/assessments/${assessment.id}/revisions/${stored.revisionNumber}/report`} download data-testid="report-download">
          {t("report.downloadRevision", { revision: stored.revisionNumber })}
        </a>
      </p>
      {!isLatestSubmission ? (
        <div className="notice results-notice" role="note">
          <p>{t("results.pastRevision", { revision: stored.revisionNumber })}</p>
          <p>
            <Link href={base}>{t("results.latestLink")}</Link>
          </p>
        </div>
      ) : currentIsDraft && requested === undefined ? (
        <div className="notice results-notice" role="note">
          <p>{t("results.draftNotice", { revision: stored.revisionNumber })}</p>
        </div>
      ) : null}
      {submitted.length > 1 ? (
        <nav aria-labelledby="results-revisions-heading" className="results-revisions">
          <h2 id="results-revisions-heading" className="results-revisions__title">
            {t("results.revisionsTitle")}
          </h2>
          <ul className="plain-list">
            {submitted.map((r) => (
              <li key={r.number}>
                {r.number === stored.revisionNumber ? (
                  <span aria-current="page">
                    {t("results.revisionItem", { revision: r.number, date: formats.date(r.submittedAt ?? new Date(0)) })} {t("results.revisionShown")}
                  </span>
                ) : (
                  <Link href={`${base}?revision=${r.number}`}>{t("results.revisionItem", { revision: r.number, date: formats.date(r.submittedAt ?? new Date(0)) })}</Link>
                )}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      <div className="results-overview">
        <ReadinessSummary
          index={lead.result.index}
          {...(validated
            ? {
                selfAssessed: {
                  index: result.index,
                  approvedLine: `${t("results.validated.approvedBy", { name: validated.decidedByName, date: formats.date(validated.decidedAt) })} ${t("results.validated.factorsNote")}`,
                },
              }
            : {})}
          ctx={ctx}
        />
        <FactorCards factors={lead.result.factors} ctx={ctx} />
      </div>
      {validated ? (
        <ValidatedAdjustments
          selfAssessed={result.dimensions}
          validated={validated.scores.result.dimensions}
          adjustments={validated.adjustments.map((a) => ({ ...a, firmLevel: shownRevision?.answers.levels[a.indicatorId] ?? null }))}
          ctx={ctx}
        />
      ) : null}
      {peerBenchmark ? <PeerBenchmark {...peerBenchmark} /> : null}
      {progress ? (
        <ProgressSincePrevious
          progress={progress.progress}
          previousHref={`/assessments/${progress.previous.assessmentId}/results?revision=${progress.previous.revisionNumber}`}
          previousDate={formats.date(progress.previous.submittedAt)}
          planDone={progress.planDone}
          ctx={ctx}
        />
      ) : null}

      <section aria-labelledby="results-dimensions-heading">
        <h2 id="results-dimensions-heading">{t("results.chartTitle")}</h2>
        <p>
          {t("results.chartIntro")}
          {programmeAverage ? ` ${t("results.chartAverageIntro")}` : ""}
          {validated ? ` ${t("results.validated.chartIntro")}` : ""}
        </p>
        <ReadinessRadar
          data={resultsRadarData(result.dimensions, { programmeAverage, validated: validated?.scores.result.dimensions }, ctx)}
          ariaLabel={t("results.chartLabel", { count: result.dimensions.length })}
          legend={{ current: t("results.legendCurrent"), target: t("results.legendTarget"), average: t("results.legendAverage"), validated: t("results.validated.legend") }}
          labels={{ gap: t("radar.gapLabel"), listCaption: t("radar.listCaption") }}
        />
        <DimensionTable
          dimensions={result.dimensions}
          order={order}
          sortHref={(next) => `${base}${sortQuery(next, keep)}#dimension-scores`}
          programmeAverage={programmeAverage}
          ctx={ctx}
          collator={new Intl.Collator(locale)}
        />
      </section>

      <FocusAreas
        priorities={priorities}
        names={names}
        basis={validated ? t("results.validated.focusNote") : assessment.programmeId ? t("results.validated.focusNoteSelf") : undefined}
        ctx={ctx}
        plan={planActions ? { actionsByDimension, href: (dimensionId) => planPath(assessment.firmId, dimensionId) } : undefined}
      />
      <RecommendationLists
        firmsLikeYours={recommendations.firmsLikeYours}
        supportYouCanUse={supportYouCanUse}
        labels={{
          title: t("results.recommendationsTitle"),
          intro: t("results.recommendationsIntro"),
          firmsLikeYours: t("results.firmsLikeYours"),
          supportYouCanUse: t("results.supportYouCanUse"),
          none: t("results.noRecommendations"),
          why: t("results.whyRecommended"),
          apply: {
            title: t("results.howToApply.title"),
            whoMayApply: t("results.howToApply.whoMayApply"),
            steps: t("results.howToApply.steps"),
            website: t("results.howToApply.website"),
            contact: t("results.howToApply.contact"),
          },
        }}
      />
      <ScoreSources factors={result.factors} dimensions={result.dimensions} ctx={ctx} />
    </>
  );
}
