import type { PlotBox } from "@/lib/charts/bar-scale";
import { chartInk } from "@/lib/charts/palette";

// The index histogram's two sizes, shared by its server SVG and its recharts version. Each is
// drawn in real pixels (its text stays 12 px): the wide one where the figure has 35rem, the
// narrow one (fits a 375 px phone) below that, chosen by a CSS container query.

export const histogramSizes = {
  wide: { width: 560, height: 280, left: 56, right: 16, top: 24, bottom: 52 },
  narrow: { width: 320, height: 260, left: 52, right: 10, top: 24, bottom: 52 },
} as const satisfies Record<string, PlotBox>;

export type HistogramSize = keyof typeof histogramSizes;

/** Every 10 points on the wide chart; every 20 on the narrow one, where 11 numbers would touch. */
export const histogramIndexTicks = (size: HistogramSize) => Array.from({ length: size === "wide" ? 11 : 6 }, (_, i) => i * (size === "wide" ? 10 : 20));

export const histogramBarGap = 6;
export const histogramFontSize = 12;

/** One bin as the charts need it: plain data with its tooltip worded on the server. */
export type HistogramDatum = { from: number; to: number; count: number; range: string; countText: string };

/** The axis titles, drawn as plain SVG text in both drawings (recharts' axis labels sit elsewhere). */
export function HistogramAxisTitles({ size, axisIndex, axisFirms }: { size: HistogramSize; axisIndex: string; axisFirms: string }) {
  const box = histogramSizes[size];
  const plotWidth = box.width - box.left - box.right;
  const bottom = box.height - box.bottom;
  return (
    <g>
      <text x={box.left + plotWidth / 2} y={box.height - 6} textAnchor="middle" fontSize={histogramFontSize} fill={chartInk.ink}>
        {axisIndex}
      </text>
      <text transform={`translate(16 ${box.top + (bottom - box.top) / 2}) rotate(-90)`} textAnchor="middle" fontSize={histogramFontSize} fill={chartInk.ink}>
        {axisFirms}
      </text>
    </g>
  );
}

export type HistogramProps = {
  data: HistogramDatum[];
  /** The chart's accessible name. */
  title: string;
  /** The top of the count axis and its ticks (lib/charts/bar-scale countAxis). */
  top: number;
  ticks: number[];
  axisIndex: string;
  axisFirms: string;
};
