import { describe, expect, it } from "vitest";
import { assessmentProgress, type ScoreSnapshot } from "@/lib/scoring/assessment-progress";

const order = { factorIds: ["people", "process", "technology", "services"] as const, dimensionIds: ["skills", "leadership", "automation", "after-sales"] };

const before: ScoreSnapshot = {
  readinessIndex: 36.24,
  readinessBand: "explorer",
  factorScores: { people: 1.8, process: 2.04, technology: 1.5 },
  dimensionScores: { skills: 2.33, leadership: 1.67, automation: 1.5 },
};
const after: ScoreSnapshot = {
  readinessIndex: 41.06,
  readinessBand: "adopter",
  factorScores: { people: 2.1, process: 2.0, technology: 1.8, services: 2.5 },
  dimensionScores: { skills: 2.34, leadership: 2.0, automation: 1.33, "after-sales": 2.5 },
};

describe("assessmentProgress", () => {
  it("gives the index then and now, its change and both bands", () => {
    expect(assessmentProgress(before, after, order).index).toEqual({ before: 36.2, after: 41.1, change: 4.9, bandBefore: "explorer", bandAfter: "adopter" });
  });

  it("compares only factors and dimensions scored both times, in the given order", () => {
    const progress = assessmentProgress(before, after, order);
    expect(progress.factors.map((f) => f.factorId)).toEqual(["people", "process", "technology"]);
    expect(progress.dimensions.map((d) => d.dimensionId)).toEqual(["skills", "leadership", "automation"]);
  });

  it("takes changes between the figures as shown, so a change too small to read counts as none", () => {
    const progress = assessmentProgress(before, after, order);
    expect(progress.dimensions).toEqual([
      { dimensionId: "skills", before: 2.3, after: 2.3, change: 0 },
      { dimensionId: "leadership", before: 1.7, after: 2, change: 0.3 },
      { dimensionId: "automation", before: 1.5, after: 1.3, change: -0.2 },
    ]);
    expect(progress.factors.find((f) => f.factorId === "process")).toEqual({ factorId: "process", before: 2, after: 2, change: 0 });
    expect([progress.improved, progress.declined, progress.unchanged]).toEqual([1, 1, 1]);
  });

  it("reads a fall as a negative change", () => {
    expect(assessmentProgress(after, before, order).index.change).toBe(-4.9);
  });
});
