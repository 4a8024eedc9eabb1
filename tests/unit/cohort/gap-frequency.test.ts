import { describe, expect, it } from "vitest";
import { gapFrequencies } from "@/lib/cohort/gap-frequency";

describe("most common priority gaps", () => {
  it("counts firms per focus-area dimension over the whole cohort, most common first", () => {
    const gaps = gapFrequencies([["connectivity", "skills"], ["skills", "connectivity", "automation"], ["skills"], []]);
    expect(gaps).toEqual([
      { dimensionId: "skills", firms: 3, share: 0.75, firstPriority: 2 },
      { dimensionId: "connectivity", firms: 2, share: 0.5, firstPriority: 1 },
      { dimensionId: "automation", firms: 1, share: 0.25, firstPriority: 0 },
    ]);
  });

  it("breaks ties by how often a dimension comes first, then by questionnaire order", () => {
    const gaps = gapFrequencies([["intelligence", "skills"], ["operations", "leadership"], ["leadership"]]);
    // leadership: 2 firms (1 first); intelligence, operations: 1 each, first once; skills: 1, never first.
    expect(gaps.map((g) => g.dimensionId)).toEqual(["leadership", "operations", "intelligence", "skills"]);
  });

  it("is empty for an empty cohort", () => {
    expect(gapFrequencies([])).toEqual([]);
  });
});
