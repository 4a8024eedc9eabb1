// The SME's peer benchmark: where the firm's readiness index stands among the other firms of its
// sector in its programme (their latest submitted assessments). Mid-rank percentile: the share of
// peers with a lower index plus half of those with exactly the same index, so a firm tied with
// everyone sits at 50 %, not at 0 % or 100 %. The firm itself is not one of its peers.

/**
 * Fewest peers (other firms of the sector, the firm itself not counted) for which the percentile
 * is shown: with fewer, a percentile would all but name the scores of individual competitors.
 */
export const minimumPeers = 5;

export function hasEnoughPeers(peers: number): boolean {
  return peers >= minimumPeers;
}

export type PeerCounts = { peers: number; lower: number; tied: number };

/** The percentile (0–100) from counts of peers below and level with the firm; null without peers. */
export function percentileFromCounts({ peers, lower, tied }: PeerCounts): number | null {
  if (peers === 0) return null;
  return ((lower + tied / 2) / peers) * 100;
}

export function countPeers(index: number, peerIndexes: readonly number[]): PeerCounts {
  return {
    peers: peerIndexes.length,
    lower: peerIndexes.filter((peer) => peer < index).length,
    tied: peerIndexes.filter((peer) => peer === index).length,
  };
}

export function peerPercentile(index: number, peerIndexes: readonly number[]): number | null {
  return percentileFromCounts(countPeers(index, peerIndexes));
}
