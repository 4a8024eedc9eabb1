// The geometry shared by the three radar charts (results page, cohort analytics, PDF report), as
// plain numbers and SVG strings: one spoke per dimension, the first pointing straight up and the
// others clockwise in questionnaire order; level 0 at the centre, maxLevel on the rim. Kept in one
// place so the three charts cannot drift apart in how they place a level or a label.

export type Point = { x: number; y: number };

export const radarMaxLevel = 5;

/** Where a radar sits: its centre, the radius of its rim and the level drawn on the rim. */
export type RadarFrame = { centre: Point; radius: number; maxLevel: number };

export type TextAnchor = "start" | "middle" | "end";
export type VerticalAnchor = "top" | "middle" | "bottom";

export type LabelPlacement = {
  /** Where the label starts, a little outside the spoke's end. */
  labelAt: Point;
  /** How the label lines are aligned on labelAt: left of the centre they end there, right of it they start there. */
  textAnchor: TextAnchor;
  /** Above the centre a label grows upwards, below it downwards, at the sides it is centred. */
  verticalAnchor: VerticalAnchor;
};

/**
 * Below which |cos| of a spoke's angle its label is centred horizontally, and below which |sin|
 * it is centred vertically. The larger a threshold, the wider the cone of spokes whose labels
 * are centred on them.
 */
export type LabelCentring = { horizontal: number; vertical: number };

/** 0.17 ≈ sin 10°: only labels within about 10° of a vertical (or horizontal) spoke are centred on it. */
export const defaultLabelCentring: LabelCentring = { horizontal: 0.17, vertical: 0.17 };

// Hundredths are finer than any screen or print resolution and keep SVG strings short.
const round = (n: number) => Math.round(n * 100) / 100;

/** A level on the chart: outside 0–maxLevel clamped, so a stored value can never draw outside the grid; not a number at the centre. */
export function clampLevel(level: number, maxLevel: number): number {
  return Math.min(maxLevel, Math.max(0, Number.isFinite(level) ? level : 0));
}

/** The angle (radians, SVG's y grows downwards) of spoke `spoke` of `spokes`; a fraction lies between two spokes. */
export function spokeAngle(spoke: number, spokes: number): number {
  return -Math.PI / 2 + (2 * Math.PI * spoke) / Math.max(1, spokes);
}

/** The point at `level` on spoke `spoke` of `spokes`, rounded to hundredths. */
export function radarPoint(frame: RadarFrame, spoke: number, spokes: number, level: number): Point {
  const angle = spokeAngle(spoke, spokes);
  const r = (frame.radius * clampLevel(level, frame.maxLevel)) / frame.maxLevel;
  return { x: round(frame.centre.x + r * Math.cos(angle)), y: round(frame.centre.y + r * Math.sin(angle)) };
}

/** One point per spoke, at that spoke's level (a series such as the current levels). */
export function levelPoints(frame: RadarFrame, levels: readonly number[]): Point[] {
  return levels.map((level, spoke) => radarPoint(frame, spoke, levels.length, level));
}

/** The grid: one closed ring per whole level, 1 to maxLevel. */
export function gridRings(frame: RadarFrame, spokes: number): Point[][] {
  return Array.from({ length: frame.maxLevel }, (_, i) => Array.from({ length: spokes }, (_, spoke) => radarPoint(frame, spoke, spokes, i + 1)));
}

/** "x1,y1 x2,y2 …": the points attribute of an SVG polygon or polyline. */
export function toSvgPoints(points: readonly Point[]): string {
  return points.map((p) => `${p.x},${p.y}`).join(" ");
}

