"use client";

import { Bar, BarChart, Cell, LabelList, ReferenceLine, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { chartInk, seriesColours } from "@/lib/charts/palette";
import { CohortChartTooltip } from "./cohort-chart-tooltip";
import { progressChartKey, progressHeight, progressRow, progressSizes, type ProgressBarDatum, type ProgressChart, type ProgressProps, type ProgressSize } from "./progress-frame";

// The recharts version of the progress charts (loaded on first pointer or focus): the same bars
// at the same sizes as the server SVG, plus a tooltip per bar by pointer or arrow keys.

function ProgressTooltip({ active, payload }: TooltipContentProps) {
  const datum = payload?.[0]?.payload as ProgressBarDatum | undefined;
  if (!active || !datum) return null;
  return <CohortChartTooltip lines={datum.tooltip} />;
}

function ValueLabel(props: { y?: number | string; height?: number | string; index?: number; bars: ProgressBarDatum[]; x: number }) {
  const y = Number(props.y ?? 0) + Number(props.height ?? 0) / 2;
  const datum = props.bars[props.index ?? 0];
  return (
    <text x={props.x} y={y} dy="0.35em" fontSize={progressRow.fontSize} fill={chartInk.ink}>
      {datum?.valueText}
    </text>
  );
}

function Chart({ chart, size }: { chart: ProgressChart; size: ProgressSize }) {
  const box = progressSizes[size];
  return (
    <BarChart
      layout="vertical"
      width={box.width}
      height={progressHeight(chart.bars.length)}
      data={chart.bars}
      margin={{ top: 0, right: box.value, bottom: 0, left: 0 }}
      barSize={progressRow.bar}
      title={chart.ariaLabel}
      data-chart-key={progressChartKey(chart, size)}
      className={`cohort-chart cohort-chart--${size}`}
      style={{ width: box.width, height: progressHeight(chart.bars.length) }}
    >
      <XAxis type="number" domain={[chart.min, chart.max]} ticks={chart.ticks} interval={0} height={progressRow.axis} tick={{ fontSize: progressRow.fontSize, fill: chartInk.muted }} tickLine={false} axisLine={{ stroke: chartInk.grid }} />
      <YAxis type="category" dataKey="name" width={box.name} tick={{ fontSize: progressRow.fontSize, fill: chartInk.ink }} tickLine={false} axisLine={false} />
      {chart.min < 0 ? <ReferenceLine x={0} stroke={chartInk.ink} /> : null}
      <Bar dataKey="value" isAnimationActive={false}>
        {chart.bars.map((bar) => (
          <Cell key={bar.key} fill={seriesColours[bar.colour]} />
        ))}
        <LabelList dataKey="value" content={(props) => <ValueLabel {...(props as object)} bars={chart.bars} x={box.width - box.value + 6} />} />
      </Bar>
      <Tooltip content={ProgressTooltip} cursor={{ fill: chartInk.panel }} isAnimationActive={false} />
    </BarChart>
  );
}

export function ProgressInteractive({ index, change }: ProgressProps) {
  return (
    <>
      {[index, change].map((chart) => (
        <div key={chart.title} className="progress-chart">
          <h3>{chart.title}</h3>
          <div className="cohort-chart-size cohort-chart-size--wide">
            <Chart chart={chart} size="wide" />
          </div>
          <div className="cohort-chart-size cohort-chart-size--narrow">
            <Chart chart={chart} size="narrow" />
          </div>
        </div>
      ))}
    </>
  );
}
