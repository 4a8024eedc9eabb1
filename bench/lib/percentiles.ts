// Latency statistics for the benchmarks: nearest-rank percentiles (no interpolation), so every
// reported figure is a latency that was actually observed.

export type LatencySummary = { count: number; p50: number; p99: number; max: number; mean: number };

/** Nearest-rank percentile of an ascending list: the smallest value with at least p% of the values at or below it. */
export function percentile(sortedAscending: readonly number[], p: number): number {
  if (sortedAscending.length === 0) throw new Error("percentile of an empty list");
  if (!(p > 0 && p <= 100)) throw new Error(`percentile must be in (0, 100], got ${p}`);
  const rank = Math.ceil((p / 100) * sortedAscending.length);
  return sortedAscending[Math.min(rank, sortedAscending.length) - 1]!;
}

export function summarize(samples: readonly number[]): LatencySummary {
  if (samples.length === 0) throw new Error("no samples to summarize");
  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1]!,
    mean: total / sorted.length,
  };
}

/** Milliseconds for a table: one decimal below 100 ms, whole numbers above. */
export function formatMs(ms: number): string {
  return ms < 100 ? ms.toFixed(1) : Math.round(ms).toString();
}