/** A closed path through the points, or nothing for none. */
export function polygonPath(points: readonly Point[]): string {
  if (points.length === 0) return "";
  return `${points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x},${p.y}`).join("")}Z`;
}

/**
 * The band between two polygons (e.g. 25th and 75th percentiles) as one path to fill with the
 * even-odd rule: the outer ring minus the inner one.
 */
export function bandPath(lower: readonly Point[], upper: readonly Point[]): string {
  return `${polygonPath(upper)}${polygonPath(lower)}`;
}

export type OutlinePoint = { x: number; y: number; value?: unknown };

const hasValue = (point: OutlinePoint) => typeof point.value === "number" && Number.isFinite(point.value);

/**
 * The SVG path of a closed radar line that skips axes without a value: only neighbouring axes
 * that both have one are joined, so a missing programme average is a gap in the line instead of
 * a dip to 0 at the centre (which would read as "the programme is at level 0 here").
 */
export function outlinePath(points: readonly OutlinePoint[]): string {
  if (points.length < 2) return "";
  const segments: string[] = [];
  for (let i = 0; i < points.length; i += 1) {
    const from = points[i]!;
    const to = points[(i + 1) % points.length]!;
    if (points.length === 2 && i === 1) break; // two axes: one segment, not the same one twice
    if (hasValue(from) && hasValue(to)) segments.push(`M${round(from.x)},${round(from.y)}L${round(to.x)},${round(to.y)}`);
  }
  return segments.join("");
}

/**
 * Where spoke `spoke`'s label goes, `gap` outside the rim, and how it is anchored there so it
 * grows away from the chart. Each chart picks its own centring: long labels on many spokes
 * (results page) need more of them centred on their spoke to stay clear of their neighbours.
 */
export function labelPlacement(frame: RadarFrame, spoke: number, spokes: number, gap: number, centring: Partial<LabelCentring> = {}): LabelPlacement {
  const { horizontal, vertical } = { ...defaultLabelCentring, ...centring };
  const angle = spokeAngle(spoke, spokes);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const out = frame.radius + gap;
  return {
    labelAt: { x: round(frame.centre.x + out * cos), y: round(frame.centre.y + out * sin) },
    textAnchor: Math.abs(cos) < horizontal ? "middle" : cos > 0 ? "start" : "end",
    verticalAnchor: Math.abs(sin) < vertical ? "middle" : sin < 0 ? "bottom" : "top",
  };
}

export type LabelType = {
  fontSize: number;
  lineHeight: number;
  /**
   * Space between the last baseline of a label that grows upwards and its anchor, so descenders
   * stay off the rim. 2 suits the screen charts; the PDF, at a much smaller size, uses 0.
   */
  bottomGap?: number;
};

/**
 * The y of a multi-line label's first baseline: a label anchored at the bottom ends on its
 * anchor, one anchored in the middle is centred on it (0.35 em lifts the centre of lower-case
 * letters onto it), one anchored at the top hangs below it (0.8 em ≈ the cap height).
 */
export function labelFirstBaseline(placement: Pick<LabelPlacement, "labelAt" | "verticalAnchor">, lineCount: number, { fontSize, lineHeight, bottomGap = 2 }: LabelType): number {
  const { y } = placement.labelAt;
  if (placement.verticalAnchor === "bottom") return y - (lineCount - 1) * lineHeight - bottomGap;
  if (placement.verticalAnchor === "middle") return y - ((lineCount - 1) * lineHeight) / 2 + fontSize * 0.35;
  return y + fontSize * 0.8;
}

export type RadarAxis = LabelPlacement & {
  dimensionId: string;
  label: string;
  /** Where the spoke ends (maxLevel). */
  end: Point;
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

/** The PDF report's radar: room for labels of about 20 characters on each side of a chart that fits the A4 text width. */
export const defaultRadarSize: RadarSize = { width: 480, height: 330, radius: 120, labelGap: 10 };

export type RadarOptions = { maxLevel?: number; labelCentring?: Partial<LabelCentring> };

/**
 * The radar of current vs target levels (and the programme average) per dimension as plain
 * numbers, computed once on the server and drawn by the results page (SVG) and the PDF report.
 */
export function computeRadarGeometry(data: readonly RadarInput[], size: RadarSize = defaultRadarSize, options: RadarOptions = {}): RadarGeometry {
  const frame: RadarFrame = { centre: { x: size.width / 2, y: size.height / 2 }, radius: size.radius, maxLevel: options.maxLevel ?? radarMaxLevel };
  const count = data.length;
  const at = (spoke: number, level: number) => radarPoint(frame, spoke, count, level);
  return {
    width: size.width,
    height: size.height,
    centre: frame.centre,
    radius: frame.radius,
    maxLevel: frame.maxLevel,
    rings: gridRings(frame, count),
    axes: data.map((d, spoke) => ({
      dimensionId: d.dimensionId,
      label: d.label,
      end: at(spoke, frame.maxLevel),
      ...labelPlacement(frame, spoke, count, size.labelGap, options.labelCentring),
    })),
    current: levelPoints(frame, data.map((d) => d.current)),
    target: levelPoints(frame, data.map((d) => d.target)),
    average: data.map((d, spoke) => (d.average === undefined ? at(spoke, 0) : { ...at(spoke, d.average), value: d.average })),
  };
}

/**
 * The band between two radar outlines (e.g. 25th and 75th percentiles of the cohort) where some
 * axes have no value (the validated scores of a dimension no approved firm scored): with every
 * value there it is `bandPath` (one even-odd path); otherwise one quadrilateral per pair of
 * neighbouring axes that both have a value, so a missing axis is a gap, not a dip to the centre.
 */
export function partialBandPath(lower: readonly OutlinePoint[], upper: readonly OutlinePoint[]): string {
  const count = Math.min(lower.length, upper.length);
  const present = (i: number) => hasValue(lower[i]!) && hasValue(upper[i]!);
  if (count === 0) return "";
  if (Array.from({ length: count }, (_, i) => i).every(present)) return bandPath(lower.slice(0, count), upper.slice(0, count));
  const quads: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const next = (i + 1) % count;
    if (count === 2 && i === 1) break;
    if (next !== i && present(i) && present(next)) quads.push(polygonPath([upper[i]!, upper[next]!, lower[next]!, lower[i]!].map((p) => ({ x: round(p.x), y: round(p.y) }))));
  }
  return quads.join("");
}
