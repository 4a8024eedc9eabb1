import { z } from "zod";
import type { ApiOperation } from "@/lib/api/openapi";
import { HowToApplySchema, LocalizedTextSchema } from "@/lib/catalogue/item-schema";
import { ProfileValueSchema } from "@/lib/questionnaire/answer-set";
import { localeIds, type LocaleId } from "@/lib/questionnaire/taxonomy";
import { LevelSchema } from "@/lib/questionnaire/version-schema";
import { RecommendationSchema } from "@/lib/recommender/result-schema";
import { PriorityRankingSchema } from "@/lib/scoring/result-schema";
import { apiErrorBody, ApiAnswerSetSchema, commonErrorResponses } from "../shared-schemas";

/** Largest accepted body: a full answer set or a priority ranking is a few KB. */
export const recommendationsMaxBodyBytes = 64 * 1024;

/** A calendar day; checked by round trip, so 2026-02-30 is refused. */
const CalendarDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use YYYY-MM-DD.")
  .refine((value) => {
    const time = Date.parse(`${value}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
  }, "Not a calendar date.");

export const RecommendationsRequestSchema = z
  .strictObject({
    questionnaireVersion: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .describe('A published questionnaire version id such as "v1"; the current version when left out. Profile ids and options come from it'),
    profile: z
      .record(z.string(), ProfileValueSchema)
      .describe("Profile question id → answer: country, sector, employees, exports, offers-services, technologies, challenges (GET /questionnaire lists them)"),
    answers: ApiAnswerSetSchema.omit({ profile: true })
      .optional()
      .describe("Levels (and targets) to score, as POST /score takes them; the firm's priorities are ranked from them. Leave out when sending priorities"),
    targets: z
      .record(z.string(), LevelSchema)
      .optional()
      .describe("Dimension id → target level 0–5; replaces answers.targets, as in POST /score"),
    priorities: PriorityRankingSchema.optional().describe(
      "A priority ranking already computed (POST /score's priorities, unchanged: each dimension once, ranks 1, 2, 3… by falling priority); used instead of scoring answers",
    ),
    today: CalendarDaySchema.optional().describe("The day to check instruments' open and close dates against (YYYY-MM-DD); today in UTC when left out"),
    limit: z.number().int().min(1).max(10).optional().describe("Items per list, 1–10; 5 when left out"),
  })
  .superRefine((body, ctx) => {
    if (body.priorities === undefined) return;
    if (body.answers !== undefined || body.targets !== undefined) {
      ctx.addIssue({ code: "custom", message: "Send either answers (with targets) or priorities, not both.", path: ["priorities"] });
    }
    // A ranking as rankPriorities produces it: each dimension once, ranks 1, 2, 3… by falling
    // priority. Relevance is weighed by priority relative to the first, so order matters.
    const { ranking } = body.priorities;
    ranking.forEach((ranked, index) => {
      const at = ["priorities", "ranking", index];
      if (ranked.rank !== index + 1) ctx.addIssue({ code: "custom", message: `Ranks run 1, 2, 3… in order; expected ${index + 1}.`, path: [...at, "rank"] });
      if (index > 0 && ranked.priority > ranking[index - 1]!.priority) {
        ctx.addIssue({ code: "custom", message: "The ranking is ordered by priority, highest first.", path: [...at, "priority"] });
      }
      if (ranking.findIndex((other) => other.dimensionId === ranked.dimensionId) !== index) {
        ctx.addIssue({ code: "custom", message: "Each dimension appears once in the ranking.", path: [...at, "dimensionId"] });
      }
    });
  })
  .describe("A firm's profile, with its answers or its priorities");
export type RecommendationsRequest = z.infer<typeof RecommendationsRequestSchema>;

const ClosingNoticeSchema = z
  .discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("closes-in"), days: z.number().int().min(0), closesOn: z.string() }),
    z.strictObject({ kind: z.literal("open-until"), closesOn: z.string() }),
    z.strictObject({ kind: z.literal("not-yet-open"), opensOn: z.string() }),
    z.strictObject({ kind: z.literal("closed"), closesOn: z.string() }),
  ])
  .describe("An instrument's application window as a firm reads it (lib/catalogue/closing-notice.ts)");

const RecommendationTextSchema = z
  .strictObject({
    headline: z.string().describe("The strongest reason joined to what the item did and one of its key figures"),
    reasons: z.array(z.string()).describe("One sentence per reason, in the order of `reasons`"),
  })
  .describe("The words shown with a recommendation in one language");

export const ApiRecommendationSchema = RecommendationSchema.extend({
  name: LocalizedTextSchema.describe("The item's short name"),
  title: LocalizedTextSchema.describe("The item's headline"),
  country: z.string().describe('The item\'s country code, "international" or "generic"'),
  text: z
    .strictObject(Object.fromEntries(localeIds.map((locale) => [locale, RecommendationTextSchema])) as Record<LocaleId, typeof RecommendationTextSchema>)
    .describe("Headline and reason sentences in every product language"),
  howToApply: HowToApplySchema.optional().describe("Instruments only: who may apply, the steps, the website and the contact point, where the catalogue gives them"),
  closingNotice: ClosingNoticeSchema.optional().describe(
    "Instruments only, when the application window has an announced end or has not opened yet: as on asOf, closes-in (within 60 days, with the days left; 0 is the last day), open-until, not-yet-open or closed",
  ),
}).describe("One recommended catalogue item: its rank, relevance score, the reasons as codes with data, and the same reasons in words");

export const RecommendationsResponseSchema = z
  .strictObject({
    questionnaireVersion: z.string().describe("The version the profile (and answers) were checked with"),
    asOf: z.string().describe("The day eligibility dates were checked against"),
    firmsLikeYours: z.array(ApiRecommendationSchema).describe("Case studies, most relevant first"),
    supportYouCanUse: z
      .array(ApiRecommendationSchema)
      .describe("Policy instruments and instrument types whose rules do not exclude the firm: its country's, international or generic"),
  })
  .describe("The two ranked lists, each item with the reasons it was chosen (see docs/recommender.md)");
export type RecommendationsResponse = z.infer<typeof RecommendationsResponseSchema>;

/** A small Malaysian plastics firm with a connectivity gap; valid for v1. */
export const recommendationsRequestExample: RecommendationsRequest = {
  questionnaireVersion: "v1",
  profile: {
    country: "MY",
    sector: "22",
    employees: 85,
    exports: true,
    "offers-services": false,
    technologies: ["cad-cam"],
    challenges: ["funding", "qualified-personnel"],
  },
  answers: {
    levels: { "connectivity-machines": 1, "connectivity-platform": 0, "intelligence-analysis": 1 },
    targets: { connectivity: 3 },
  },
  today: "2026-06-01",
};

export const recommendationsOperation: ApiOperation = {
  method: "post",
  path: "/recommendations",
  operationId: "recommend",
  summary: "Recommend case studies and support instruments for a firm, with the reasons for each",
  description: [
    "From the firm's profile and either its answers (scored as POST /score scores them) or a priority ranking already computed,",
    "two ranked lists: firms like yours (case studies) and support you can use (instruments whose eligibility rules do not exclude",
    "the firm). Each item carries its relevance score, the reasons as codes with data, and the same reasons as English and Malay",
    "sentences. Reads the live catalogue (admins' edits included, retired items never); nothing is stored and no sign-in is needed.",
    "The body must be JSON of at most 64 KB.",
  ].join(" "),
  tags: ["recommendations"],
  requestBody: { description: "The firm", body: { name: "RecommendationsRequest", schema: RecommendationsRequestSchema }, example: recommendationsRequestExample },
  responses: {
    200: { description: "The two lists", body: { name: "RecommendationsResponse", schema: RecommendationsResponseSchema } },
    400: {
      description: "The body is not JSON (invalid_json), does not match RecommendationsRequest (invalid_body, with fields) or names an unpublished questionnaire version (unknown_questionnaire_version)",
      body: apiErrorBody,
      example: { error: "invalid_body", message: "The request body does not match the schema; see fields.", fields: { profile: "Required." } },
    },
    422: {
      description: "The profile or answers do not fit the questionnaire version (invalid_answers): unknown ids, options it does not offer, numbers out of range",
      body: apiErrorBody,
      example: {
        error: "invalid_answers",
        message: "Some answers are not valid for this questionnaire version; see fields and problems.",
        fields: { "profile.country": "This is not one of the question's options." },
        problems: [{ field: "profile.country", code: "unknown-option" }],
      },
    },
    ...commonErrorResponses,
  },
};
