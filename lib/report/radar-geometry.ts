// The radar of current vs target levels per dimension as plain numbers, computed once on the server
// and drawn by whoever needs it: the results page (components/charts/readiness-radar.tsx, SVG) and
// the PDF report (components/report/report-radar.tsx). Neither sends chart code to the browser.

export type Point = { x: number; y: number };

export type RadarAxis = {
  dimensionId: string;
  label: string;
  /** Where the spoke ends (level 5). */
  end: Point;
  /** Where the label starts, a little outside the spoke's end. */
  labelAt: Point;
  /** How the label lines are aligned on labelAt: left of the centre they end there, right of it they start there. */
  textAnchor: "start" | "middle" | "end";
  /** Above the centre a label grows upwards, below it downwards, at the sides it is centred. */
  verticalAnchor: "top" | "middle" | "bottom";
};

export type RadarGeometry = {
  width: number;
  height: number;
  centre: Point;
  radius: number;
  maxLevel: number;
  /** One closed polygon per whole level, 1 to maxLevel (the grid). */
  rings: Point[][];
  axes: RadarAxis[];
  current: Point[];
  target: Point[];
  /** The programme average per spoke; `value` is missing where no average is known (a gap in the line). */
  average: (Point & { value?: number })[];
};

export type RadarInput = { dimensionId: string; label: string; current: number; target: number; average?: number };

export type RadarSize = { width: number; height: number; radius: number; labelGap: number };

/** Room for labels of about 20 characters on each side of a chart that fits the A4 text width. */
export const defaultRadarSize: RadarSize = { width: 480, height: 330, radius: 120, labelGap: 10 };

const clampLevel = (value: number, maxLevel: number) => Math.min(maxLevel, Math.max(0, Number.isFinite(value) ? value : 0));
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Geometry of a radar with one spoke per dimension, the first pointing straight up and the
 * others clockwise in questionnaire order (as on the results page). Levels outside 0–maxLevel
 * are clamped so a stored value can never draw outside the grid.
 */
export function computeRadarGeometry(data: readonly RadarInput[], size: RadarSize = defaultRadarSize, maxLevel = 5): RadarGeometry {
  const centre = { x: size.width / 2, y: size.height / 2 };
  const count = data.length;
  const angleOf = (index: number) => -Math.PI / 2 + (2 * Math.PI * index) / Math.max(1, count);
  const at = (index: number, level: number): Point => {
    const angle = angleOf(index);
    const r = (size.radius * clampLevel(level, maxLevel)) / maxLevel;
    return { x: round(centre.x + r * Math.cos(angle)), y: round(centre.y + r * Math.sin(angle)) };
  };
  const rings = Array.from({ length: maxLevel }, (_, i) => data.map((_, index) => at(index, i + 1)));
  const axes = data.map((d, index): RadarAxis => {
    const angle = angleOf(index);
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const out = size.radius + size.labelGap;
    // Within about 10° of vertical a label is centred on its spoke.
    const textAnchor = Math.abs(cos) < 0.17 ? "middle" : cos > 0 ? "start" : "end";
    const verticalAnchor = Math.abs(sin) < 0.17 ? "middle" : sin < 0 ? "bottom" : "top";
    return {
      dimensionId: d.dimensionId,
      label: d.label,
      end: at(index, maxLevel),
      labelAt: { x: round(centre.x + out * cos), y: round(centre.y + out * sin) },
      textAnchor,
      verticalAnchor,
    };
  });
  return {
    width: size.width,
    height: size.height,
    centre,
    radius: size.radius,
    maxLevel,
    rings,
    axes,
    current: data.map((d, index) => at(index, d.current)),
    target: data.map((d, index) => at(index, d.target)),
    average: data.map((d, index) => (d.average === undefined ? at(index, 0) : { ...at(index, d.average), value: d.average })),
  };
}

/** "x1,y1 x2,y2 …": the points attribute of an SVG polygon or polyline. */
export function toSvgPoints(points: readonly Point[]): string {
  return points.map((p) => `${p.x},${p.y}`).join(" ");
}
