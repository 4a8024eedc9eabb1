import { describe, expect, it } from "vitest";
import { progressSummary } from "@/lib/cohort/progress-summary";
import { factors } from "./members";

describe("progress from first to latest assessment", () => {
  it("averages the change of the index and of each factor, and counts a firm as improved only if its index went up", () => {
    const summary = progressSummary([
      { firmId: "a", first: { readinessIndex: 30, factorScores: factors(1, 1, 2, 1) }, latest: { readinessIndex: 45, factorScores: factors(2, 2, 2.75, 2) } },
      { firmId: "b", first: { readinessIndex: 50, factorScores: factors(3, 2, 2.5) }, latest: { readinessIndex: 50, factorScores: factors(2, 3, 2.5, 3) } },
      { firmId: "c", first: { readinessIndex: 60, factorScores: factors(3, 3, 3) }, latest: { readinessIndex: 55, factorScores: factors(3, 2.5, 2.75) } },
    ]);
    expect(summary.firms).toBe(3);
    expect(summary.meanFirstIndex).toBeCloseTo(140 / 3, 12);
    expect(summary.meanLatestIndex).toBeCloseTo(150 / 3, 12);
    expect(summary.meanIndexChange).toBeCloseTo(10 / 3, 12);
    expect(summary.improvedShare).toBeCloseTo(1 / 3, 12);
    expect(summary.factors).toEqual([
      { factorId: "people", n: 3, meanChange: 0 },
      { factorId: "process", n: 3, meanChange: 0.5 },
      { factorId: "technology", n: 3, meanChange: 0.5 / 3 },
      // Services only where scored both times: firm a.
      { factorId: "services", n: 1, meanChange: 1 },
    ]);
  });

  it("has no figures when no firm re-assessed", () => {
    const summary = progressSummary([]);
    expect(summary).toMatchObject({ firms: 0, meanFirstIndex: null, meanLatestIndex: null, meanIndexChange: null, improvedShare: null });
    expect(summary.factors.every((f) => f.n === 0 && f.meanChange === null)).toBe(true);
  });
});
