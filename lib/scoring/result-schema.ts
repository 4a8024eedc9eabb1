import { z } from "zod";
import { challengeIds, dimensionIds, factorIds, type DimensionId } from "@/lib/questionnaire/taxonomy";
import { maxLevel, minLevel } from "@/lib/questionnaire/version-schema";
import { bandIds } from "./bands";

// What the scoring engine returns, as zod schemas: the public API (/api/v1/score) validates
// its response with them and generates its OpenAPI document from them (z.toJSONSchema), and
// the TypeScript types below are inferred from them so the two cannot drift apart.
// See docs/scoring.md for the formulas behind each field.

const FactorIdSchema = z.enum(factorIds);
const DimensionIdSchema = z.enum(dimensionIds as [DimensionId, ...DimensionId[]]);
const IndicatorIdSchema = z.string().min(1);
const BandIdSchema = z.enum(bandIds).describe("Named band; see docs/scoring.md for the thresholds");
const WeightSchema = z.number().positive();

/** A whole maturity level as answered. */
const LevelSchema = z.number().int().min(minLevel).max(maxLevel);
/** A score on the 0–5 scale, kept to 9 decimals (not rounded for display), so it can be checked against its sources. */
const ScoreSchema = z.number().min(minLevel).max(maxLevel);

export const IndicatorLevelSchema = z.strictObject({
  indicatorId: IndicatorIdSchema,
  dimensionId: DimensionIdSchema,
  level: LevelSchema,
  weight: WeightSchema,
});
export type IndicatorLevel = z.infer<typeof IndicatorLevelSchema>;

export const IndicatorContributionSchema = z.strictObject({
  indicatorId: IndicatorIdSchema,
  /** null: visible but unanswered, counted as level 0. */
  level: LevelSchema.nullable(),
  weight: WeightSchema,
});
export type IndicatorContribution = z.infer<typeof IndicatorContributionSchema>;

export const targetOrigins = ["answers", "given", "default"] as const;
export type TargetOrigin = (typeof targetOrigins)[number];

export const DimensionScoreSchema = z.strictObject({
  dimensionId: DimensionIdSchema,
  factorId: FactorIdSchema,
  weight: WeightSchema,
  /** Weighted mean of the visible indicators' levels, unanswered ones counted as 0. */
  score: ScoreSchema,
  band: BandIdSchema,
  target: z.strictObject({
    level: LevelSchema,
    /** answers: the firm's answers.targets; given: the targets passed to scoreAssessment; default: one level above the score. */
    origin: z.enum(targetOrigins),
  }),
  /** max(0, target − score). */
  gap: z.number().min(0).max(maxLevel),
  answeredCount: z.number().int().min(0),
  indicatorCount: z.number().int().min(1),
  sources: z.strictObject({ indicators: z.array(IndicatorContributionSchema).min(1) }),
});
export type DimensionScore = z.infer<typeof DimensionScoreSchema>;

export const FactorScoreSchema = z.strictObject({
  factorId: FactorIdSchema,
  /** Mean of the factor's visible dimension scores weighted by dimension weight. */
  score: ScoreSchema,
  band: BandIdSchema,
  /** Whether the factor counts in the readiness index (people, process, technology do; services does not). */
  inIndex: z.boolean(),
  sources: z.strictObject({
    dimensions: z.array(z.strictObject({ dimensionId: DimensionIdSchema, score: ScoreSchema, weight: WeightSchema })).min(1),
  }),
});
export type FactorScore = z.infer<typeof FactorScoreSchema>;

export const ReadinessIndexSchema = z.strictObject({
  /** Mean of the core factor scores / 5 × 100, rounded to one decimal. */
  value: z.number().min(0).max(100),
  band: BandIdSchema,
  sources: z.strictObject({ factors: z.array(z.strictObject({ factorId: FactorIdSchema, score: ScoreSchema })) }),
});
export type ReadinessIndex = z.infer<typeof ReadinessIndexSchema>;

export const ScoringResultSchema = z.strictObject({
  versionId: z.string(),
  /** Every visible indicator is answered (always true for a submitted assessment). */
  complete: z.boolean(),
  /** Answered visible indicators in questionnaire order. */
  indicators: z.array(IndicatorLevelSchema),
  /** Visible dimensions in questionnaire order. */
  dimensions: z.array(DimensionScoreSchema),
  /** Visible factors in questionnaire order. */
  factors: z.array(FactorScoreSchema),
  index: ReadinessIndexSchema,
});
export type ScoringResult = z.infer<typeof ScoringResultSchema>;

// Priorities: reason codes, not sentences, so every language phrases them its own way.

export const PriorityReasonSchema = z.discriminatedUnion("code", [
  z.strictObject({ code: z.literal("gap"), gap: z.number().positive(), current: ScoreSchema, target: LevelSchema }),
  z.strictObject({
    code: z.literal("sector"),
    /** The firm's ISIC division code. */
    sector: z.string(),
    /** Relevance multiplier of this dimension for the sector (≠ 1). */
    multiplier: z.number().positive(),
  }),
  z.strictObject({ code: z.literal("challenge"), challenge: z.enum(challengeIds) }),
  z.strictObject({
    /** No target was chosen: the dimension counts by its distance from the top of the scale, so lower levels come first (issue 17). */
    code: z.literal("low-level"),
    current: ScoreSchema,
    need: z.number().positive().max(maxLevel),
  }),
  z.strictObject({
    /** This dimension is below the level another dimension with a gap builds on. */
    code: z.literal("prerequisite-of"),
    dimension: DimensionIdSchema,
    requiredLevel: ScoreSchema,
  }),
  z.strictObject({
    /** This dimension builds on another that is still below the level it needs; deferred. */
    code: z.literal("awaits-prerequisite"),
    prerequisite: DimensionIdSchema,
    requiredLevel: ScoreSchema,
  }),
]);
export type PriorityReason = z.infer<typeof PriorityReasonSchema>;
export type PriorityReasonCode = PriorityReason["code"];

export const RankedDimensionSchema = z.strictObject({
  dimensionId: DimensionIdSchema,
  factorId: FactorIdSchema,
  /** 1 = highest priority. */
  rank: z.number().int().min(1),
  /** need × sector × challenge relevance, deferred when a prerequisite is weak, plus prerequisite boosts; 4 decimals. */
  priority: z.number().min(0),
  current: ScoreSchema,
  target: LevelSchema,
  gap: z.number().min(0).max(maxLevel),
  /**
   * What the ranking weighs: the gap when the target was chosen, otherwise the distance from the
   * current level to the top of the scale (0 without a gap). Absent in rankings stored before issue 17, which weighed the gap.
   */
  need: z.number().min(0).max(maxLevel).optional(),
  sectorMultiplier: z.number().positive(),
  challengeMultiplier: z.number().positive(),
  deferred: z.boolean(),
  reasons: z.array(PriorityReasonSchema),
});
export type RankedDimension = z.infer<typeof RankedDimensionSchema>;

export const PriorityRankingSchema = z.strictObject({
  /** The top dimensions with a priority above 0 (at most focusAreaCount of the weights). */
  focusAreas: z.array(RankedDimensionSchema),
  /** Every visible dimension, highest priority first; ties in questionnaire order. */
  ranking: z.array(RankedDimensionSchema),
});
export type PriorityRanking = z.infer<typeof PriorityRankingSchema>;
