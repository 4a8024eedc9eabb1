import { computeRadarGeometry, type RadarGeometry, type RadarSize } from "@/lib/charts/radar-geometry";
import type { MessageKey, Translate } from "@/lib/i18n";
import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import { firmSizeBandFor } from "@/lib/questionnaire/taxonomy";
import type { PlanAction } from "@/lib/plan/plan-action";
import { groupPlanByDimension, planRow } from "@/lib/plan/plan-view";
import type { QuestionnaireText } from "@/lib/questionnaire/text-schema";
import type { AssessmentProgress } from "@/lib/scoring/assessment-progress";
import { bands, type BandId } from "@/lib/scoring/bands";
import type { PriorityRanking, PriorityReason, ScoringResult } from "@/lib/scoring/result-schema";
import { mapPdfText } from "./pdf-text";

// The PDF report of one submitted revision as plain data: every sentence already in the reader's
// language and every number already formatted, so the PDF components only lay it out and the
// unit tests can read what the firm will read.

/**
 * The radar's size in points: the text width of A4, and low enough that the figure with its
 * heading, introduction and legend always fits on page 1 below the title and the index.
 */
export const reportRadarSize: RadarSize = { width: 480, height: 300, radius: 105, labelGap: 8 };

/** A recommendation as the results page shows it (lib/server/recommendations/recommendations.ts localizeRecommendations). */
export type ReportRecommendation = {
  itemId: string;
  title: string;
  headline: string;
  reasons: string[];
  /** An instrument's "How to apply" lines, already worded (deadline, website, contact, who may apply, steps). */
  apply?: string[];
};

/** What the officer's review said about this revision. */
export type ReportReview =
  | { kind: "pending" }
  | { kind: "no-programme" }
  | { kind: "returned" }
  | {
      kind: "approved";
      decidedByName: string;
      decidedAt: Date;
      /** The validated scores stored with the decision (null only for decisions older than validated scores). */
      validated: ScoringResult | null;
      /** Every level the officer validated on this revision, with the firm's own level and the officer's reason. */
      validations: { indicatorId: string; firmLevel: number | null; validatedLevel: number; justification: string }[];
    };

export type ReportInput = {
  firm: { name: string; country: string; sector: string; employees: number };
  programmeName: string | null;
  revision: { number: number; submittedAt: Date; profile: AnswerSet["profile"]; result: ScoringResult; priorities: PriorityRanking };
  review: ReportReview;
  recommendations: { asOf: string; firmsLikeYours: ReportRecommendation[]; supportYouCanUse: ReportRecommendation[] };
  /** The mean level per dimension of the firms in the assessment's programme (the radar's third line), when known. */
  programmeAverage?: Readonly<Partial<Record<string, number>>>;
  /** The firm's improvement plan as it stands now (one plan per firm, carried across assessments). */
  plan?: { actions: readonly PlanAction[]; instrumentName: (id: string) => string };
  /** The change since the firm's previous assessment, when it has one the reader may see. */
  progress?: { previousSubmittedAt: Date; progress: AssessmentProgress };
  generatedAt: Date;
};

/** The formats the report needs (a subset of createNumberFormats in components/results/number-formats.ts). */
export type ReportFormats = {
  score: (value: number) => string;
  index: (value: number) => string;
  level: (value: number) => string;
  difference: (value: number) => string;
  date: (value: Date) => string;
  day: (isoDay: string) => string;
  number: (value: number, maximumFractionDigits?: number) => string;
};

/** How the report words things in the reader's language. */
export type ReportWording = {
  locale: string;
  t: Translate;
  formats: ReportFormats;
  /** The text of the questionnaire version the revision was scored with, in the reader's language. */
  text: QuestionnaireText;
  /** The same sentence the results page shows for a priority reason (components/results/reason-sentence.ts). */
  describeReason: (reason: PriorityReason) => string;
};

export type LabelledValue = { label: string; value: string };
export type ReportTable = { columns: string[]; rows: { key: string; cells: string[] }[] };

