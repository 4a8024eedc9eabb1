import { describe, expect, it } from "vitest";
import { radarSeries, spacedLines, type RadarDatum } from "@/components/charts/readiness-radar-data";

const datum = (extra: Partial<RadarDatum> = {}): RadarDatum => ({
  dimensionId: "skills",
  label: "Workforce skills and learning",
  href: "#source-skills",
  linkLabel: "Workforce skills and learning: where this score comes from",
  current: 2,
  target: 3,
  words: { current: "2.0", target: "3", gap: "1.0 levels below target", summary: "" },
  ...extra,
});
const legend = { current: "Current level", target: "Target", average: "Programme average", validated: "Validated level" };

describe("spacedLines", () => {
  it("keeps the spaces between a label's lines in its text, where they move nothing", () => {
    const lines = ["Workforce", "skills and", "learning"];
    expect(spacedLines(lines, "start")).toEqual(["Workforce ", "skills and ", "learning"]);
    expect(spacedLines(lines, "end")).toEqual(["Workforce", " skills and", " learning"]);
    expect(spacedLines(lines, "start").join("")).toBe("Workforce skills and learning");
    expect(spacedLines(lines, "end").join("")).toBe("Workforce skills and learning");
  });

  it("leaves a one-line label alone", () => {
    expect(spacedLines(["Operations"], "middle")).toEqual(["Operations"]);
  });
});

describe("radarSeries", () => {
  it("draws today and the target, then validated once every dimension has a validated level, then the average when known", () => {
    expect(radarSeries([datum()], legend)).toEqual(["current", "target"]);
    expect(radarSeries([datum({ validated: 1.7, average: 2 })], legend)).toEqual(["current", "target", "validated", "average"]);
    expect(radarSeries([datum({ validated: 1.7 }), datum({ dimensionId: "ops" })], legend)).toEqual(["current", "target"]);
    expect(radarSeries([datum({ average: 2 }), datum({ dimensionId: "ops" })], legend)).toEqual(["current", "target", "average"]);
  });
});
