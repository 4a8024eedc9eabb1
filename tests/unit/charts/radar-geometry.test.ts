import { describe, expect, it } from "vitest";
import {
  bandPath,
  partialBandPath,
  computeRadarGeometry,
  gridRings,
  labelFirstBaseline,
  labelPlacement,
  levelPoints,
  outlinePath,
  polygonPath,
  radarPoint,
  spokeAngle,
  toSvgPoints,
} from "@/lib/charts/radar-geometry";

const frame = { centre: { x: 100, y: 100 }, radius: 50, maxLevel: 5 };
const size = { width: 200, height: 200, radius: 50, labelGap: 10 };
const axes = (values: [number, number][]) => values.map(([current, target], i) => ({ dimensionId: `d${i}`, label: `Dimension ${i}`, current, target }));

describe("radarPoint", () => {
  it("puts level 0 at the centre and maxLevel on the rim, the first spoke pointing up and the rest clockwise", () => {
    expect(radarPoint(frame, 0, 4, 0)).toEqual({ x: 100, y: 100 });
    expect(radarPoint(frame, 0, 4, 5)).toEqual({ x: 100, y: 50 });
    expect(radarPoint(frame, 1, 4, 5)).toEqual({ x: 150, y: 100 });
    expect(radarPoint(frame, 2, 4, 2.5)).toEqual({ x: 100, y: 125 });
  });

  it("keeps out-of-range levels on the chart and draws a level that is not a number at the centre", () => {
    expect(radarPoint(frame, 0, 4, 7)).toEqual({ x: 100, y: 50 });
    expect(radarPoint(frame, 1, 4, -1)).toEqual({ x: 100, y: 100 });
    expect(radarPoint(frame, 1, 4, Number.NaN)).toEqual({ x: 100, y: 100 });
    expect(radarPoint(frame, 1, 4, Number.POSITIVE_INFINITY)).toEqual({ x: 100, y: 100 });
  });

  it("scales with maxLevel and rounds to hundredths", () => {
    expect(radarPoint({ ...frame, maxLevel: 10 }, 1, 4, 5)).toEqual({ x: 125, y: 100 });
    expect(radarPoint(frame, 1, 3, 5)).toEqual({ x: 143.3, y: 125 });
  });

  it("puts a fractional spoke between two spokes, and survives a chart without spokes", () => {
    expect(spokeAngle(0.5, 4)).toBeCloseTo(-Math.PI / 4);
    expect(spokeAngle(0, 0)).toBe(-Math.PI / 2);
  });
});

describe("rings and paths", () => {
  it("draws one ring per whole level", () => {
    const rings = gridRings(frame, 4);
    expect(rings).toHaveLength(5);
    expect(rings[0]).toEqual(levelPoints(frame, [1, 1, 1, 1]));
    expect(rings[4]).toEqual([
      { x: 100, y: 50 },
      { x: 150, y: 100 },
      { x: 100, y: 150 },
      { x: 50, y: 100 },
    ]);
  });

  it("draws closed polygons, and the band as outer ring plus inner ring", () => {
    expect(polygonPath(levelPoints(frame, [5, 5, 5, 5]))).toBe("M100,50L150,100L100,150L50,100Z");
    expect(bandPath(levelPoints(frame, [0, 0, 0, 0]), levelPoints(frame, [5, 5, 5, 5]))).toBe("M100,50L150,100L100,150L50,100ZM100,100L100,100L100,100L100,100Z");
    expect(polygonPath([])).toBe("");
  });

  it("writes the points attribute of a polygon", () => {
    expect(toSvgPoints([{ x: 1, y: 2 }, { x: 3.5, y: 4 }])).toBe("1,2 3.5,4");
  });
});

