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
  const round = (n: number) => Math.round(n * 100) / 100;
  for (let i = 0; i < points.length; i += 1) {
    const from = points[i]!;
    const to = points[(i + 1) % points.length]!;
    if (points.length === 2 && i === 1) break; // two axes: one segment, not the same one twice
    if (hasValue(from) && hasValue(to)) segments.push(`M${round(from.x)},${round(from.y)}L${round(to.x)},${round(to.y)}`);
  }
  return segments.join("");
}
