import { HistogramAxisTitles, histogramBarGap, histogramFontSize, histogramIndexTicks, histogramSizes, type HistogramDatum, type HistogramProps, type HistogramSize } from "@/components/charts/histogram-frame";
import { HistogramSwap } from "@/components/charts/histogram-swap";
import { countAxis, countY, verticalBars } from "@/lib/charts/bar-scale";
import { chartInk, firmCountColour } from "@/lib/charts/palette";
import type { HistogramBin } from "@/lib/cohort/index-histogram";
import type { CohortContext } from "./cohort-context";
import { FigureTable } from "./figure-table";

// The readiness-index histogram (ten bins of 10 points), drawn here as SVG in two sizes (the page
// shows the one that fits, in real pixels); it becomes its recharts version (tooltips) on the
// first pointer or focus. Its colour is its own, not one of the radar's series.

export function binLabel(bin: HistogramBin, last: boolean, ctx: CohortContext): string {
  return ctx.t(last ? "cohort.histogram.rangeLast" : "cohort.histogram.range", { from: bin.from, to: bin.to });
}

function HistogramSvg({ size, data, title, top, ticks, axisIndex, axisFirms }: HistogramProps & { size: HistogramSize }) {
  const box = histogramSizes[size];
  const bars = verticalBars(box, data.map((d) => d.count), top, histogramBarGap);
  const plotWidth = box.width - box.left - box.right;
  const bottom = box.height - box.bottom;
  const xOf = (index: number) => box.left + (index / 100) * plotWidth;
  return (
    <svg viewBox={`0 0 ${box.width} ${box.height}`} width={box.width} height={box.height} className={`cohort-chart cohort-chart--${size}`} role="img" aria-label={title} tabIndex={0} data-chart-key={`cohort-histogram-${size}`}>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={box.left} x2={box.width - box.right} y1={countY(box, tick, top)} y2={countY(box, tick, top)} stroke={chartInk.grid} strokeWidth={1} />
          <text x={box.left - 8} y={countY(box, tick, top) + 4} textAnchor="end" fontSize={histogramFontSize} fill={chartInk.muted}>
            {tick}
          </text>
        </g>
      ))}
      {bars.map((bar, i) =>
        data[i]!.count > 0 ? (
          <g key={data[i]!.from}>
            <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={firmCountColour} />
            <text x={bar.centre} y={bar.y - 5} textAnchor="middle" fontSize={histogramFontSize} fill={chartInk.ink}>
              {data[i]!.count}
            </text>
          </g>
        ) : null,
      )}
      {histogramIndexTicks(size).map((index) => (
        <text key={index} x={xOf(index)} y={bottom + 18} textAnchor="middle" fontSize={histogramFontSize} fill={chartInk.ink}>
          {index}
        </text>
      ))}
      <HistogramAxisTitles size={size} axisIndex={axisIndex} axisFirms={axisFirms} />
    </svg>
  );
}

export function IndexHistogramFigure({ bins, ctx }: { bins: readonly HistogramBin[]; ctx: CohortContext }) {
  const { t } = ctx;
  const { top, ticks } = countAxis(Math.max(...bins.map((b) => b.count)));
  const data: HistogramDatum[] = bins.map((bin, i) => ({
    from: bin.from,
    to: bin.to,
    count: bin.count,
    range: `${t("cohort.histogram.axisIndex")} ${binLabel(bin, i === bins.length - 1, ctx)}`,
    countText: t("cohort.histogram.tooltip", { count: bin.count }),
  }));
  const props: HistogramProps = { data, title: t("cohort.histogram.chartLabel"), top, ticks, axisIndex: t("cohort.histogram.axisIndex"), axisFirms: t("cohort.histogram.axisFirms") };
  return (
    <section aria-labelledby="cohort-histogram-heading" className="cohort-figure">
      <h2 id="cohort-histogram-heading">{t("cohort.histogram.title")}</h2>
      <p>{t("cohort.histogram.intro")}</p>
      <div className="cohort-chart-box" data-testid="cohort-histogram">
        <HistogramSwap {...props}>
          <div className="cohort-chart-size cohort-chart-size--wide">
            <HistogramSvg size="wide" {...props} />
          </div>
          <div className="cohort-chart-size cohort-chart-size--narrow">
            <HistogramSvg size="narrow" {...props} />
          </div>
        </HistogramSwap>
      </div>
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