export type ReportModel = {
  locale: string;
  /** Document properties and the first heading. */
  title: string;
  subject: string;
  firmName: string;
  revisionLine: string;
  generatedLine: string;
  statusLine: string;
  /** "Page {page} of {total}": the PDF fills in the numbers as it lays out pages. */
  pageOfTemplate: string;
  footer: string;
  firm: { heading: string; rows: LabelledValue[] };
  /** Once approved, the validated index leads and `selfAssessed` words the firm's own figure beside it (issue 17). */
  index: {
    heading: string;
    value: number;
    valueText: string;
    outOf: string;
    bandLabel: string;
    band: BandId;
    bandName: string;
    bandMeaning: string;
    scale: string;
    selfAssessed: string | null;
  };
  factors: { heading: string; table: ReportTable; bars: { key: string; label: string; share: number }[] };
  chart: {
    heading: string;
    intro: string;
    legend: { current: string; target: string; average: string | null; validated: string | null };
    /** The firm's own levels and target, and the programme average where known. */
    geometry: RadarGeometry;
    validated: RadarGeometry["current"] | null;
  };
  gaps: { heading: string; table: ReportTable };
  progress: { heading: string; comparedWith: string; summary: string; table: ReportTable } | null;
  focus: { heading: string; intro: string; none: string | null; why: string; areas: { key: string; rank: number; title: string; meta: string; reasons: string[] }[] };
  recommendations: {
    heading: string;
    intro: string;
    why: string;
    /** The heading over an instrument's how-to-apply lines. */
    apply: string;
    lists: { key: "firms-like-yours" | "support-you-can-use"; heading: string; none: string; items: ReportRecommendation[] }[];
  };
  /** "Your improvement plan": per dimension, a table of its actions; `none` when the firm has no plan yet. */
  plan: { heading: string; intro: string; none: string | null; dimensions: { key: string; heading: string; table: ReportTable }[] };
  validation: {
    heading: string;
    approvedBy: string;
    intro: string;
    comparison: ReportTable;
    adjustmentsHeading: string;
    adjustments: ReportTable | null;
    noAdjustments: string;
  } | null;
};

