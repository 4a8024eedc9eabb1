import { describe, expect, it } from "vitest";
import { challengeIds, isicDivisionCodes, isicSectionOf } from "@/lib/questionnaire/taxonomy";
import { priorityWeights } from "@/lib/scoring/priority-weights";
import { PriorityWeightsSchema, type PriorityWeights } from "@/lib/scoring/priority-weights-schema";

const copy = (): PriorityWeights => structuredClone(priorityWeights);
const issuesOf = (weights: unknown) => {
  const parsed = PriorityWeightsSchema.safeParse(weights);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
};

describe("priority weights", () => {
  it("ships weights that pass their schema", () => {
    expect(PriorityWeightsSchema.parse(priorityWeights)).toEqual(priorityWeights);
  });

  it("gives every sector of the taxonomy a relevance group, by division or by section", () => {
    for (const code of isicDivisionCodes) {
      const section = isicSectionOf(code)!;
      const group = priorityWeights.sectors.find((g) => g.divisions.includes(code)) ?? priorityWeights.sectors.find((g) => g.sections.includes(section));
      expect(group, `division ${code}`).toBeDefined();
    }
  });

  it("maps every firm challenge to the dimensions it bears on", () => {
    expect(Object.keys(priorityWeights.challenges).sort()).toEqual([...challengeIds].sort());
  });

  it("includes the prerequisites the product brief names", () => {
    const edges = priorityWeights.prerequisites.map((p) => `${p.dimension}<${p.requires}`);
    expect(edges).toEqual(expect.arrayContaining(["intelligence<connectivity", "automation<skills", "digital-services<connectivity"]));
  });

  it("rejects a prerequisite cycle, a self-prerequisite and a division in two groups", () => {
    const cyclic = copy();
    cyclic.prerequisites.push({ dimension: "connectivity", requires: "intelligence", level: 2 });
    expect(issuesOf(cyclic).join()).toMatch(/cycle/);

    const self = copy();
    self.prerequisites.push({ dimension: "skills", requires: "skills", level: 2 });
    expect(issuesOf(self).join()).toMatch(/itself/);

    const twice = copy();
    twice.sectors[1]!.divisions.push("10");
    expect(issuesOf(twice).join()).toMatch(/division 10/);
  });

  it("rejects unknown dimensions and challenges and out-of-range multipliers", () => {
    const unknownDimension = copy() as unknown as { sectors: Array<{ multipliers: Record<string, number> }> };
    unknownDimension.sectors[0]!.multipliers["marketing"] = 1.2;
    expect(issuesOf(unknownDimension)).not.toEqual([]);

    const tooStrong = copy();
    tooStrong.sectors[0]!.multipliers.lifecycle = 3;
    expect(issuesOf(tooStrong)).not.toEqual([]);

    const missingChallenge = copy() as unknown as { challenges: Record<string, unknown> };
    delete missingChallenge.challenges["funding"];
    expect(issuesOf(missingChallenge)).not.toEqual([]);
  });
});
