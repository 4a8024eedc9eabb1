import { progressChartKey, progressHeight, progressRow, progressSizes, type ProgressChart, type ProgressProps, type ProgressSize } from "@/components/charts/progress-frame";
import { ProgressSwap } from "@/components/charts/progress-swap";
import { changeAxis, horizontalBar } from "@/lib/charts/bar-scale";
import { chartInk, seriesColours } from "@/lib/charts/palette";
import { smallCohort } from "@/lib/cohort/cohort-analytics";
import type { ProgressSummary } from "@/lib/cohort/progress-summary";
import type { CohortContext } from "./cohort-context";
import { SmallNCaution, TableWrap } from "./figure-table";

// Progress T0 → T1 of the firms that re-assessed: the summary numbers, two bar charts (mean index
// at the first and the latest assessment; mean change per factor, either side of 0) drawn here as
// SVG in two sizes and swapped for their recharts version on first pointer or focus, and the table.

function ProgressSvg({ chart, size }: { chart: ProgressChart; size: ProgressSize }) {
  const box = progressSizes[size];
  const height = progressHeight(chart.bars.length);
  const plotLeft = box.name;
  const plotWidth = box.width - box.name - box.value;
  const plotBottom = chart.bars.length * progressRow.pitch;
  const xOf = (v: number) => horizontalBar(v, chart.min, chart.max, plotLeft, plotWidth);
  return (
    <svg viewBox={`0 0 ${box.width} ${height}`} width={box.width} height={height} className={`cohort-chart cohort-chart--${size}`} role="img" aria-label={chart.ariaLabel} tabIndex={0} data-chart-key={progressChartKey(chart, size)}>
      {chart.bars.map((bar, i) => {
        const centre = i * progressRow.pitch + progressRow.pitch / 2;
        const shape = xOf(bar.value);
        return (
          <g key={bar.key}>
            <text x={plotLeft - 8} y={centre} dy="0.35em" textAnchor="end" fontSize={progressRow.fontSize} fill={chartInk.ink}>
              {bar.name}
            </text>
            <rect x={shape.x} y={centre - progressRow.bar / 2} width={shape.width} height={progressRow.bar} fill={seriesColours[bar.colour]} />
            <text x={box.width - box.value + 6} y={centre} dy="0.35em" fontSize={progressRow.fontSize} fill={chartInk.ink}>
              {bar.valueText}
            </text>
          </g>
        );
      })}
      <line x1={plotLeft} x2={plotLeft + plotWidth} y1={plotBottom} y2={plotBottom} stroke={chartInk.grid} />
      {chart.min < 0 ? <line x1={xOf(0).zero} x2={xOf(0).zero} y1={0} y2={plotBottom} stroke={chartInk.ink} /> : null}
      {chart.ticks.map((tick) => (
        <text key={tick} x={xOf(tick).x + xOf(tick).width * (tick > 0 ? 1 : 0)} y={plotBottom + 16} textAnchor="middle" fontSize={progressRow.fontSize} fill={chartInk.muted}>
          {tick}
        </text>
      ))}
    </svg>
  );
}