export function buildReportModel(input: ReportInput, wording: ReportWording): ReportModel {
  const { t, formats, text } = wording;
  const { result: selfAssessed, priorities } = input.revision;
  // An approved revision leads with the officer's validated scores; the self-assessed ones stay beside them.
  const validatedResult = input.review.kind === "approved" ? input.review.validated : null;
  const result = validatedResult ?? selfAssessed;
  const bandName = (band: BandId) => t(`bands.${band}.name` as MessageKey);
  const dimensionName = (id: string) => text.dimensions[id]?.title ?? id;
  const factorName = (id: string) => text.factors[id]?.title ?? id;
  const optionNames = (questionId: string): string => {
    const value = input.revision.profile[questionId];
    const chosen = Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v !== "none") : [];
    if (chosen.length === 0) return t("report.firm.none");
    return chosen.map((id) => text.profile[questionId]?.options?.[id] ?? id).join(", ");
  };
  const revisionValues = { firm: input.firm.name, revision: input.revision.number };
  const hasAverage = selfAssessed.dimensions.some((d) => input.programmeAverage?.[d.dimensionId] !== undefined);

  const statusKey = { pending: "report.status.pending", "no-programme": "report.status.noProgramme", returned: "report.status.returned", approved: "report.status.approved" } as const;

  // Text only Helvetica can print: the report uses the PDF's built-in font (see pdf-text.ts).
  return mapPdfText<ReportModel>({
    locale: wording.locale,
    title: t("report.title"),
    subject: t("report.documentSubject", revisionValues),
    firmName: input.firm.name,
    revisionLine: t("report.revisionLine", { revision: input.revision.number, date: formats.date(input.revision.submittedAt) }),
    generatedLine: t("report.generatedLine", { date: formats.date(input.generatedAt) }),
    statusLine: t(statusKey[input.review.kind]),
    pageOfTemplate: t("report.pageOf", { page: "{page}", total: "{total}" }),
    footer: t("report.footer", revisionValues),
    firm: {
      heading: t("report.firm.title"),
      rows: [
        { label: t("report.firm.name"), value: input.firm.name },
        { label: t("report.firm.sector"), value: t(`sectors.${input.firm.sector}` as MessageKey) },
        {
          label: t("report.firm.size"),
          value: t("report.firm.sizeValue", { size: t(`review.sizes.${firmSizeBandFor(input.firm.employees)}` as MessageKey), employees: input.firm.employees }),
        },
        { label: t("report.firm.country"), value: t(`countries.${input.firm.country}` as MessageKey) },
        { label: t("report.firm.programme"), value: input.programmeName ?? t("report.firm.noProgramme") },
        { label: t("report.firm.technologies"), value: optionNames("technologies") },
        { label: t("report.firm.challenges"), value: optionNames("challenges") },
      ],
    },
    index: {
      heading: validatedResult ? t("report.index.validatedTitle") : t("report.index.title"),
      selfAssessed: validatedResult
        ? t("report.index.selfAssessed", { index: formats.index(selfAssessed.index.value), band: bandName(selfAssessed.index.band) })
        : null,
      value: result.index.value,
      valueText: formats.index(result.index.value),
      outOf: t("report.index.outOf100"),
      bandLabel: t("report.index.band"),
      band: result.index.band,
      bandName: bandName(result.index.band),
      bandMeaning: t(`bands.${result.index.band}.meaning` as MessageKey),
      scale: t("report.index.scale", {
        bands: bands.map((band, i) => `${bandName(band.id)} ${formats.level(band.minIndex)}–${formats.level(bands[i + 1] ? bands[i + 1]!.minIndex - 0.1 : 100)}`).join(", "),
      }),
    },
    factors: {
      heading: t("report.factors.title"),
      table: {
        columns: [t("report.factors.colFactor"), t("report.factors.colScore"), t("report.factors.colBand")],
        rows: result.factors.map((f) => ({
          key: f.factorId,
          cells: [f.inIndex ? factorName(f.factorId) : `${factorName(f.factorId)} (${t("report.factors.notInIndex")})`, formats.score(f.score), bandName(f.band)],
        })),
      },
      bars: result.factors.map((f) => ({ key: f.factorId, label: factorName(f.factorId), share: Math.min(1, Math.max(0, f.score / 5)) })),
    },
    chart: {
      heading: t("report.chart.title"),
      intro: [t("report.chart.intro"), ...(hasAverage ? [t("report.chart.averageIntro")] : []), ...(validatedResult ? [t("report.chart.validatedIntro")] : [])].join(" "),
      legend: {
        current: t("report.chart.legendCurrent"),
        target: t("report.chart.legendTarget"),
        average: hasAverage ? t("report.chart.legendAverage") : null,
        validated: validatedResult ? t("report.chart.legendValidated") : null,
      },
      // The firm's own levels and target as before; the validated levels as an overlay.
      geometry: computeRadarGeometry(
        selfAssessed.dimensions.map((d) => {
          const average = input.programmeAverage?.[d.dimensionId];
          return { dimensionId: d.dimensionId, label: dimensionName(d.dimensionId), current: d.score, target: d.target.level, ...(average === undefined ? {} : { average }) };
        }),
        reportRadarSize,
      ),
      validated: validatedResult
        ? computeRadarGeometry(
            selfAssessed.dimensions.map((d) => {
              const level = validatedResult.dimensions.find((v) => v.dimensionId === d.dimensionId)?.score ?? d.score;
              return { dimensionId: d.dimensionId, label: dimensionName(d.dimensionId), current: level, target: d.target.level };
            }),
            reportRadarSize,
          ).current
        : null,
    },
    gaps: {
      heading: t("report.gaps.title"),
      table: {
        columns: [t("report.gaps.colDimension"), t("report.gaps.colFactor"), t("report.gaps.colCurrent"), t("report.gaps.colTarget"), t("report.gaps.colGap"), t("report.gaps.colBand")],
        rows: result.dimensions.map((d) => ({
          key: d.dimensionId,
          cells: [dimensionName(d.dimensionId), factorName(d.factorId), formats.score(d.score), formats.level(d.target.level), formats.score(d.gap), bandName(d.band)],
        })),
      },
    },
    plan: buildPlan(input.plan?.actions ?? [], input.plan?.instrumentName ?? ((id) => id), result.dimensions.map((d) => d.dimensionId), wording, dimensionName),
    progress: input.progress ? buildProgress(input.progress, wording, bandName, dimensionName, factorName) : null,
    focus: {
      heading: t("report.focus.title"),
      intro: validatedResult ? `${t("report.focus.intro")} ${t("results.validated.focusNote")}` : t("report.focus.intro"),
      none: priorities.focusAreas.length === 0 ? t("results.focusNone") : null,
      why: t("report.focus.why"),
      areas: priorities.focusAreas.map((area) => ({
        key: area.dimensionId,
        rank: area.rank,
        title: dimensionName(area.dimensionId),
        meta: t("results.focusMeta", { factor: factorName(area.factorId), current: formats.score(area.current), target: formats.level(area.target), gap: formats.score(area.gap) }),
        reasons: area.reasons.map(wording.describeReason),
      })),
    },
    recommendations: {
      heading: t("report.recommendations.title"),
      intro: t("report.recommendations.intro", { date: formats.day(input.recommendations.asOf) }),
      why: t("report.recommendations.why"),
      apply: t("planView.report.instrumentsTitle"),
      lists: [
        { key: "firms-like-yours", heading: t("report.recommendations.firmsLikeYours"), none: t("report.recommendations.none"), items: input.recommendations.firmsLikeYours },
        { key: "support-you-can-use", heading: t("report.recommendations.supportYouCanUse"), none: t("report.recommendations.none"), items: input.recommendations.supportYouCanUse },
      ],
    },
    validation: input.review.kind === "approved" ? buildValidation(input.review, selfAssessed, wording, bandName, factorName) : null,
  });
}

