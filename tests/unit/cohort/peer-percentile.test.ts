import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countPeers, hasEnoughPeers, minimumPeers, peerPercentile } from "@/lib/cohort/peer-percentile";

describe("peer percentile", () => {
  it("is the share of peers below plus half of those level with the firm", () => {
    expect(peerPercentile(50, [10, 20, 50, 70])).toBe(((2 + 0.5) / 4) * 100);
    expect(countPeers(50, [10, 20, 50, 70])).toEqual({ peers: 4, lower: 2, tied: 1 });
    expect(peerPercentile(50, [50, 50, 50, 50, 50])).toBe(50);
    expect(peerPercentile(99, [1, 2, 3, 4, 5])).toBe(100);
    expect(peerPercentile(0, [1, 2, 3, 4, 5])).toBe(0);
    expect(peerPercentile(50, [])).toBeNull();
  });

  it("stays within 0–100 and never falls when the firm's index rises", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (peers, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const p = peerPercentile(low, peers)!;
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(100);
          expect(peerPercentile(high, peers)!).toBeGreaterThanOrEqual(p);
        },
      ),
    );
  });

  it("is shown from 5 other firms of the sector on, not with 4", () => {
    expect(minimumPeers).toBe(5);
    expect(hasEnoughPeers(4)).toBe(false);
    expect(hasEnoughPeers(5)).toBe(true);
    expect(hasEnoughPeers(0)).toBe(false);
  });
});