describe("outlinePath", () => {
  const square = [
    { x: 0, y: -1, value: 2 },
    { x: 1, y: 0, value: 3 },
    { x: 0, y: 1, value: 1 },
    { x: -1, y: 0, value: 4 },
  ];

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

describe("labelPlacement", () => {
  it("puts the label just outside the rim and anchors it away from the chart", () => {
    expect(labelPlacement(frame, 0, 4, 10)).toEqual({ labelAt: { x: 100, y: 40 }, textAnchor: "middle", verticalAnchor: "bottom" });
    expect(labelPlacement(frame, 1, 4, 10)).toMatchObject({ labelAt: { x: 160 }, textAnchor: "start", verticalAnchor: "middle" });
    expect(labelPlacement(frame, 2, 4, 10)).toMatchObject({ labelAt: { y: 160 }, textAnchor: "middle", verticalAnchor: "top" });
    expect(labelPlacement(frame, 3, 4, 10)).toMatchObject({ labelAt: { x: 40 }, textAnchor: "end", verticalAnchor: "middle" });
  });

  // Spoke 1 of 32 is 11.25° off vertical: |cos| ≈ 0.195, |sin| ≈ 0.98.
  it("centres a label horizontally only below the horizontal threshold (0.17 by default)", () => {
    expect(labelPlacement(frame, 1, 32, 10).textAnchor).toBe("start");
    expect(labelPlacement(frame, 1, 32, 10, { horizontal: 0.2 }).textAnchor).toBe("middle");
    expect(labelPlacement(frame, 31, 32, 10, { horizontal: 0.2 }).textAnchor).toBe("middle");
  });

  // Spoke 3 of 8 points down and to the right, 45° below horizontal: |sin| ≈ 0.71.
  it("centres a label vertically only below the vertical threshold (0.17 by default)", () => {
    expect(labelPlacement(frame, 3, 8, 10).verticalAnchor).toBe("top");
    expect(labelPlacement(frame, 3, 8, 10, { vertical: 0.75 })).toMatchObject({ textAnchor: "start", verticalAnchor: "middle" });
    expect(labelPlacement(frame, 7, 8, 10, { vertical: 0.75 }).verticalAnchor).toBe("middle");
    expect(labelPlacement(frame, 0, 8, 10, { vertical: 0.75 }).verticalAnchor).toBe("bottom");
  });
});

describe("labelFirstBaseline", () => {
  const type = { fontSize: 10, lineHeight: 12 };
  const at = (verticalAnchor: "top" | "middle" | "bottom") => ({ labelAt: { x: 0, y: 100 }, verticalAnchor });

  it("ends a label anchored at the bottom on its anchor, 2 units above it unless told otherwise", () => {
    expect(labelFirstBaseline(at("bottom"), 1, type)).toBe(98);
    expect(labelFirstBaseline(at("bottom"), 3, type)).toBe(100 - 24 - 2);
    expect(labelFirstBaseline(at("bottom"), 3, { ...type, bottomGap: 0 })).toBe(100 - 24);
  });

  it("centres a label anchored in the middle on its anchor", () => {
    expect(labelFirstBaseline(at("middle"), 1, type)).toBeCloseTo(103.5);
    expect(labelFirstBaseline(at("middle"), 3, type)).toBeCloseTo(100 - 12 + 3.5);
  });

  it("hangs a label anchored at the top below its anchor, whatever its length", () => {
    expect(labelFirstBaseline(at("top"), 1, type)).toBe(108);
    expect(labelFirstBaseline(at("top"), 3, type)).toBe(108);
  });
});

describe("computeRadarGeometry", () => {
  it("puts the first spoke straight up and the others clockwise, level 5 at the radius", () => {
    const g = computeRadarGeometry(axes([[5, 5], [5, 5], [5, 5], [5, 5]]), size);
    expect(g.centre).toEqual({ x: 100, y: 100 });
    expect(g.axes.map((a) => a.end)).toEqual([
      { x: 100, y: 50 },
      { x: 150, y: 100 },
      { x: 100, y: 150 },
      { x: 50, y: 100 },
    ]);
    expect(g.current).toEqual(g.axes.map((a) => a.end));
  });

  it("scales levels linearly from the centre and clamps values outside 0–5", () => {
    const g = computeRadarGeometry(axes([[2.5, 4], [0, 7], [-1, Number.NaN], [1, 1]]), size);
    expect(g.current[0]).toEqual({ x: 100, y: 75 });
    expect(g.target[0]).toEqual({ x: 100, y: 60 });
    expect(g.current[1]).toEqual({ x: 100, y: 100 });
    expect(g.target[1]).toEqual({ x: 150, y: 100 });
    expect(g.current[2]).toEqual({ x: 100, y: 100 });
    expect(g.target[2]).toEqual({ x: 100, y: 100 });
  });

  it("places the programme average where it is known and leaves a gap (no value) where it is not", () => {
    const data = axes([[1, 1], [1, 1], [1, 1], [1, 1]]).map((d, i) => (i === 2 ? d : { ...d, average: 2 + i }));
    const g = computeRadarGeometry(data, size);
    expect(g.average[0]).toEqual({ x: 100, y: 80, value: 2 });
    expect(g.average[1]).toEqual({ x: 130, y: 100, value: 3 });
    expect(g.average[2]).not.toHaveProperty("value");
    expect(g.average[3]).toEqual({ x: 50, y: 100, value: 5 });
  });

  it("draws one grid ring per whole level", () => {
    const g = computeRadarGeometry(axes([[1, 2], [1, 2], [1, 2]]), size);
    expect(g.rings).toHaveLength(5);
    expect(g.rings[4]).toEqual(g.axes.map((a) => a.end));
  });

  it("anchors labels away from the chart: centred at top and bottom, outwards at the sides", () => {
    const g = computeRadarGeometry(axes([[1, 1], [1, 1], [1, 1], [1, 1]]), size);
    expect(g.axes.map((a) => [a.textAnchor, a.verticalAnchor])).toEqual([
      ["middle", "bottom"],
      ["start", "middle"],
      ["middle", "top"],
      ["end", "middle"],
    ]);
    expect(g.axes[0]!.labelAt).toEqual({ x: 100, y: 40 });
  });

  it("passes the label centring and maxLevel on", () => {
    const data = axes(Array.from({ length: 8 }, (): [number, number] => [5, 5]));
    expect(computeRadarGeometry(data, size).axes[3]!.verticalAnchor).toBe("top");
    expect(computeRadarGeometry(data, size, { labelCentring: { vertical: 0.75 } }).axes[3]!.verticalAnchor).toBe("middle");
    const g = computeRadarGeometry(axes([[5, 5], [5, 5], [5, 5], [5, 5]]), size, { maxLevel: 10 });
    expect(g.rings).toHaveLength(10);
    expect(g.current[0]).toEqual({ x: 100, y: 75 });
  });
});

describe("partialBandPath", () => {
  const ring = (r: number, values: (number | undefined)[]) =>
    values.map((value, i) => ({ x: [0, r, 0, -r][i]!, y: [-r, 0, r, 0][i]!, value }));

  it("is the even-odd band of the two outlines when every axis has a value", () => {
    const lower = ring(1, [1, 1, 1, 1]);
    const upper = ring(2, [2, 2, 2, 2]);
    expect(partialBandPath(lower, upper)).toBe(bandPath(lower, upper));
  });

  it("leaves a gap at an axis without a value instead of drawing to the centre", () => {
    const path = partialBandPath(ring(1, [1, 1, undefined, 1]), ring(2, [2, 2, undefined, 2]));
    // Two quadrilaterals remain: axis 3 → 0 and axis 0 → 1; none touches axis 2 (0, 2 / 0, 1).
    expect(path).toBe("M0,-2L2,0L1,0L0,-1ZM-2,0L0,-2L0,-1L-1,0Z");
    expect(path).not.toContain("0,2");
  });

  it("is empty when no two neighbouring axes have a value", () => {
    expect(partialBandPath(ring(1, [1, undefined, 1, undefined]), ring(2, [2, undefined, 2, undefined]))).toBe("");
  });
});
