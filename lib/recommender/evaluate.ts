// Ranking metrics for the recommender's evaluation set (tests/unit/recommender/evaluation-set.ts,
// printed by bench/recommender.ts). `ranked` is a list of item ids, best first; `expected` the
// items an expert would expect for the firm, in any order.

/** Share of the top k that an expert expects (standard precision@k: divided by k, even when fewer items are expected). */
export function measurePrecisionAt(k: number, ranked: readonly string[], expected: readonly string[]): number {
  const top = ranked.slice(0, k);
  return top.filter((id) => expected.includes(id)).length / k;
}

/** Share of the expected items found in the top k. */
export function measureRecallAt(k: number, ranked: readonly string[], expected: readonly string[]): number {
  if (expected.length === 0) return 0;
  const top = ranked.slice(0, k);
  return expected.filter((id) => top.includes(id)).length / expected.length;
}

/** 1 / position of the first expected item (0 when none is listed). */
export function measureReciprocalRank(ranked: readonly string[], expected: readonly string[]): number {
  const index = ranked.findIndex((id) => expected.includes(id));
  return index === -1 ? 0 : 1 / (index + 1);
}

/** Whether at least one expected item is in the top k. */
export function hasHitAt(k: number, ranked: readonly string[], expected: readonly string[]): boolean {
  return ranked.slice(0, k).some((id) => expected.includes(id));
}

export function averageOf(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * Size fit: the share of the top k items tagged for the firm's size band, i.e. the cases of firms
 * its size or whose lessons the curator marked for it. `rankedSizes` holds each ranked item's size
 * tags, best first. 0 when nothing is listed (an empty list fits no one).
 */
export function measureSizeFitAt(k: number, rankedSizes: ReadonlyArray<readonly string[]>, firmBand: string): number {
  const top = rankedSizes.slice(0, k);
  return top.length === 0 ? 0 : top.filter((sizes) => sizes.includes(firmBand)).length / top.length;
}
