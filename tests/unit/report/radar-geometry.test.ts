import { describe, expect, it } from "vitest";
import { computeRadarGeometry, toSvgPoints } from "@/lib/report/radar-geometry";

const size = { width: 200, height: 200, radius: 50, labelGap: 10 };
const axes = (values: [number, number][]) => values.map(([current, target], i) => ({ dimensionId: `d${i}`, label: `Dimension ${i}`, current, target }));

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
});

describe("toSvgPoints", () => {
  it("writes the points attribute of a polygon", () => {
    expect(toSvgPoints([{ x: 1, y: 2 }, { x: 3.5, y: 4 }])).toBe("1,2 3.5,4");
  });
});
