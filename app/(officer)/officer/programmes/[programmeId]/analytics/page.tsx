import type { Metadata } from "next";
import Link from "next/link";
import { BandDistributionFigure } from "@/components/cohort/band-distribution-chart";
import type { CohortContext } from "@/components/cohort/cohort-context";
import { CohortFilterForm } from "@/components/cohort/cohort-filter-form";
import { CohortRadarFigure } from "@/components/cohort/cohort-radar-chart";
import { CommonGapsFigure } from "@/components/cohort/common-gaps-table";
import { SmallNCaution } from "@/components/cohort/figure-table";
import { PlanDemandFigure } from "@/components/cohort/plan-demand-tables";
import { IndexHistogramFigure } from "@/components/cohort/index-histogram-chart";
import { ProgressFigure } from "@/components/cohort/progress-figure";
import { SectorHeatMapFigure } from "@/components/cohort/sector-heat-map";
import { RenderInTurns } from "@/components/layout/render-in-turn";
import { requireProgrammeAccess } from "@/lib/auth/guards";
import { smallCohort } from "@/lib/cohort/cohort-analytics";
import { firstQueryValue, parseCohortFilter } from "@/lib/cohort/cohort-filter";
import { getCohortAnalytics } from "@/lib/db/queries/cohort-analytics";
import { getPlanDemand } from "@/lib/db/queries/cohort-plan-demand";
import { getCatalogueNames } from "@/lib/db/queries/plan/instrument-names";
import type { MessageKey } from "@/lib/i18n";
import { getFormats, getLocale, getTranslator } from "@/lib/i18n/server";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { textForLocale } from "@/lib/questionnaire/text-for-locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t("cohort.metaTitle") };
}

type Props = { params: Promise<{ programmeId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** GET /officer/programmes/:id/analytics[?sector&size&from&to] — cohort figures from stored scores; the programme's officers, admins. */
export default async function CohortAnalyticsPage({ params, searchParams }: Props) {
  const [{ programmeId }, query] = await Promise.all([params, searchParams]);
  const { programme } = await requireProgrammeAccess(programmeId);
  const { filter, error } = parseCohortFilter(query);
  const [t, locale, formats, analytics, planDemand] = await Promise.all([getTranslator(), getLocale(), getFormats(), getCohortAnalytics(programme.id, filter), getPlanDemand(programme.id, filter)]);
  const instrumentNames = await getCatalogueNames([...planDemand.instruments.map((i) => i.instrumentId), ...planDemand.costs.flatMap((c) => (c.instrumentId ? [c.instrumentId] : []))]);

  // Dimension ids are shared by every questionnaire version, so the current version names them.
  const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId)!;
  const text = textForLocale(questionnaire.texts, locale, questionnaire.structure.defaultLocale);
  const ctx: CohortContext = {
    t,
    formats,
    percent: formats.percent,
    dimensionName: (id) => text.dimensions[id]?.title ?? id,
    factorName: (id) => text.factors[id]?.title ?? id,
    sectorName: (code) => t(`sectors.${code}` as MessageKey),
  };
  const base = `/officer/programmes/${programme.id}/analytics`;
  const { firmCount, validatedCount, index } = analytics;

  return (
    <>
      <nav aria-label={t("cohort.breadcrumbs")} className="breadcrumbs">
        <Link href="/officer">{t("officer.title")}</Link> › <Link href={`/officer/programmes/${programme.id}`}>{programme.name}</Link>
      </nav>
      <h1>{t("cohort.title")}</h1>
      <p className="lead">{programme.name}</p>
      <p className="cohort-intro">{t("cohort.intro")}</p>
      <CohortFilterForm
        action={base}
        values={{ sector: firstQueryValue(query.sector), size: firstQueryValue(query.size), from: firstQueryValue(query.from), to: firstQueryValue(query.to) }}
        error={error}
        t={t}
      />

      <section aria-labelledby="cohort-summary-heading">
        <h2 id="cohort-summary-heading">{t("cohort.summary.title")}</h2>
        <dl className="summary cohort-summary">
          <dt>{t("cohort.summary.firms")}</dt>
          <dd data-testid="cohort-firm-count">{firmCount}</dd>
          <dt>{t("cohort.summary.validated")}</dt>
          <dd>{validatedCount}</dd>
          {index.self ? (
            <>
              <dt>{t("cohort.summary.meanIndex")}</dt>
              <dd>{formats.index(index.self.mean)}</dd>
              <dt>{t("cohort.summary.medianIndex")}</dt>
              <dd>{t("cohort.summary.medianValue", { median: formats.index(index.self.median), p25: formats.index(index.self.p25), p75: formats.index(index.self.p75) })}</dd>
            </>
          ) : null}
          {index.validated ? (
            <>
              <dt>{t("cohort.summary.meanValidatedIndex")}</dt>
              <dd>{formats.index(index.validated.mean)}</dd>
            </>
          ) : null}
        </dl>
        {firmCount === 0 ? <p className="notice">{t("cohort.empty")}</p> : <SmallNCaution n={firmCount} minimum={smallCohort} t={t} />}
      </section>

      {firmCount > 0 ? (
        <>
          {/* One figure per turn of the event loop, so other requests are answered between them. */}
          <RenderInTurns
            parts={[
              <CohortRadarFigure key="radar" axes={analytics.radar} validatedCount={validatedCount} ctx={ctx} />,
              <IndexHistogramFigure key="histogram" bins={analytics.indexHistogram} ctx={ctx} />,
              <BandDistributionFigure key="bands" bands={analytics.bandDistribution} validatedCount={validatedCount} ctx={ctx} />,
              <SectorHeatMapFigure key="heat-map" rows={analytics.sectorFactorHeatMap} ctx={ctx} />,
              <CommonGapsFigure key="gaps" gaps={analytics.commonGaps} ctx={ctx} />,
              <ProgressFigure key="progress" progress={analytics.progress} ctx={ctx} />,
              <PlanDemandFigure key="plan" demand={planDemand} instrumentName={(id) => instrumentNames.get(id)?.[locale] ?? id} ctx={ctx} />,
            ]}
          />
        </>
      ) : null}
    </>
  );
}
