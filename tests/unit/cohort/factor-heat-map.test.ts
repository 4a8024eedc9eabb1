import { describe, expect, it } from "vitest";
import { sectorFactorHeatMap } from "@/lib/cohort/factor-heat-map";
import { factors, member } from "./members";

describe("sector × factor heat map", () => {
  it("gives each sector's mean factor score with its n, sectors in code order, services only over services firms", () => {
    const rows = sectorFactorHeatMap([
      member({ firmId: "a", sector: "25", self: { readinessIndex: 40, readinessBand: "adopter", factorScores: factors(1, 2, 3, 4), dimensionScores: {} } }),
      member({ firmId: "b", sector: "22", self: { readinessIndex: 40, readinessBand: "adopter", factorScores: factors(2, 2, 2), dimensionScores: {} } }),
      member({ firmId: "c", sector: "25", self: { readinessIndex: 40, readinessBand: "adopter", factorScores: factors(3, 4, 5), dimensionScores: {} } }),
    ]);
    expect(rows).toEqual([
      {
        sector: "22",
        firms: 1,
        cells: [
          { factorId: "people", n: 1, mean: 2 },
          { factorId: "process", n: 1, mean: 2 },
          { factorId: "technology", n: 1, mean: 2 },
          { factorId: "services", n: 0, mean: null },
        ],
      },
      {
        sector: "25",
        firms: 2,
        cells: [
          { factorId: "people", n: 2, mean: 2 },
          { factorId: "process", n: 2, mean: 3 },
          { factorId: "technology", n: 2, mean: 4 },
          { factorId: "services", n: 1, mean: 4 },
        ],
      },
    ]);
  });
});
