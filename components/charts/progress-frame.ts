import type { SeriesId } from "@/lib/charts/palette";

// The progress charts' two sizes (mean index first vs latest; mean change per factor), shared by
// the server SVG and the recharts version. Real pixels, so their 12 px text stays 12 px: the wide
// one where the figure has 35rem, the narrow one (fits a 375 px phone) below it.

export const progressSizes = {
  wide: { width: 560, name: 128, value: 64 },
  narrow: { width: 320, name: 96, value: 56 },
} as const;

export type ProgressSize = keyof typeof progressSizes;

export const progressRow = { pitch: 32, bar: 20, axis: 24, fontSize: 12 } as const;

/** A chart's height: one row per bar and the axis numbers below. */
export const progressHeight = (rows: number) => rows * progressRow.pitch + progressRow.axis;

/** One bar: its name, value, the value as printed beside it and its tooltip, worded on the server. */
export type ProgressBarDatum = { key: string; name: string; value: number; valueText: string; tooltip: string[]; colour: SeriesId };

export type ProgressChart = { key: "index" | "change"; title: string; ariaLabel: string; bars: ProgressBarDatum[]; min: number; max: number; ticks: number[] };

export type ProgressProps = { index: ProgressChart; change: ProgressChart };

/** The key both drawings give a chart, so keyboard focus survives the swap. */
export const progressChartKey = (chart: ProgressChart, size: ProgressSize) => `cohort-progress-${chart.key}-${size}`;
