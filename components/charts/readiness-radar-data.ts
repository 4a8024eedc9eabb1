import type { LabelCentring, RadarSize } from "@/lib/charts/radar-geometry";
import type { SeriesId } from "@/lib/charts/palette";

// What the results radar's two drawings (the server SVG and its recharts version) share: the data,
// already worded and formatted on the server so the browser needs no translations, and the
// drawing's measurements, so the recharts version lands exactly where the server one was.

export type RadarDatum = {
  dimensionId: string;
  /** Axis label: the dimension title in the reader's language. */
  label: string;
  /** The dimension's detail on the page (its "where this score comes from" block). */
  href: string;
  /** The spoke link's accessible name: the full title (the drawn label may be cut short). */
  linkLabel: string;
  current: number;
  target: number;
  /** Programme average, when the firm is in a programme and the average is known. */
  average?: number;
  /** The level the programme officer validated, once the assessment is approved (issue 17). */
  validated?: number;
  /** The same figures as the reader sees them (locale's decimals), the gap in words, and all of it in one sentence (the phone list). */
  words: { current: string; target: string; average?: string; validated?: string; gap: string; summary: string };
};

export type RadarLegend = { current: string; target: string; average: string; validated?: string };

/** What the recharts version needs, all serialisable (it crosses from the server to the browser). */
export type ReadinessRadarChartProps = {
  data: RadarDatum[];
  ariaLabel: string;
  legend: RadarLegend;
  /** The series drawn, in the order of the key. */
  series: SeriesId[];
  gapLabel: string;
};

// Room for labels of three lines of about 12 characters on every side, drawn in viewBox units and
// scaled with the page. Below the width where 17 units would be under 12 px (radarMinWidth) the
// page shows the same figures as a list instead (app/globals.css, "results radar (issue 17)").
export const radarSize: RadarSize = { width: 600, height: 480, radius: 140, labelGap: 10 };
export const radarFontSize = 17;
export const radarLineHeight = radarFontSize * 1.15;
export const radarMaxChars = 12;
export const radarMaxLines = 3;
// Only labels within about 40° of the top or bottom grow upwards or downwards; the others are
// centred on their spoke, so the three-line labels of neighbouring spokes (up to 14) do not run
// into each other.
export const radarLabelCentring: Partial<LabelCentring> = { vertical: 0.75 };

/** Marks a spoke link in both drawings (ChartSwap moves focus to the same one after the swap). */
export const spokeKey = (dimensionId: string) => `spoke-${dimensionId}`;

/** Which series a radar draws, in the order of its key: validated only once approved, the average only when known. */
export function radarSeries(data: readonly RadarDatum[], legend: RadarLegend): SeriesId[] {
  const series: SeriesId[] = ["current", "target"];
  if (legend.validated && data.length > 0 && data.every((d) => d.validated !== undefined)) series.push("validated");
  if (data.some((d) => d.average !== undefined)) series.push("average");
  return series;
}

/**
 * A wrapped label's lines with the spaces between them kept in the text, so a spoke link's text
 * (and so the name screen readers and speech input match against) reads "Workforce skills and
 * learning", not "Workforceskills andlearning". The space goes where it moves nothing: at the
 * end of a line that starts at its anchor, at the start of a line that ends there.
 */
export function spacedLines(lines: readonly string[], anchor: "start" | "middle" | "end"): string[] {
  return lines.map((line, i) => {
    if (anchor === "end") return i === 0 ? line : ` ${line}`;
    return i === lines.length - 1 ? line : `${line} `;
  });
}
