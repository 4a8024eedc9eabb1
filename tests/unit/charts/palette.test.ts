import { describe, expect, it } from "vitest";
import { contrastRatio, relativeLuminance } from "@/lib/charts/contrast";
import { bandColours, chartInk, firmCountColour, paletteCss, seriesColours } from "@/lib/charts/palette";
import { bandIds } from "@/lib/scoring/bands";

describe("contrastRatio", () => {
  it("gives the WCAG figures for black, white and a grey", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBe(1);
    // #767676 is the well-known lightest grey that passes 4.5:1 on white.
    expect(contrastRatio("#767676", "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(4.5);
  });

  it("refuses what is not a #rrggbb colour", () => {
    expect(() => relativeLuminance("blue")).toThrow(/rrggbb/);
  });
});

describe("band colours", () => {
  it("has a colour for every band, in band order", () => {
    expect(Object.keys(bandColours)).toEqual([...bandIds]);
  });

  it("tells neighbouring bands apart (3:1 between each band and the next)", () => {
    for (let i = 1; i < bandIds.length; i += 1) {
      const lower = bandColours[bandIds[i - 1]!].fill;
      const upper = bandColours[bandIds[i]!].fill;
      expect(contrastRatio(lower, upper), `${bandIds[i - 1]} → ${bandIds[i]}`).toBeGreaterThanOrEqual(3);
    }
  });

  it("keeps each band's text readable on its fill (4.5:1)", () => {
    for (const id of bandIds) expect(contrastRatio(bandColours[id].fill, bandColours[id].text), id).toBeGreaterThanOrEqual(4.5);
  });
});

describe("series colours", () => {
  it("keeps every line 3:1 against the page", () => {
    for (const [id, colour] of Object.entries(seriesColours)) expect(contrastRatio(colour, chartInk.page), id).toBeGreaterThanOrEqual(3);
  });

  it("uses a different colour for every series, and the histogram one of its own", () => {
    const colours = [...Object.values(seriesColours), firmCountColour];
    expect(new Set(colours).size).toBe(colours.length);
    expect(contrastRatio(firmCountColour, chartInk.page)).toBeGreaterThanOrEqual(3);
  });
});

describe("paletteCss", () => {
  it("declares one variable per series and two per band", () => {
    const css = paletteCss();
    expect(css).toContain(`--series-validated:${seriesColours.validated}`);
    expect(css).toContain(`--band-explorer:${bandColours.explorer.fill}`);
    expect(css).toContain(`--band-leader-text:${bandColours.leader.text}`);
  });
});
