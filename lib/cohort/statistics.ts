// The summary statistics of the cohort figures. The same definitions run in SQL
// (lib/db/queries/cohort-analytics.ts): avg() and percentile_cont(), which interpolates linearly
// between the two nearest ranks (Hyndman and Fan's type 7, also R's and NumPy's default), so the
// integration tests can compare the database's figures with these to 1e-9.

/** The arithmetic mean, or null for no values. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** The p-quantile (0 ≤ p ≤ 1) of values that are already sorted ascending; type 7, as percentile_cont. */
export function quantileOfSorted(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile p must be within [0, 1], got ${p}`);
  const position = p * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below]!;
  const high = sorted[above]!;
  return low + (position - below) * (high - low);
}

/** The p-quantile of values in any order; type 7, as percentile_cont. */
export function quantile(values: readonly number[], p: number): number | null {
  return quantileOfSorted([...values].sort((a, b) => a - b), p);
}

/** Count, mean and quartiles of a set of scores: one spoke of the cohort radar, or the index overall. */
export type Spread = { n: number; mean: number; p25: number; median: number; p75: number };

export function spreadOf(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    mean: mean(values)!,
    p25: quantileOfSorted(sorted, 0.25)!,
    median: quantileOfSorted(sorted, 0.5)!,
    p75: quantileOfSorted(sorted, 0.75)!,
  };
}
