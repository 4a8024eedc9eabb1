import { wrapLabel } from "@/components/charts/wrap-label";
import { chartInk } from "@/lib/charts/palette";
import { labelFirstBaseline, labelPlacement, radarMaxLevel, radarPoint, type RadarFrame, type TextAnchor } from "@/lib/charts/radar-geometry";

// The size and label layout of the cohort radar, shared by its server SVG and its recharts
// version so that the swap between them moves nothing. Drawn in real pixels (width = viewBox
// width): the page shows the radar only where it has its full width, so its 12 px text stays 12 px.

export const cohortRadarSize = { width: 560, height: 440 } as const;
export const cohortRadarFrame: RadarFrame = { centre: { x: cohortRadarSize.width / 2, y: cohortRadarSize.height / 2 }, radius: 140, maxLevel: radarMaxLevel };
export const cohortRadarType = { fontSize: 12, lineHeight: 14 } as const;
// 0.2 ≈ sin 12°: a slightly wider cone of centred labels than the default, as this chart has always drawn them.
const labelCentring = { horizontal: 0.2, vertical: 0.2 };

/** One spread (mean and middle half) of a dimension, as the charts need it. */
export type CohortSpreadPoint = { mean: number; p25: number; p75: number; n: number };

/** One spoke: plain data, so the server can hand it to the client chart. */
export type CohortRadarDatum = {
  dimensionId: string;
  /** The label drawn at the spoke (the dimension title, with the module mark for the services module). */
  label: string;
  /** The dimension's detail on the page (its row of the numbers table). */
  href: string;
  self: CohortSpreadPoint | null;
  validated: CohortSpreadPoint | null;
  /** The tooltip's lines, worded and formatted on the server. */
  tooltip: string[];
};

export type CohortRadarLabel = { x: number; y: number; textAnchor: TextAnchor; lines: string[] };

/** Where spoke `spoke`'s label goes and its lines (wrapped at 16 characters, at most 3 lines). */
export function cohortRadarLabel(spoke: number, spokes: number, label: string): CohortRadarLabel {
  const place = labelPlacement(cohortRadarFrame, spoke, spokes, 10, labelCentring);
  const lines = wrapLabel(label, 16, 3);
  return { x: place.labelAt.x, y: labelFirstBaseline(place, lines.length, cohortRadarType), textAnchor: place.textAnchor, lines };
}

/** Where the level numbers 1–5 go: beside the first (upright) spoke. */
export function cohortRadarLevelTicks(spokes: number): { level: number; x: number; y: number }[] {
  return Array.from({ length: radarMaxLevel }, (_, i) => {
    const p = radarPoint(cohortRadarFrame, 0, spokes, i + 1);
    return { level: i + 1, x: p.x + 4, y: p.y + 4 };
  });
}

/** The key both drawings give a spoke's link, so keyboard focus survives the swap. */
export const spokeKey = (dimensionId: string) => `cohort-radar-${dimensionId}`;

type OutlinePointWithValue = { x: number; y: number; value?: number };

/** A series' three outlines (25th percentile, mean, 75th percentile); an axis without a value has none (a gap). */
export function cohortRadarOutline(spreads: readonly (CohortSpreadPoint | null)[]): Record<"p25" | "mean" | "p75", OutlinePointWithValue[]> {
  const at = (pick: (s: CohortSpreadPoint) => number) =>
    spreads.map((s, spoke) => {
      const p = radarPoint(cohortRadarFrame, spoke, spreads.length, s ? pick(s) : 0);
      return s ? { ...p, value: pick(s) } : p;
    });
  return { p25: at((s) => s.p25), mean: at((s) => s.mean), p75: at((s) => s.p75) };
}

/** A mean's marker: a circle for the self-assessed series, a square for the validated one (apart by shape, not only by hue). */
export function SeriesMarker({ x, y, colour, square }: { x: number; y: number; colour: string; square: boolean }) {
  return square ? <rect x={x - 3.5} y={y - 3.5} width={7} height={7} fill={colour} /> : <circle cx={x} cy={y} r={3.5} fill={colour} />;
}

export type CohortRadarLegend = { selfMean: string; selfBand: string; validatedMean: string; validatedBand: string };

/** What the server hands the recharts radar (plain data only). */
export type CohortRadarProps = {
  data: CohortRadarDatum[];
  /** The chart's accessible name. */
  title: string;
  legend: CohortRadarLegend;
  hasValidated: boolean;
  /** Names the group of legend toggles. */
  toggleLabel: string;
};

/** The legend's swatch of a series: the mean's line with its marker, or the band's shaded box. */
export function RadarSwatch({ colour, kind, square }: { colour: string; kind: "mean" | "band"; square: boolean }) {
  return (
    <svg width="32" height="14" aria-hidden="true" focusable="false">
      {kind === "band" ? (
        <rect x="1" y="2" width="30" height="10" fill={colour} fillOpacity={0.2} stroke={colour} strokeWidth={1} />
      ) : (
        <>
          <line x1="1" y1="7" x2="31" y2="7" stroke={colour} strokeWidth="2.5" />
          <SeriesMarker x={16} y={7} colour={colour} square={square} />
        </>
      )}
    </svg>
  );
}

/** The spoke labels, each a link to its dimension's row of the numbers table (the same in both drawings). */
export function CohortRadarLabels({ data }: { data: readonly CohortRadarDatum[] }) {
  return (
    <g>
      {data.map((d, axis) => {
        const label = cohortRadarLabel(axis, data.length, d.label);
        return (
          <a key={d.dimensionId} href={d.href} data-chart-key={spokeKey(d.dimensionId)} className="cohort-radar__spoke-link">
            <text x={label.x} y={label.y} textAnchor={label.textAnchor} fontSize={cohortRadarType.fontSize} fill={chartInk.ink}>
              {label.lines.map((line, index) => (
                <tspan key={index} x={label.x} dy={index === 0 ? 0 : cohortRadarType.lineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
          </a>
        );
      })}
    </g>
  );
}

/** The level numbers 1–5 beside the upright spoke. */
export function CohortRadarLevelNumbers({ spokes }: { spokes: number }) {
  return (
    <g>
      {cohortRadarLevelTicks(spokes).map((tick) => (
        <text key={tick.level} x={tick.x} y={tick.y} fontSize={cohortRadarType.fontSize} fill={chartInk.muted}>
          {tick.level}
        </text>
      ))}
    </g>
  );
}
