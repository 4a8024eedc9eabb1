// Geometry of the server-rendered cohort radar: spokes from the centre, one per dimension, the
// first pointing up and the others clockwise; level 0 at the centre, level 5 at the rim.

export const radarMaxLevel = 5;

export type Point = { x: number; y: number };

const round = (n: number) => Math.round(n * 100) / 100;

/** The point at `level` (0–5) on spoke `axis` of `axes`, for a chart centred at (cx, cy) with rim radius `radius`. */
export function radarPoint(axis: number, axes: number, level: number, centre: Point, radius: number): Point {
  const angle = -Math.PI / 2 + (2 * Math.PI * axis) / axes;
  const distance = (Math.max(0, Math.min(radarMaxLevel, level)) / radarMaxLevel) * radius;
  return { x: round(centre.x + distance * Math.cos(angle)), y: round(centre.y + distance * Math.sin(angle)) };
}

/** A closed polygon path through one level per spoke. */
export function radarPolygon(levels: readonly number[], centre: Point, radius: number): string {
  if (levels.length === 0) return "";
  return `${levels.map((level, axis) => {
    const p = radarPoint(axis, levels.length, level, centre, radius);
    return `${axis === 0 ? "M" : "L"}${p.x},${p.y}`;
  }).join("")}Z`;
}

/**
 * The band between two polygons (25th and 75th percentiles) as one path to fill with the
 * even-odd rule: the outer ring minus the inner one.
 */
export function radarBand(lower: readonly number[], upper: readonly number[], centre: Point, radius: number): string {
  return `${radarPolygon(upper, centre, radius)}${radarPolygon(lower, centre, radius)}`;
}

/** Where a spoke's label goes (just outside the rim) and how it is anchored. */
export function radarLabelPlacement(axis: number, axes: number, centre: Point, radius: number, gap: number): Point & { anchor: "start" | "middle" | "end"; vertical: "top" | "middle" | "bottom" } {
  const angle = -Math.PI / 2 + (2 * Math.PI * axis) / axes;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
  const vertical = Math.abs(sin) < 0.2 ? "middle" : sin > 0 ? "top" : "bottom";
  return { x: round(centre.x + (radius + gap) * cos), y: round(centre.y + (radius + gap) * sin), anchor, vertical };
}
