import { z } from "zod";
import { challengeIds, dimensionIds, isicDivisionCodes, isicDivisions, type DimensionId } from "@/lib/questionnaire/taxonomy";
import { maxLevel } from "@/lib/questionnaire/version-schema";

// The knobs of rankPriorities as data, so a programme can tune them without code (and the
// admin editor can validate edits with the same schema). The formula is in docs/scoring.md.

const DimensionIdSchema = z.enum(dimensionIds as [DimensionId, ...DimensionId[]]);
const sectionCodes = [...new Set(isicDivisions.map((d) => d.section))] as [string, ...string[]];

/** Relevance multiplier: 1 is neutral, above 1 matters more, below 1 less. Bounded so no sector can zero out or swamp a gap. */
const MultiplierSchema = z.number().min(0.5).max(2);

export const SectorRelevanceSchema = z.strictObject({
  /** A name for the group, for docs and admin screens. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** ISIC divisions the group applies to; a division match wins over a section match. */
  divisions: z.array(z.enum(isicDivisionCodes as [string, ...string[]])),
  /** ISIC sections the group applies to, for divisions no group lists. */
  sections: z.array(z.enum(sectionCodes)),
  /** Dimensions not listed get 1. */
  multipliers: z.partialRecord(DimensionIdSchema, MultiplierSchema),
});
export type SectorRelevance = z.infer<typeof SectorRelevanceSchema>;

export const PrerequisiteSchema = z.strictObject({
  /** The dimension that builds on another. */
  dimension: DimensionIdSchema,
  /** The dimension it builds on. */
  requires: DimensionIdSchema,
  /**
   * The prerequisite is weak while its score is below the lower of this level and the
   * dependent's target: aiming at level 2 analytics needs level 2 connectivity, not 3.
   */
  level: z.number().int().min(1).max(maxLevel),
});
export type Prerequisite = z.infer<typeof PrerequisiteSchema>;

export const PriorityWeightsSchema = z
  .strictObject({
    /** How many focus areas to propose. */
    focusAreaCount: z.number().int().min(1).max(dimensionIds.length),
    /** Added to a dimension's challenge multiplier (1) for each stated challenge that bears on it. */
    challengeBonus: z.number().min(0).max(1),
    /** Factor on the priority of a dimension whose prerequisite is weak (1 = no deferral). */
    deferFactor: z.number().min(0).max(1),
    /** Share of a deferred dimension's priority handed to its weak prerequisite. */
    prerequisiteBoost: z.number().min(0).max(1),
    sectors: z.array(SectorRelevanceSchema),
    /** Which dimensions each firm challenge bears on. */
    challenges: z.strictObject(
      Object.fromEntries(challengeIds.map((id) => [id, z.array(DimensionIdSchema).min(1)])) as Record<
        (typeof challengeIds)[number],
        z.ZodArray<typeof DimensionIdSchema>
      >,
    ),
    prerequisites: z.array(PrerequisiteSchema),
  })
  .superRefine((weights, ctx) => {
    const report = (message: string, path: Array<string | number>) => ctx.addIssue({ code: "custom", message, path });
    const divisionOwner = new Map<string, string>();
    const sectionOwner = new Map<string, string>();
    weights.sectors.forEach((group, index) => {
      if (group.divisions.length + group.sections.length === 0) report(`sector group "${group.id}" applies to nothing`, ["sectors", index]);
      for (const code of group.divisions) {
        const owner = divisionOwner.get(code);
        if (owner) report(`division ${code} is in both "${owner}" and "${group.id}"`, ["sectors", index, "divisions"]);
        divisionOwner.set(code, group.id);
      }
      for (const code of group.sections) {
        const owner = sectionOwner.get(code);
        if (owner) report(`section ${code} is in both "${owner}" and "${group.id}"`, ["sectors", index, "sections"]);
        sectionOwner.set(code, group.id);
      }
    });
    const seenEdges = new Set<string>();
    weights.prerequisites.forEach((edge, index) => {
      if (edge.dimension === edge.requires) report(`"${edge.dimension}" cannot require itself`, ["prerequisites", index]);
      const key = `${edge.dimension}<${edge.requires}`;
      if (seenEdges.has(key)) report(`"${edge.dimension}" requires "${edge.requires}" twice`, ["prerequisites", index]);
      seenEdges.add(key);
    });
    // Kept acyclic so the order of work the priorities suggest always has a first step.
    const cycle = findCycle(weights.prerequisites);
    if (cycle) report(`prerequisites form a cycle: ${cycle.join(" → ")}`, ["prerequisites"]);
  });
export type PriorityWeights = z.infer<typeof PriorityWeightsSchema>;

function findCycle(edges: readonly Prerequisite[]): string[] | null {
  const requires = new Map<string, string[]>();
  for (const edge of edges) requires.set(edge.dimension, [...(requires.get(edge.dimension) ?? []), edge.requires]);
  const state = new Map<string, "visiting" | "done">();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === "done") return null;
    if (state.get(node) === "visiting") return [...path.slice(path.indexOf(node)), node];
    state.set(node, "visiting");
    path.push(node);
    for (const next of requires.get(node) ?? []) {
      const found = visit(next);
      if (found) return found;
    }
    path.pop();
    state.set(node, "done");
    return null;
  };
  for (const node of requires.keys()) {
    const found = visit(node);
    if (found) return found;
  }
  return null;
}
