import type { HistogramBin } from "@/lib/cohort/index-histogram";
import type { CohortContext } from "./cohort-context";
import { cohortRadarColours } from "./cohort-radar-chart";
import { FigureTable } from "./figure-table";

// The readiness-index histogram as server-rendered SVG bars: ten bins of 10 points.

const width = 560;
const height = 260;
const plot = { left: 44, right: 12, top: 20, bottom: 40 };

/** A round step for the count axis (1, 2, 5, 10, 20, 50, …) giving at most about five ticks. */
function tickStep(max: number): number {
  const rough = Math.max(1, max / 5);
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= rough) ?? 10 * power;
}

export function binLabel(bin: HistogramBin, last: boolean, ctx: CohortContext): string {
  return ctx.t(last ? "cohort.histogram.rangeLast" : "cohort.histogram.range", { from: bin.from, to: bin.to });
}

export function IndexHistogramFigure({ bins, ctx }: { bins: readonly HistogramBin[]; ctx: CohortContext }) {
  const { t } = ctx;
  const step = tickStep(Math.max(...bins.map((b) => b.count)));
  const top = Math.max(step, Math.ceil(Math.max(...bins.map((b) => b.count)) / step) * step);
  const plotWidth = width - plot.left - plot.right;
  const plotHeight = height - plot.top - plot.bottom;
  const barWidth = plotWidth / bins.length;
  const y = (count: number) => plot.top + plotHeight - (count / top) * plotHeight;
  const ticks = Array.from({ length: Math.floor(top / step) + 1 }, (_, i) => i * step);
  return (
    <section aria-labelledby="cohort-histogram-heading" className="cohort-figure">
      <h2 id="cohort-histogram-heading">{t("cohort.histogram.title")}</h2>
      <p>{t("cohort.histogram.intro")}</p>
      <svg viewBox={`0 0 ${width} ${height}`} className="cohort-chart" role="img" aria-labelledby="cohort-histogram-title">
        <title id="cohort-histogram-title">{t("cohort.histogram.chartLabel")}</title>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={plot.left} x2={width - plot.right} y1={y(tick)} y2={y(tick)} stroke={cohortRadarColours.grid} strokeWidth={1} />
            <text x={plot.left - 6} y={y(tick) + 4} textAnchor="end" fontSize={11} fill={cohortRadarColours.muted}>
              {tick}
            </text>
          </g>
        ))}
        {bins.map((bin, i) => {
          const x = plot.left + i * barWidth;
          return (
            <g key={bin.from}>
              {bin.count > 0 ? <rect x={x + 3} y={y(bin.count)} width={barWidth - 6} height={y(0) - y(bin.count)} fill={cohortRadarColours.self} /> : null}
              {bin.count > 0 ? (
                <text x={x + barWidth / 2} y={y(bin.count) - 4} textAnchor="middle" fontSize={11} fill={cohortRadarColours.ink}>
                  {bin.count}
                </text>
              ) : null}
              <text x={x} y={height - plot.bottom + 16} textAnchor="middle" fontSize={11} fill={cohortRadarColours.ink}>
                {bin.from}
              </text>
            </g>
          );
        })}
        <text x={width - plot.right} y={height - plot.bottom + 16} textAnchor="end" fontSize={11} fill={cohortRadarColours.ink}>
          100
        </text>
        <text x={plot.left + plotWidth / 2} y={height - 4} textAnchor="middle" fontSize={12} fill={cohortRadarColours.ink}>
          {t("cohort.histogram.axisIndex")}
        </text>
      </svg>
      <FigureTable id="cohort-histogram-table" caption={t("cohort.histogram.caption")} t={t}>
        <thead>
          <tr>
            <th scope="col">{t("cohort.histogram.colRange")}</th>
            <th scope="col" className="num">{t("cohort.colFirms")}</th>
          </tr>
        </thead>
        <tbody>
          {bins.map((bin, i) => (
            <tr key={bin.from}>
              <th scope="row">{binLabel(bin, i === bins.length - 1, ctx)}</th>
              <td className="num">{bin.count}</td>
            </tr>
          ))}
        </tbody>
      </FigureTable>
    </section>
  );
}
