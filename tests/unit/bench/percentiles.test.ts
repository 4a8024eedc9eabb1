import { describe, expect, it } from "vitest";
import { formatMs, percentile, summarize } from "@/bench/lib/percentiles";

describe("percentile (nearest rank)", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1); // 1..100

  it("returns the observed value at the nearest rank", () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 1)).toBe(1);
  });

  it("rounds the rank up on small samples, so p99 of few samples is the maximum", () => {
    expect(percentile([10, 20, 30], 50)).toBe(20);
    expect(percentile([10, 20, 30, 40], 50)).toBe(20);
    expect(percentile([10, 20, 30, 40], 99)).toBe(40);
    expect(percentile([7], 99)).toBe(7);
  });

  it("rejects an empty list and out-of-range percentiles", () => {
    expect(() => percentile([], 50)).toThrow(/empty/);
    expect(() => percentile([1], 0)).toThrow(/percentile/);
    expect(() => percentile([1], 101)).toThrow(/percentile/);
  });
});

describe("summarize", () => {
  it("sorts unsorted samples and reports count, p50, p99, max and mean", () => {
    const samples = [5, 1, 4, 2, 3];
    expect(summarize(samples)).toEqual({ count: 5, p50: 3, p99: 5, max: 5, mean: 3 });
    expect(samples).toEqual([5, 1, 4, 2, 3]); // input left untouched
  });

  it("sees a single slow outlier at p99 of 100 samples only when it is in the top 1%", () => {
    const samples = [...Array.from({ length: 99 }, () => 1), 150];
    expect(summarize(samples).p99).toBe(1);
    expect(summarize([...samples, 150]).p99).toBe(150);
  });

  it("rejects no samples", () => {
    expect(() => summarize([])).toThrow(/no samples/);
  });
});

describe("formatMs", () => {
  it("keeps one decimal below 100 ms and rounds above", () => {
    expect(formatMs(0.44)).toBe("0.4");
    expect(formatMs(12.25)).toBe("12.3");
    expect(formatMs(130.6)).toBe("131");
  });
});
