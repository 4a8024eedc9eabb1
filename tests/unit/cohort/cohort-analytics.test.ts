import { describe, expect, it } from "vitest";
import { computeCohortAnalytics } from "@/lib/cohort/cohort-analytics";
import { factors, member } from "./members";

describe("cohort analytics over plain rows", () => {
  const validated = (index: number, band: string, skills: number) => ({ readinessIndex: index, readinessBand: band, factorScores: factors(2, 2, 2), dimensionScores: { skills } });
  const members = [
    member({ firmId: "a", self: { readinessIndex: 20, readinessBand: "explorer", factorScores: factors(1, 1, 1), dimensionScores: { skills: 1, automation: 2 } }, validated: validated(18, "newcomer", 0.5) }),
    member({ firmId: "b", self: { readinessIndex: 40, readinessBand: "adopter", factorScores: factors(2, 2, 2), dimensionScores: { skills: 2 } }, priorityDimensionIds: ["skills"] }),
    member({ firmId: "c", self: { readinessIndex: 100, readinessBand: "leader", factorScores: factors(5, 5, 5), dimensionScores: { skills: 5, automation: 4 } }, validated: validated(90, "leader", 4.5) }),
  ];
  const analytics = computeCohortAnalytics(members, []);

  it("counts the firms and the approved ones", () => {
    expect(analytics.firmCount).toBe(3);
    expect(analytics.validatedCount).toBe(2);
  });

  it("summarises the index, self-assessed and validated", () => {
    expect(analytics.index.self).toEqual({ n: 3, mean: 160 / 3, p25: 30, median: 40, p75: 70 });
    expect(analytics.index.validated).toEqual({ n: 2, mean: 54, p25: 36, median: 54, p75: 72 });
  });

  it("gives one radar axis per scored dimension in questionnaire order, validated over approved firms only", () => {
    expect(analytics.radar).toEqual([
      { dimensionId: "skills", self: { n: 3, mean: 8 / 3, p25: 1.5, median: 2, p75: 3.5 }, validated: { n: 2, mean: 2.5, p25: 1.5, median: 2.5, p75: 3.5 } },
      { dimensionId: "automation", self: { n: 2, mean: 3, p25: 2.5, median: 3, p75: 3.5 }, validated: null },
    ]);
  });

  it("puts the index of 100 in the last bin", () => {
    expect(analytics.indexHistogram.map((b) => b.count)).toEqual([0, 0, 1, 0, 1, 0, 0, 0, 0, 1]);
  });

  it("counts bands and gaps", () => {
    expect(analytics.bandDistribution.find((b) => b.bandId === "leader")).toEqual({ bandId: "leader", self: 1, validated: 1 });
    expect(analytics.bandDistribution.find((b) => b.bandId === "newcomer")).toEqual({ bandId: "newcomer", self: 0, validated: 1 });
    expect(analytics.commonGaps).toEqual([{ dimensionId: "skills", firms: 1, share: 1 / 3, firstPriority: 1 }]);
  });

  it("has nothing to show for an empty cohort", () => {
    const empty = computeCohortAnalytics([], []);
    expect(empty).toMatchObject({ firmCount: 0, validatedCount: 0, index: { self: null, validated: null }, radar: [], sectorFactorHeatMap: [], commonGaps: [] });
    expect(empty.indexHistogram).toHaveLength(10);
  });
});
