import { describe, expect, it } from "vitest";
import { changeAxis, countAxis, countY, horizontalBar, stackedShares, tickStep, verticalBars } from "@/lib/charts/bar-scale";

describe("tickStep", () => {
  it("takes round steps of 1, 2 or 5 times a power of ten", () => {
    expect(tickStep(3)).toBe(1);
    expect(tickStep(8)).toBe(2);
    expect(tickStep(23)).toBe(5);
    expect(tickStep(47)).toBe(10);
    expect(tickStep(180)).toBe(50);
  });

  it("is 1 for an empty chart", () => {
    expect(tickStep(0)).toBe(1);
  });
});

describe("countAxis", () => {
  it("ends on the first whole step at or above the largest count", () => {
    expect(countAxis(7)).toEqual({ top: 8, ticks: [0, 2, 4, 6, 8] });
    expect(countAxis(10)).toEqual({ top: 10, ticks: [0, 2, 4, 6, 8, 10] });
  });

  it("keeps one step when nothing is counted", () => {
    expect(countAxis(0)).toEqual({ top: 1, ticks: [0, 1] });
  });
});

describe("changeAxis", () => {
  it("is symmetric around 0 and reaches past the largest change either way", () => {
    expect(changeAxis([0.3, -0.7, 0.1], 0.5)).toEqual({ limit: 1, ticks: [-1, -0.5, 0, 0.5, 1] });
  });

  it("keeps one step either side when nothing changed", () => {
    expect(changeAxis([0, 0], 0.5)).toEqual({ limit: 0.5, ticks: [-0.5, 0, 0.5] });
  });

  it("does not add a step for a change exactly on one", () => {
    expect(changeAxis([1], 0.5).limit).toBe(1);
  });
});

describe("verticalBars", () => {
  const box = { width: 120, height: 110, left: 10, right: 10, top: 5, bottom: 5 };

  it("places equal slots side by side with the gap split between neighbours", () => {
    const bars = verticalBars(box, [1, 2], 2, 10);
    expect(bars.map((b) => b.x)).toEqual([15, 65]);
    expect(bars.map((b) => b.width)).toEqual([40, 40]);
    expect(bars.map((b) => b.centre)).toEqual([35, 85]);
  });

  it("grows bars up from the bottom of the plot in proportion to the count", () => {
    const [half, full, none] = verticalBars(box, [1, 2, 0], 2);
    expect(half).toMatchObject({ y: 55, height: 50 });
    expect(full).toMatchObject({ y: 5, height: 100 });
    expect(none).toMatchObject({ y: 105, height: 0 });
  });

  it("puts a count on the same y as its bar top", () => {
    expect(countY(box, 1, 2)).toBe(55);
    expect(countY(box, 0, 2)).toBe(105);
  });
});

describe("stackedShares", () => {
  it("gives each non-empty count its share and where its segment starts", () => {
    const shares = stackedShares([
      { key: "a", count: 1 },
      { key: "b", count: 0 },
      { key: "c", count: 3 },
    ]);
    expect(shares).toEqual([
      { key: "a", count: 1, share: 0.25, start: 0 },
      { key: "c", count: 3, share: 0.75, start: 0.25 },
    ]);
  });

  it("has no segments for a total of 0", () => {
    expect(stackedShares([{ key: "a", count: 0 }])).toEqual([]);
  });
});

describe("horizontalBar", () => {
  it("grows right from the left end on an axis from 0", () => {
    expect(horizontalBar(25, 0, 100, 10, 200)).toEqual({ x: 10, width: 50, zero: 10 });
  });

  it("grows either way from the middle of a symmetric axis", () => {
    expect(horizontalBar(0.5, -1, 1, 0, 200)).toEqual({ x: 100, width: 50, zero: 100 });
    expect(horizontalBar(-0.5, -1, 1, 0, 200)).toEqual({ x: 50, width: 50, zero: 100 });
  });

  it("stops a value beyond the axis at its end", () => {
    expect(horizontalBar(3, -1, 1, 0, 200)).toEqual({ x: 100, width: 100, zero: 100 });
  });
});
