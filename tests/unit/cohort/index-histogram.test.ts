import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { histogramBinOf, indexHistogram } from "@/lib/cohort/index-histogram";

describe("readiness-index histogram", () => {
  it("has ten bins of 10 points, each closed below and open above, except the last which holds 100", () => {
    expect([0, 9.9, 10, 19.99, 50, 89.9, 90, 99.9, 100].map(histogramBinOf)).toEqual([0, 0, 1, 1, 5, 8, 9, 9, 9]);
    const bins = indexHistogram([]);
    expect(bins.map((b) => [b.from, b.to])).toEqual([
      [0, 10], [10, 20], [20, 30], [30, 40], [40, 50], [50, 60], [60, 70], [70, 80], [80, 90], [90, 100],
    ]);
    expect(bins.every((b) => b.count === 0)).toBe(true);
  });

  it("counts every firm exactly once, in the bin whose range holds its index", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 80 }), (indexes) => {
        const bins = indexHistogram(indexes);
        expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(indexes.length);
        bins.forEach((bin, i) => {
          const inside = indexes.filter((x) => x >= bin.from && (x < bin.to || (i === bins.length - 1 && x === 100)));
          expect(bin.count).toBe(inside.length);
        });
      }),
    );
  });
});
