import type { BandId } from "@/lib/scoring/bands";

// The one palette of every chart, tag and PDF figure. Series differ in hue, lightness and pattern
// (colour-blind safe) and each keeps 3:1 against the white page; band colours alternate dark and
// light so that neighbouring bands in a stacked bar or the heat map keep 3:1 between them (a
// lightness ramp of five cannot: two pale tints are indistinguishable), and each band's text
// colour keeps 4.5:1 on its fill. tests/unit/charts/palette.test.ts checks all three.

export const chartInk = { ink: "#0b0c0c", muted: "#505a5f", grid: "#b1b4b6", page: "#ffffff", panel: "#f3f2f1" } as const;

/** The lines of the radars and the bars of the cohort charts. */
export const seriesColours = {
  /** The firm's level today (results), the self-assessed cohort figures (analytics). */
  current: "#0b4f6c",
  target: "#b45309",
  average: "#6f777b",
  validated: "#00703c",
} as const;

/** Counts of firms (the index histogram): a colour of its own, not one of the radar's lines. */
export const firmCountColour = "#4c2c92";

export type SeriesId = keyof typeof seriesColours;

/** SVG dash patterns that tell the lines apart without colour. */
export const seriesDash: Record<SeriesId, string | undefined> = { current: undefined, target: "8 5", average: "2 4", validated: undefined };

export type BandColour = { fill: string; text: string };

export const bandColours: Record<BandId, BandColour> = {
  newcomer: { fill: "#505a5f", text: "#ffffff" },
  explorer: { fill: "#fbd46d", text: "#0b0c0c" },
  adopter: { fill: "#9c4a00", text: "#ffffff" },
  integrator: { fill: "#a8d8ea", text: "#0b0c0c" },
  leader: { fill: "#0b4f6c", text: "#ffffff" },
};

/**
 * The palette as CSS custom properties, written once into the page head by the root layout so the
 * stylesheet's band tags, heat-map cells and legend swatches read the same values as the charts.
 */
export function paletteCss(): string {
  const entries = [
    ...Object.entries(seriesColours).map(([id, colour]) => `--series-${id}:${colour}`),
    ...Object.entries(bandColours).flatMap(([id, colour]) => [`--band-${id}:${colour.fill}`, `--band-${id}-text:${colour.text}`]),
  ];
  return `:root{${entries.join(";")}}`;
}
