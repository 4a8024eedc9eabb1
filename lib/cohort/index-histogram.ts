// The readiness-index histogram: ten bins of 10 points, [0, 10), [10, 20), … [90, 100], the last
// one closed so an index of 100 is counted. SQL uses the same rule: least(floor(index / 10), 9).

export const histogramBinCount = 10;
const binWidth = 100 / histogramBinCount;

export type HistogramBin = {
  /** Lowest index in the bin, inclusive. */
  from: number;
  /** Highest index in the bin: exclusive, except for the last bin, which includes 100. */
  to: number;
  count: number;
};

/** The bin (0–9) an index falls in. */
export function histogramBinOf(index: number): number {
  return Math.min(Math.floor(index / binWidth), histogramBinCount - 1);
}

/** All ten bins, empty ones included, from counts per bin number. */
export function histogramFromCounts(counts: ReadonlyMap<number, number>): HistogramBin[] {
  return Array.from({ length: histogramBinCount }, (_, bin) => ({ from: bin * binWidth, to: (bin + 1) * binWidth, count: counts.get(bin) ?? 0 }));
}

export function indexHistogram(indexes: readonly number[]): HistogramBin[] {
  const counts = new Map<number, number>();
  for (const index of indexes) {
    const bin = histogramBinOf(index);
    counts.set(bin, (counts.get(bin) ?? 0) + 1);
  }
  return histogramFromCounts(counts);
}
