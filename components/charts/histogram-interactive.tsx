"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { chartInk, firmCountColour } from "@/lib/charts/palette";
import { CohortChartTooltip } from "./cohort-chart-tooltip";
import { HistogramAxisTitles, histogramBarGap, histogramFontSize, histogramIndexTicks, histogramSizes, type HistogramDatum, type HistogramProps, type HistogramSize } from "./histogram-frame";

// The recharts version of the index histogram (loaded on first pointer or focus): the same bars,
// axes and titles as the server SVG at the same two sizes, plus a tooltip per bar (range and
// count) by pointer or, once the chart has focus, by the arrow keys.

const tick = { fontSize: histogramFontSize, fill: chartInk.ink };

function HistogramTooltip({ active, payload }: TooltipContentProps) {
  const datum = payload?.[0]?.payload as HistogramDatum | undefined;
  if (!active || !datum) return null;
  return <CohortChartTooltip lines={[datum.range, datum.countText]} />;
}

function Histogram({ size, data, title, top, ticks, axisIndex, axisFirms }: HistogramProps & { size: HistogramSize }) {
  const box = histogramSizes[size];
  const slot = (box.width - box.left - box.right) / Math.max(1, data.length);
  const rows = data.map((d) => ({ ...d, mid: (d.from + d.to) / 2 }));
  return (
    <BarChart
      width={box.width}
      height={box.height}
      data={rows}
      margin={{ top: box.top, right: box.right, bottom: 0, left: 0 }}
      barSize={slot - histogramBarGap}
      title={title}
      data-chart-key={`cohort-histogram-${size}`}
      className={`cohort-chart cohort-chart--${size}`}
      style={{ width: box.width, height: box.height }}
    >
      <CartesianGrid vertical={false} stroke={chartInk.grid} strokeDasharray="" />
      <XAxis
        dataKey="mid"
        type="number"
        domain={[0, 100]}
        ticks={histogramIndexTicks(size)}
        interval={0}
        tick={tick}
        tickLine={false}
        axisLine={{ stroke: chartInk.grid }}
        height={box.bottom}
      />
      <YAxis
        domain={[0, top]}
        ticks={ticks}
        allowDecimals={false}
        tick={{ ...tick, fill: chartInk.muted }}
        tickLine={false}
        axisLine={false}
        width={box.left}
      />
      <Bar dataKey="count" fill={firmCountColour} isAnimationActive={false} label={{ position: "top", fontSize: histogramFontSize, fill: chartInk.ink, formatter: (v: unknown) => (v ? String(v) : "") }} />
      <HistogramAxisTitles size={size} axisIndex={axisIndex} axisFirms={axisFirms} />
      <Tooltip content={HistogramTooltip} cursor={{ fill: chartInk.panel }} isAnimationActive={false} />
    </BarChart>
  );
}

export function HistogramInteractive(props: HistogramProps) {
  return (
    <>
      <div className="cohort-chart-size cohort-chart-size--wide">
        <Histogram size="wide" {...props} />
      </div>
      <div className="cohort-chart-size cohort-chart-size--narrow">
        <Histogram size="narrow" {...props} />
      </div>
    </>
  );
}
