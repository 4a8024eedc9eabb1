import { describe, expect, it } from "vitest";
import { median, ratio, verdict } from "@/bench/lib/figures";

describe("median", () => {
  it("takes the middle of an odd count, whatever the order", () => {
    expect(median([97, 91, 99])).toBe(97);
  });
  it("averages the middle two of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it("refuses an empty list rather than inventing a figure", () => {
    expect(() => median([])).toThrow();
  });
});

describe("verdict", () => {
  it("passes a budget met exactly and fails one exceeded", () => {
    expect(verdict(35, { atMost: 35 })).toBe("ok");
    expect(verdict(35.1, { atMost: 35 })).toBe("MISS");
  });
  it("checks floors and both bounds together", () => {
    expect(verdict(600, { atLeast: 600 })).toBe("ok");
    expect(verdict(599, { atLeast: 600 })).toBe("MISS");
    expect(verdict(95, { atLeast: 95, atMost: 100 })).toBe("ok");
  });
  it("never passes a figure that was not measured", () => {
    expect(verdict(Number.NaN, { atMost: 50 })).toBe("MISS");
  });
});

describe("ratio", () => {
  it("divides by the baseline measured in the same run", () => {
    expect(ratio(300, 1200)).toBe("0.25×");
    expect(ratio(9, 3, 1)).toBe("3.0×");
  });
  it("has no ratio against a missing baseline", () => {
    expect(ratio(5, 0)).toBe("n/a");
  });
});
