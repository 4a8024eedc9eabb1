import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mean, quantile, spreadOf } from "@/lib/cohort/statistics";

const scores = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 60 });

describe("mean", () => {
  it("is the sum over the count, and null for nothing", () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(mean([])).toBeNull();
  });
});

describe("quantile (type 7, as percentile_cont)", () => {
  it("interpolates linearly between the nearest ranks", () => {
    // R: quantile(c(1, 2, 3, 4), c(.25, .5, .75)) gives 1.75 2.5 3.25
    expect(quantile([4, 1, 3, 2], 0.25)).toBe(1.75);
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([4, 1, 3, 2], 0.75)).toBe(3.25);
    // R: quantile(c(10, 20, 40), .25) gives 15
    expect(quantile([40, 10, 20], 0.25)).toBe(15);
    expect(quantile([7], 0.75)).toBe(7);
    expect(quantile([], 0.5)).toBeNull();
  });

  it("refuses a p outside [0, 1]", () => {
    expect(() => quantile([1, 2], 1.5)).toThrow(RangeError);
    expect(() => quantile([1, 2], Number.NaN)).toThrow(RangeError);
  });

  it("runs from the minimum at p = 0 to the maximum at p = 1, never falling, whatever the order of the values", () => {
    fc.assert(
      fc.property(scores, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (values, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(quantile(values, 0)).toBe(Math.min(...values));
        expect(quantile(values, 1)).toBe(Math.max(...values));
        expect(quantile(values, low)!).toBeLessThanOrEqual(quantile(values, high)!);
        expect(quantile([...values].reverse(), low)).toBe(quantile(values, low));
      }),
    );
  });
});

describe("spreadOf", () => {
  it("gives n, mean and the three quartiles, or null without values", () => {
    expect(spreadOf([1, 2, 3, 4])).toEqual({ n: 4, mean: 2.5, p25: 1.75, median: 2.5, p75: 3.25 });
    expect(spreadOf([])).toBeNull();
  });

  it("keeps the quartiles in order and the mean within the range", () => {
    fc.assert(
      fc.property(scores, (values) => {
        const s = spreadOf(values)!;
        expect(s.p25).toBeLessThanOrEqual(s.median);
        expect(s.median).toBeLessThanOrEqual(s.p75);
        expect(s.mean).toBeGreaterThanOrEqual(Math.min(...values) - 1e-9);
        expect(s.mean).toBeLessThanOrEqual(Math.max(...values) + 1e-9);
      }),
    );
  });
});