/** The firm's plan per dimension in questionnaire order, with the same columns as the review page shows. */
function buildPlan(
  actions: readonly PlanAction[],
  instrumentName: (id: string) => string,
  dimensionOrder: readonly string[],
  { t, formats }: ReportWording,
  dimensionName: (id: string) => string,
): ReportModel["plan"] {
  const wording = {
    status: (status: PlanAction["status"]) => t(`planView.status.${status}`),
    noValue: t("planView.noValue"),
    day: formats.day,
    number: (value: number) => formats.number(value, 0),
    instrumentName,
  };
  const columns = [t("planView.colAction"), t("planView.colStatus"), t("planView.colOwner"), t("planView.colDue"), t("planView.colCost"), t("planView.colInstrument")];
  return {
    heading: t("planView.report.title"),
    intro: t("planView.report.intro"),
    none: actions.length === 0 ? t("planView.report.none") : null,
    dimensions: groupPlanByDimension(actions, dimensionOrder).map((group) => ({
      key: group.dimensionId,
      heading: dimensionName(group.dimensionId),
      table: {
        columns,
        rows: group.actions.map((action) => {
          const row = planRow(action, wording);
          return { key: row.key, cells: [row.title, row.status, row.owner, row.due, row.cost, row.instrument] };
        }),
      },
    })),
  };
}

/** The same figures and words as the results page's "Progress since your previous assessment". */
function buildProgress(
  { previousSubmittedAt, progress }: NonNullable<ReportInput["progress"]>,
  { t, formats }: ReportWording,
  bandName: (band: BandId) => string,
  dimensionName: (id: string) => string,
  factorName: (id: string) => string,
): NonNullable<ReportModel["progress"]> {
  const { index } = progress;
  const row = (key: string, label: string, score: { before: number; after: number; change: number }, show: (value: number) => string) => ({
    key,
    cells: [label, show(score.before), show(score.after), formats.difference(score.change)],
  });
  return {
    heading: t("results.progress.title"),
    comparedWith: t("results.progress.comparedWith", { date: formats.date(previousSubmittedAt) }),
    summary: `${t("results.progress.indexSentence", {
      before: formats.index(index.before),
      after: formats.index(index.after),
      change: formats.difference(index.change),
      bandBefore: bandName(index.bandBefore as BandId),
      bandAfter: bandName(index.bandAfter as BandId),
    })} ${t("results.progress.dimensionSentence", { improved: progress.improved, declined: progress.declined, total: progress.dimensions.length })}`,
    table: {
      columns: [t("results.progress.colMeasure"), t("results.progress.colBefore"), t("results.progress.colNow"), t("results.progress.colChange")],
      rows: [
        row("index", t("results.progress.indexRow"), index, formats.index),
        ...progress.factors.map((f) => row(`factor-${f.factorId}`, factorName(f.factorId), f, formats.score)),
        ...progress.dimensions.map((d) => row(`dimension-${d.dimensionId}`, dimensionName(d.dimensionId), d, formats.score)),
      ],
    },
  };
}

function buildValidation(
  review: Extract<ReportReview, { kind: "approved" }>,
  selfAssessed: ScoringResult,
  { t, formats, text }: ReportWording,
  bandName: (band: BandId) => string,
  factorName: (id: string) => string,
): NonNullable<ReportModel["validation"]> {
  const validated = review.validated;
  const validatedFactor = (id: string) => validated?.factors.find((f) => f.factorId === id);
  const dash = "–";
  const level = (value: number | null) => (value === null ? t("report.validation.notAnswered") : formats.level(value));
  return {
    heading: t("report.validation.title"),
    approvedBy: t("report.validation.approvedBy", { name: review.decidedByName, date: formats.date(review.decidedAt) }),
    intro: t("report.validation.intro"),
    comparison: {
      columns: [t("report.validation.colScore"), t("report.validation.colSelf"), t("report.validation.colValidated")],
      rows: [
        { key: "index", cells: [t("report.validation.indexRow"), formats.index(selfAssessed.index.value), validated ? formats.index(validated.index.value) : dash] },
        { key: "band", cells: [t("report.validation.bandRow"), bandName(selfAssessed.index.band), validated ? bandName(validated.index.band) : dash] },
        ...selfAssessed.factors.map((f) => {
          const v = validatedFactor(f.factorId);
          return { key: `factor-${f.factorId}`, cells: [factorName(f.factorId), formats.score(f.score), v ? formats.score(v.score) : dash] };
        }),
      ],
    },
    adjustmentsHeading: t("report.validation.adjustmentsTitle"),
    adjustments:
      review.validations.length === 0
        ? null
        : {
            columns: [t("report.validation.colQuestion"), t("report.validation.colFirmLevel"), t("report.validation.colValidatedLevel"), t("report.validation.colJustification")],
            rows: review.validations.map((v) => ({
              key: v.indicatorId,
              cells: [text.indicators[v.indicatorId]?.question ?? v.indicatorId, level(v.firmLevel), formats.level(v.validatedLevel), v.justification],
            })),
          },
    noAdjustments: t("report.validation.noAdjustments"),
  };
}
