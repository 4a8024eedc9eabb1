// Small pure helpers the end-to-end benchmarks share: medians of repeated runs, budget and target
// verdicts, and ratios against a baseline measured in the same run.

/** Median of the values (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of an empty list");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** "ok" when `value` meets the target in the given direction, else "MISS"; the target shown with it. */
export function verdict(value: number, target: { atMost?: number; atLeast?: number }): "ok" | "MISS" {
  if (!Number.isFinite(value)) return "MISS";
  if (target.atMost !== undefined && value > target.atMost) return "MISS";
  if (target.atLeast !== undefined && value < target.atLeast) return "MISS";
  return "ok";
}

/** `value / baseline` as "0.42×"; "n/a" when the baseline is not a positive number. */
export function ratio(value: number, baseline: number, digits = 2): string {
  return baseline > 0 && Number.isFinite(value) ? `${(value / baseline).toFixed(digits)}×` : "n/a";
}
