import { z } from "zod";
import type { ApiOperation } from "@/lib/api/openapi";
import { localeIds } from "@/lib/questionnaire/taxonomy";
import { QuestionnaireTextSchema } from "@/lib/questionnaire/text-schema";
import { QuestionnaireVersionSchema } from "@/lib/questionnaire/version-schema";
import { apiErrorBody, commonErrorResponses } from "../shared-schemas";

export const QuestionnaireQuerySchema = z.object({
  version: z.string().min(1).max(64).optional(),
  locale: z.enum(localeIds).default("en"),
});
export type QuestionnaireQuery = z.infer<typeof QuestionnaireQuerySchema>;

export const QuestionnaireResponseSchema = z
  .strictObject({
    questionnaireVersion: z.string().describe('The version id, e.g. "v1"'),
    contentHash: z.string().describe('"sha256:" + hex digest pinning the version\'s structure and every locale\'s text; also the ETag'),
    locale: z.enum(localeIds).describe("The locale of `text`"),
    locales: z.array(z.enum(localeIds)).describe("Every locale the version ships text for"),
    structure: QuestionnaireVersionSchema.describe("Sections, factors, dimensions, indicators, profile questions and visibility rules: ids, types and weights, no prose"),
    text: QuestionnaireTextSchema.describe("All human text of the version in `locale`, keyed by the ids of `structure`"),
  })
  .describe("One published questionnaire version in one language");
export type QuestionnaireResponse = z.infer<typeof QuestionnaireResponseSchema>;

const etagHeader = { description: "The version's content hash in quotes; send it back as If-None-Match", schema: z.string() };

export const questionnaireOperation: ApiOperation = {
  method: "get",
  path: "/questionnaire",
  operationId: "getQuestionnaire",
  summary: "A published questionnaire version: structure, one language's text and its content hash",
  description: [
    "Published versions never change. A request naming `version` may be cached for a year (`immutable`); one without it follows",
    "the current version and is cached for 5 minutes, then revalidated with `If-None-Match` (304 when unchanged).",
  ].join(" "),
  tags: ["questionnaire"],
  parameters: [
    {
      name: "version",
      in: "query",
      description: "A published version id; the current version when left out",
      schema: QuestionnaireQuerySchema.shape.version,
      example: "v1",
    },
    { name: "locale", in: "query", description: "Language of `text`", schema: QuestionnaireQuerySchema.shape.locale, example: "ms" },
    { name: "If-None-Match", in: "header", description: "An ETag from an earlier answer", schema: z.string() },
  ],
  responses: {
    200: {
      description: "The version",
      body: { name: "QuestionnaireResponse", schema: QuestionnaireResponseSchema },
      headers: {
        ETag: etagHeader,
        "Cache-Control": { description: "immutable with ?version=, five minutes without", schema: z.string() },
      },
    },
    304: { description: "Not modified: the ETag in If-None-Match is still current", headers: { ETag: etagHeader } },
    400: {
      description: "A query parameter is not valid (invalid_query), e.g. an unsupported locale",
      body: apiErrorBody,
      example: { error: "invalid_query", message: "A query parameter is not valid; see fields.", fields: { locale: 'Invalid option: expected one of "en"|"ms"' } },
    },
    404: {
      description: "No such published version (unknown_questionnaire_version)",
      body: apiErrorBody,
      example: {
        error: "unknown_questionnaire_version",
        message: 'Questionnaire version "v9" is not published. Published versions: v1.',
        fields: { version: 'Questionnaire version "v9" is not published. Published versions: v1.' },
      },
    },
    500: commonErrorResponses[500],
  },
};