export function progressCharts(progress: ProgressSummary, ctx: CohortContext): ProgressProps {
  const { t, formats } = ctx;
  const signed = (value: number, format: (n: number) => string) => (value > 0 ? `+${format(value)}` : format(value));
  const factors = progress.factors.filter((f) => f.n > 0 && f.meanChange !== null);
  const { limit, ticks } = changeAxis(factors.map((f) => f.meanChange!), 0.5);
  const first = progress.meanFirstIndex ?? 0;
  const latest = progress.meanLatestIndex ?? 0;
  return {
    index: {
      key: "index",
      title: t("cohort.progress.indexChartTitle"),
      ariaLabel: `${t("cohort.progress.indexChartTitle")}: ${t("cohort.progress.first")} ${formats.index(first)}, ${t("cohort.progress.latest")} ${formats.index(latest)}`,
      min: 0,
      max: 100,
      ticks: [0, 25, 50, 75, 100],
      bars: [
        { key: "first", name: t("cohort.progress.first"), value: first, valueText: formats.index(first), tooltip: [t("cohort.progress.meanFirst"), formats.index(first)], colour: "average" },
        { key: "latest", name: t("cohort.progress.latest"), value: latest, valueText: formats.index(latest), tooltip: [t("cohort.progress.meanLatest"), formats.index(latest)], colour: "current" },
      ],
    },
    change: {
      key: "change",
      title: t("cohort.progress.changeChartTitle"),
      ariaLabel: `${t("cohort.progress.changeChartTitle")}: ${factors.map((f) => `${ctx.factorName(f.factorId)} ${signed(f.meanChange!, formats.precise)}`).join(", ")}`,
      min: -limit,
      max: limit,
      ticks,
      bars: factors.map((f) => {
        const change = signed(f.meanChange!, formats.precise);
        return {
          key: f.factorId,
          name: ctx.factorName(f.factorId),
          value: f.meanChange!,
          valueText: change,
          tooltip: [t("cohort.progress.changeTooltip", { factor: ctx.factorName(f.factorId), change, count: f.n })],
          colour: "current" as const,
        };
      }),
    },
  };
}

export function ProgressFigure({ progress, ctx }: { progress: ProgressSummary; ctx: CohortContext }) {
  const { t, formats } = ctx;
  const signed = (value: number, format: (n: number) => string) => (value > 0 ? `+${format(value)}` : format(value));
  const charts = progress.firms === 0 ? null : progressCharts(progress, ctx);
  return (
    <section aria-labelledby="cohort-progress-heading" className="cohort-figure">
      <h2 id="cohort-progress-heading">{t("cohort.progress.title")}</h2>
      <p>{t("cohort.progress.intro")}</p>
      {progress.firms === 0 || !charts ? (
        <p>{t("cohort.progress.none")}</p>
      ) : (
        <>
          <SmallNCaution n={progress.firms} minimum={smallCohort} t={t} />
          <dl className="summary cohort-summary" data-testid="cohort-progress">
            <dt>{t("cohort.progress.firms")}</dt>
            <dd>{progress.firms}</dd>
            <dt>{t("cohort.progress.meanFirst")}</dt>
            <dd>{formats.index(progress.meanFirstIndex!)}</dd>
            <dt>{t("cohort.progress.meanLatest")}</dt>
            <dd>{formats.index(progress.meanLatestIndex!)}</dd>
            <dt>{t("cohort.progress.meanChange")}</dt>
            <dd>{signed(progress.meanIndexChange!, formats.index)}</dd>
            <dt>{t("cohort.progress.improved")}</dt>
            <dd>{ctx.percent(progress.improvedShare!)}</dd>
          </dl>
          <div className="cohort-chart-box" data-testid="cohort-progress-charts">
            <ProgressSwap {...charts}>
              {[charts.index, charts.change].map((chart) => (
                <div key={chart.title} className="progress-chart">
                  <h3>{chart.title}</h3>
                  <div className="cohort-chart-size cohort-chart-size--wide">
                    <ProgressSvg chart={chart} size="wide" />
                  </div>
                  <div className="cohort-chart-size cohort-chart-size--narrow">
                    <ProgressSvg chart={chart} size="narrow" />
                  </div>
                </div>
              ))}
            </ProgressSwap>
          </div>
          <TableWrap captionId="cohort-progress-table-caption">
            <table className="cohort-table">
              <caption id="cohort-progress-table-caption">{t("cohort.progress.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("cohort.progress.colFactor")}</th>
                  <th scope="col" className="num">{t("cohort.colFirms")}</th>
                  <th scope="col" className="num">{t("cohort.progress.colChange")}</th>
                </tr>
              </thead>
              <tbody>
                {progress.factors
                  .filter((f) => f.n > 0)
                  .map((f) => (
                    <tr key={f.factorId}>
                      <th scope="row">{ctx.factorName(f.factorId)}</th>
                      <td className="num">{f.n}</td>
                      <td className="num">{signed(f.meanChange!, formats.precise)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
    </section>
  );
}
