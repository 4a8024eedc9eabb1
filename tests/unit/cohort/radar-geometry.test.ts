import { describe, expect, it } from "vitest";
import { radarBand, radarLabelPlacement, radarPoint, radarPolygon } from "@/components/cohort/radar-geometry";

const centre = { x: 100, y: 100 };

describe("cohort radar geometry", () => {
  it("puts level 0 at the centre and level 5 on the rim, the first spoke pointing up and the rest clockwise", () => {
    expect(radarPoint(0, 4, 0, centre, 50)).toEqual({ x: 100, y: 100 });
    expect(radarPoint(0, 4, 5, centre, 50)).toEqual({ x: 100, y: 50 });
    expect(radarPoint(1, 4, 5, centre, 50)).toEqual({ x: 150, y: 100 });
    expect(radarPoint(2, 4, 2.5, centre, 50)).toEqual({ x: 100, y: 125 });
    // Out-of-range levels stay on the chart.
    expect(radarPoint(0, 4, 7, centre, 50)).toEqual({ x: 100, y: 50 });
  });

  it("draws closed polygons, and the band as outer ring plus inner ring", () => {
    expect(radarPolygon([5, 5, 5, 5], centre, 50)).toBe("M100,50L150,100L100,150L50,100Z");
    expect(radarBand([0, 0, 0, 0], [5, 5, 5, 5], centre, 50)).toBe("M100,50L150,100L100,150L50,100ZM100,100L100,100L100,100L100,100Z");
    expect(radarPolygon([], centre, 50)).toBe("");
  });

  it("anchors labels away from the chart", () => {
    expect(radarLabelPlacement(0, 4, centre, 50, 10)).toMatchObject({ x: 100, y: 40, anchor: "middle", vertical: "bottom" });
    expect(radarLabelPlacement(1, 4, centre, 50, 10)).toMatchObject({ x: 160, anchor: "start", vertical: "middle" });
    expect(radarLabelPlacement(3, 4, centre, 50, 10)).toMatchObject({ x: 40, anchor: "end", vertical: "middle" });
  });
});
