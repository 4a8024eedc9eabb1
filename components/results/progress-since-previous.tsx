import Link from "next/link";
import type { BandId } from "@/lib/scoring/bands";
import type { AssessmentProgress, ScoreChange } from "@/lib/scoring/assessment-progress";
import { bandName } from "./band-tag";
import { dimensionTitle, factorTitle, type ResultsContext } from "./results-context";

export type ProgressSincePreviousProps = {
  progress: AssessmentProgress;
  /** The results page of the earlier assessment, and when it was submitted (formatted). */
  previousHref: string;
  previousDate: string;
  /** Per dimension, the titles of the plan's actions done since the previous assessment (none: no column). */
  planDone?: Readonly<Record<string, readonly string[]>>;
  ctx: ResultsContext;
};

/**
 * How the firm moved since its previous assessment: the readiness index, each factor and each
 * dimension then and now, as one table (no chart code), with a sentence that sums it up.
 */
export function ProgressSincePrevious({ progress, previousHref, previousDate, planDone = {}, ctx }: ProgressSincePreviousProps) {
  const { t, text, formats } = ctx;
  const { index } = progress;
  const change = (value: number) => formats.difference(value);
  // The plan's done actions sit under the dimension's name (no extra column, so the table still fits a phone).
  const withPlan = Object.values(planDone).some((titles) => titles.length > 0);
  const planLine = (dimensionId: string | null) => {
    const titles = dimensionId ? (planDone[dimensionId] ?? []) : [];
    return titles.length > 0 ? <span className="progress-plan">{t("planView.progress.done", { count: titles.length, titles: titles.join("; ") })}</span> : null;
  };
  const row = (key: string, label: string, score: ScoreChange, show: (value: number) => string, header = false, dimensionId: string | null = null) => (
    <tr key={key} className={header ? "progress-table__headline" : undefined}>
      <th scope="row">
        {label}
        {planLine(dimensionId)}
      </th>
      <td className="num">{show(score.before)}</td>
      <td className="num">{show(score.after)}</td>
      <td className={`num progress-change progress-change--${score.change > 0 ? "up" : score.change < 0 ? "down" : "same"}`}>{change(score.change)}</td>
    </tr>
  );
  return (
    <section aria-labelledby="progress-heading" className="progress-since-previous" data-testid="progress-since-previous">
      <h2 id="progress-heading">{t("results.progress.title")}</h2>
      <p>
        {t("results.progress.comparedWith", { date: previousDate })} <Link href={previousHref}>{t("results.progress.previousLink")}</Link>
      </p>
      <p className="progress-since-previous__summary">
        {t("results.progress.indexSentence", {
          before: formats.index(index.before),
          after: formats.index(index.after),
          change: change(index.change),
          bandBefore: bandName(t, index.bandBefore as BandId),
          bandAfter: bandName(t, index.bandAfter as BandId),
        })}{" "}
        {t("results.progress.dimensionSentence", { improved: progress.improved, declined: progress.declined, total: progress.dimensions.length })}
      </p>
      {withPlan ? <p>{t("planView.progress.intro")}</p> : null}
      <div className="table-wrap">
        <table className="results-table progress-table">
          <caption>{t("results.progress.tableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("results.progress.colMeasure")}</th>
              {(["colBefore", "colNow", "colChange"] as const).map((column) => (
                <th key={column} scope="col" className="num">
                  {t(`results.progress.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {row("index", t("results.progress.indexRow"), index, formats.index, true)}
            {progress.factors.map((f) => row(`factor-${f.factorId}`, factorTitle(text, f.factorId), f, formats.score, true))}
            {progress.dimensions.map((d) => row(`dimension-${d.dimensionId}`, dimensionTitle(text, d.dimensionId), d, formats.score, false, d.dimensionId))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
