import { z } from "zod";
import { dimensionIds, isicDivisionCodes, technologyIds, type DimensionId, type IsicDivision } from "@/lib/questionnaire/taxonomy";

// The knobs of recommend() as data, so a programme can tune them without code and the admin
// editor can validate edits with the same schema. The formula is in docs/recommender.md.

const DimensionIdSchema = z.enum(dimensionIds as [DimensionId, ...DimensionId[]]);
const IsicDivisionSchema = z.enum(isicDivisionCodes as [IsicDivision, ...IsicDivision[]]);
/** Points a match adds to an item's relevance score. */
const PointsSchema = z.number().min(0).max(20);

/** Points that differ between case studies and instruments (policy instruments and instrument types). */
export const PerKindPointsSchema = z.strictObject({ caseStudy: PointsSchema, instrument: PointsSchema });

export const DiversityRuleSchema = z.strictObject({
  /** How many top positions the caps apply to; below them the list is in score order. */
  window: z.number().int().min(1).max(20),
  /** At most this many items sharing a primary technology within the window. */
  maxSameTechnology: z.number().int().min(1),
  /** At most this many items from one country within the window (generic and international items count for none). */
  maxSameCountry: z.number().int().min(1),
  /** At most this many instruments sharing a primary support mechanism within the window. */
  maxSameMechanism: z.number().int().min(1),
});
export type DiversityRule = z.infer<typeof DiversityRuleSchema>;

export const SectorGroupSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  divisions: z.array(IsicDivisionSchema).min(2),
});
export type SectorGroup = z.infer<typeof SectorGroupSchema>;

export const RecommenderWeightsSchema = z
  .strictObject({
    /** How many of the firm's top-priority dimensions with a gap count as gaps to close. */
    focusDimensionCount: z.number().int().min(1).max(dimensionIds.length),
    /** Points for an item addressing a focus dimension, scaled by that dimension's priority relative to the top one. */
    gapDimension: PointsSchema,
    /** Points for an item technology that addresses one of the focus dimensions, scaled like gapDimension. */
    technologyForGap: PointsSchema,
    /** Points for an item technology the firm already uses (a technology counts once, the higher of this and technologyForGap). */
    technologyInUse: PointsSchema,
    /** Only the best this-many technology matches count, so a long technology list cannot buy relevance. */
    maxTechnologyMatches: z.number().int().min(1),
    sameDivision: PointsSchema,
    relatedSector: PointsSchema,
    sameSection: PointsSchema,
    /**
     * Points per firm challenge the item addresses. Worth more for instruments: the source's policy
     * table maps firm challenges to policy responses, so a named challenge is the strongest signal
     * for support, while cases are chosen mainly by gap and sector.
     */
    challenge: PerKindPointsSchema,
    /** Points when the item suits the firm's size band; more for instruments, which are built for a size. */
    sizeFit: PerKindPointsSchema,
    /** Points when the item is tagged only for a band next to the firm's (near its size); below sizeFit. */
    sizeNear: PerKindPointsSchema,
    /**
     * Technologies a micro or small firm can adopt at small scale (rented, one unit at a time):
     * a large firm's case whose primary technology is one of them is shown to small firms, with that reason.
     */
    smallScaleTechnologies: z.array(z.enum(technologyIds)),
    /** Points per checkable eligibility condition the firm meets (e.g. an instrument for exporters, and the firm exports). */
    conditionMet: PointsSchema,
    sameCountry: PointsSchema,
    sameRegion: PointsSchema,
    /** Items scoring below this are not listed: one weak match (size, region) is not a reason to read a case. */
    minScore: z.number().min(0),
    /** Items per list unless the caller asks for another number. */
    listLength: z.number().int().min(1).max(50),
    diversity: z.strictObject({ firmsLikeYours: DiversityRuleSchema, supportYouCanUse: DiversityRuleSchema }),
    /** Which readiness dimensions each technology helps to raise. */
    technologyDimensions: z.strictObject(
      Object.fromEntries(technologyIds.map((id) => [id, z.array(DimensionIdSchema).min(1)])) as Record<
        (typeof technologyIds)[number],
        z.ZodArray<typeof DimensionIdSchema>
      >,
    ),
    /** ISIC divisions similar enough that firms learn from each other's cases ("related sector"). */
    sectorGroups: z.array(SectorGroupSchema),
  })
  .superRefine((weights, ctx) => {
    const report = (message: string, path: PropertyKey[]) => ctx.addIssue({ code: "custom", message, path });
    // Sector similarity must rank same division > related > same section > other (the product rule).
    if (!(weights.sameDivision > weights.relatedSector && weights.relatedSector > weights.sameSection)) {
      report("sector points must fall: sameDivision > relatedSector > sameSection", ["sameDivision"]);
    }
    if (!(weights.sizeFit.caseStudy > weights.sizeNear.caseStudy && weights.sizeFit.instrument >= weights.sizeNear.instrument)) {
      report("size points must fall: sizeFit > sizeNear", ["sizeNear"]);
    }
    if (!(weights.sameCountry > weights.sameRegion)) report("sameCountry must be above sameRegion", ["sameCountry"]);
    const owner = new Map<string, string>();
    weights.sectorGroups.forEach((group, index) => {
      for (const division of group.divisions) {
        const previous = owner.get(division);
        if (previous) report(`division ${division} is in both "${previous}" and "${group.id}"`, ["sectorGroups", index, "divisions"]);
        owner.set(division, group.id);
      }
    });
    for (const [name, rule] of Object.entries(weights.diversity)) {
      if (rule.window > weights.listLength) report(`the ${name} diversity window is longer than the list`, ["diversity", name, "window"]);
    }
  });
export type RecommenderWeights = z.infer<typeof RecommenderWeightsSchema>;
