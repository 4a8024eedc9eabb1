import { describe, expect, it } from "vitest";
import { bandDistribution } from "@/lib/cohort/band-distribution";
import { bandIds } from "@/lib/scoring/bands";

describe("band distribution", () => {
  it("lists every band in order, empty ones with 0, self-assessed and validated side by side", () => {
    const result = bandDistribution(["adopter", "explorer", "adopter", "leader"], ["adopter", "integrator"]);
    expect(result.map((b) => b.bandId)).toEqual(bandIds);
    expect(result).toEqual([
      { bandId: "newcomer", self: 0, validated: 0 },
      { bandId: "explorer", self: 1, validated: 0 },
      { bandId: "adopter", self: 2, validated: 1 },
      { bandId: "integrator", self: 0, validated: 1 },
      { bandId: "leader", self: 1, validated: 0 },
    ]);
  });
});
