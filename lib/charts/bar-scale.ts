// The geometry of the cohort bar charts (index histogram, progress by factor, band shares), as
// plain numbers: the server SVG and the recharts version use the same ticks and the same shares,
// so the swap from one to the other does not move an axis.

/** A round step (1, 2, 5, 10, 20, 50, …) that gives at most about `maxTicks` steps from 0 to `max`. */
export function tickStep(max: number, maxTicks = 5): number {
  const rough = Math.max(1, Math.abs(max) / maxTicks);
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= rough) ?? 10 * power;
}

/** A count axis from 0: the top is the first whole step at or above the largest count (at least one step). */
export function countAxis(max: number, maxTicks = 5): { top: number; ticks: number[] } {
  const step = tickStep(max, maxTicks);
  const top = Math.max(step, Math.ceil(Math.max(0, max) / step) * step);
  return { top, ticks: Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step) };
}

/**
 * A symmetric axis around 0 for changes that may be negative: ±limit in steps of `step`, with the
 * limit the first step at or beyond the largest change (a change of 0 everywhere still gets ±step).
 */
export function changeAxis(values: readonly number[], step: number): { limit: number; ticks: number[] } {
  const largest = Math.max(0, ...values.map((v) => Math.abs(v)));
  const limit = Math.max(step, Math.ceil(largest / step - 1e-9) * step);
  const count = Math.round(limit / step);
  return { limit, ticks: Array.from({ length: 2 * count + 1 }, (_, i) => Math.round((i - count) * step * 1000) / 1000) };
}

export type PlotBox = { width: number; height: number; left: number; right: number; top: number; bottom: number };

export type VerticalBar = { x: number; y: number; width: number; height: number; centre: number };

/** Vertical bars of `counts` side by side in the plot area, from 0 up to `top`, with `gap` between neighbours. */
export function verticalBars(box: PlotBox, counts: readonly number[], top: number, gap = 6): VerticalBar[] {
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const slot = plotWidth / Math.max(1, counts.length);
  const round = (n: number) => Math.round(n * 100) / 100;
  return counts.map((count, i) => {
    const height = top > 0 ? (Math.max(0, count) / top) * plotHeight : 0;
    const x = box.left + i * slot;
    return { x: round(x + gap / 2), y: round(box.top + plotHeight - height), width: round(Math.max(0, slot - gap)), height: round(height), centre: round(x + slot / 2) };
  });
}

/** The y of a count on a vertical axis from 0 (bottom of the plot) to `top` (top of the plot). */
export function countY(box: PlotBox, count: number, top: number): number {
  const plotHeight = box.height - box.top - box.bottom;
  return Math.round((box.top + plotHeight - (top > 0 ? (count / top) * plotHeight : 0)) * 100) / 100;
}

export type Share<K extends string> = { key: K; count: number; share: number; start: number };

/**
 * The segments of a 100 % bar: each count's share of the total (0–1) and where it starts, in
 * order, empty ones left out. Shares add up to 1 for any total above 0.
 */
export function stackedShares<K extends string>(counts: readonly { key: K; count: number }[]): Share<K>[] {
  const total = counts.reduce((sum, c) => sum + Math.max(0, c.count), 0);
  if (total === 0) return [];
  let start = 0;
  return counts.flatMap(({ key, count }) => {
    if (count <= 0) return [];
    const share = count / total;
    const segment = { key, count, share, start };
    start += share;
    return [segment];
  });
}

/**
 * A horizontal bar of `value` on an axis from `min` to `max` spread over `width` pixels from
 * `left`: it starts at 0 (or at `min` when 0 is off the axis) and grows right for a positive
 * value, left for a negative one; a value off the axis stops at its end.
 */
export function horizontalBar(value: number, min: number, max: number, left: number, width: number): { x: number; width: number; zero: number } {
  const round = (n: number) => Math.round(n * 100) / 100;
  const xOf = (v: number) => left + ((Math.min(max, Math.max(min, v)) - min) / (max - min || 1)) * width;
  const zero = xOf(Math.min(max, Math.max(min, 0)));
  const end = xOf(value);
  return { x: round(Math.min(zero, end)), width: round(Math.abs(end - zero)), zero: round(zero) };
}
