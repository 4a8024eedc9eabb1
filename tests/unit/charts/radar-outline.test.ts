import { describe, expect, it } from "vitest";
import { outlinePath } from "@/components/charts/radar-outline";

const square = [
  { x: 0, y: -1, value: 2 },
  { x: 1, y: 0, value: 3 },
  { x: 0, y: 1, value: 1 },
  { x: -1, y: 0, value: 4 },
];

describe("outlinePath", () => {
  it("closes the loop when every axis has a value", () => {
    expect(outlinePath(square)).toBe("M0,-1L1,0M1,0L0,1M0,1L-1,0M-1,0L0,-1");
  });
  it("leaves a gap around an axis without a value instead of drawing it at the centre", () => {
    const withHole = square.map((p, i) => (i === 2 ? { ...p, value: undefined } : p));
    expect(outlinePath(withHole)).toBe("M0,-1L1,0M-1,0L0,-1");
  });
  it("treats null and NaN as missing", () => {
    expect(outlinePath([{ x: 0, y: 0, value: null }, { x: 1, y: 1, value: Number.NaN }, { x: 2, y: 2, value: 1 }])).toBe("");
  });
  it("draws nothing for fewer than two axes and one segment for two", () => {
    expect(outlinePath([{ x: 0, y: 0, value: 1 }])).toBe("");
    expect(outlinePath([{ x: 0, y: 0, value: 1 }, { x: 3, y: 4, value: 2 }])).toBe("M0,0L3,4");
  });
  it("rounds coordinates to hundredths", () => {
    expect(outlinePath([{ x: 0.123456, y: 1.98765, value: 1 }, { x: 2, y: 2, value: 1 }])).toBe("M0.12,1.99L2,2");
  });
});
