import { z } from "zod";
import { CatalogueItemIdSchema, LocalizedTextSchema, catalogueItemKinds } from "@/lib/catalogue/item-schema";
import {
  challengeIds,
  countryCodes,
  dimensionIds,
  firmSizeBandIds,
  isicDivisionCodes,
  technologyIds,
  type DimensionId,
  type FirmSizeBand,
  type IsicDivision,
} from "@/lib/questionnaire/taxonomy";

// What recommend() returns, as zod schemas: the public API (/api/v1/recommendations) validates its
// response with them and builds its OpenAPI document from them, and the types below are inferred
// from them. Reasons are codes with data, not sentences, so every language phrases them its own
// way (describe.ts) and a test can check each one against the firm and the item.

const DimensionIdSchema = z.enum(dimensionIds as [DimensionId, ...DimensionId[]]);
const IsicDivisionSchema = z.enum(isicDivisionCodes as [IsicDivision, ...IsicDivision[]]);
const FirmSizeBandSchema = z.enum(firmSizeBandIds as [FirmSizeBand, ...FirmSizeBand[]]);
const CountryCodeSchema = z.enum(countryCodes);
/** Points the match added to the item's score (0 for check-eligibility). */
const PointsSchema = z.number().min(0);

export const RecommendationReasonSchema = z.discriminatedUnion("code", [
  z.strictObject({
    /** The item addresses one of the firm's focus dimensions (a gap it should act on). */
    code: z.literal("gap-dimension"),
    dimension: DimensionIdSchema,
    gap: z.number().positive(),
    /** The dimension's rank in the firm's priorities (1 = highest). */
    priorityRank: z.number().int().min(1),
    points: PointsSchema,
  }),
  z.strictObject({
    /** The item involves a technology that addresses a focus dimension ("gap") or that the firm uses ("in-use"). */
    code: z.literal("technology"),
    technology: z.enum(technologyIds),
    basis: z.enum(["gap", "in-use"]),
    /** The focus dimension the technology helps to close (basis "gap" only). */
    dimension: DimensionIdSchema.optional(),
    points: PointsSchema,
  }),
  z.strictObject({ code: z.literal("same-sector-division"), sector: IsicDivisionSchema, points: PointsSchema }),
  z.strictObject({
    /** The item's sector is in the same sector group as the firm's. */
    code: z.literal("related-sector"),
    sector: IsicDivisionSchema,
    itemSector: IsicDivisionSchema,
    group: z.string(),
    points: PointsSchema,
  }),
  z.strictObject({
    code: z.literal("same-sector-section"),
    section: z.string(),
    itemSector: IsicDivisionSchema,
    points: PointsSchema,
  }),
  z.strictObject({ code: z.literal("challenge"), challenge: z.enum(challengeIds), points: PointsSchema }),
  z.strictObject({ code: z.literal("size-fit"), band: FirmSizeBandSchema, points: PointsSchema }),
  z.strictObject({
    /** The item is tagged for a band next to the firm's (a small firm and a medium-sized case): near its size. */
    code: z.literal("size-near"),
    band: FirmSizeBandSchema,
    /** The item's band nearest to the firm's. */
    itemBand: FirmSizeBandSchema,
    points: PointsSchema,
  }),
  z.strictObject({
    /**
     * A large firm's case shown to a micro or small firm, and why its lesson carries over: its
     * primary technology works at small scale, or it is tagged for the firm's size (its first lesson quoted).
     */
    code: z.literal("size-transfer"),
    basis: z.enum(["small-scale-technology", "marked-for-size"]),
    /** The firm's band. */
    band: FirmSizeBandSchema,
    /** The case's primary technology (basis small-scale-technology only). */
    technology: z.enum(technologyIds).optional(),
    /** The case's first lesson (basis marked-for-size only). */
    lesson: LocalizedTextSchema.optional(),
    points: z.literal(0),
  }),
  z.strictObject({
    /** The firm meets a checkable eligibility condition that singles out firms like it (exporters, service providers). */
    code: z.literal("condition-met"),
    condition: z.enum(["exports", "offers-services"]),
    /** The condition's words, as the instrument states them. */
    text: LocalizedTextSchema,
    points: PointsSchema,
  }),
  z.strictObject({ code: z.literal("same-country"), country: CountryCodeSchema, points: PointsSchema }),
  z.strictObject({
    code: z.literal("same-region"),
    region: z.string(),
    /** The item's country (in the firm's region, not the firm's country). */
    country: CountryCodeSchema,
    points: PointsSchema,
  }),
  z.strictObject({
    /** A rule the profile cannot settle: shown to the firm to check before applying. */
    code: z.literal("check-eligibility"),
    rule: z.enum(["condition", "firm-size", "sector"]),
    condition: LocalizedTextSchema,
    points: z.literal(0),
  }),
]);
export type RecommendationReason = z.infer<typeof RecommendationReasonSchema>;
export type RecommendationReasonCode = RecommendationReason["code"];

export const RecommendationSchema = z.strictObject({
  itemId: CatalogueItemIdSchema,
  kind: z.enum(catalogueItemKinds),
  /** Position in its list, 1 = first (after the diversity re-rank). */
  rank: z.number().int().min(1),
  /** Relevance: the sum of the reasons' points, 4 decimals. */
  score: z.number().min(0),
  reasons: z.array(RecommendationReasonSchema).min(1),
});
export type Recommendation = z.infer<typeof RecommendationSchema>;

export const RecommendationsSchema = z.strictObject({
  /** The day eligibility dates were checked against (YYYY-MM-DD). */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Case studies. */
  firmsLikeYours: z.array(RecommendationSchema),
  /** Policy instruments and instrument types the firm may use: its country's, international or generic. */
  supportYouCanUse: z.array(RecommendationSchema),
});
export type Recommendations = z.infer<typeof RecommendationsSchema>;
