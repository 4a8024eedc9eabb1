import { z } from "zod";
import type { ApiOperation } from "@/lib/api/openapi";
import { BandSchema } from "@/lib/scoring/bands";
import { PriorityRankingSchema, ScoringResultSchema } from "@/lib/scoring/result-schema";
import { LevelSchema } from "@/lib/questionnaire/version-schema";
import { apiErrorBody, ApiAnswerSetSchema, commonErrorResponses } from "../shared-schemas";

/** Largest accepted body. A full v1 answer set is about 3 KB; notes are not scored and may be left out. */
export const scoreMaxBodyBytes = 64 * 1024;

export const ScoreRequestSchema = z
  .strictObject({
    questionnaireVersion: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .describe('A published questionnaire version id such as "v1"; the current version when left out'),
    answers: ApiAnswerSetSchema,
    targets: z
      .record(z.string(), LevelSchema)
      .optional()
      .describe("Dimension id → target level 0–5 (e.g. a programme's targets); when given, replaces answers.targets entirely"),
  })
  .describe("Answers to score, with optional targets");
export type ScoreRequest = z.infer<typeof ScoreRequestSchema>;

export const ScoreResponseSchema = z
  .strictObject({
    questionnaireVersion: z.string().describe("The version the answers were scored with"),
    contentHash: z.string().describe("Content hash of that version (as GET /questionnaire reports it)"),
    result: ScoringResultSchema,
    priorities: PriorityRankingSchema,
    explanations: z
      .strictObject({
        indexBand: BandSchema.describe("The readiness index's band, with its English name and meaning"),
        reasons: z
          .record(z.string(), z.array(z.string()))
          .describe("Dimension id → one English sentence per priority reason, in the order of that dimension's reasons"),
      })
      .describe("English text for the numbers, for clients that do not phrase reason codes themselves"),
  })
  .describe("Scores, bands, targets, gaps and priorities, each traceable to the answers (see docs/scoring.md)");
export type ScoreResponse = z.infer<typeof ScoreResponseSchema>;

/** A small food processor (ISIC 10) that has answered a few indicators; valid for v1. */
export const scoreRequestExample: ScoreRequest = {
  questionnaireVersion: "v1",
  answers: {
    profile: { country: "MY", sector: "10", employees: 12, "offers-services": false, challenges: ["funding", "awareness"] },
    levels: {
      "skills-operator-digital": 1,
      "skills-training-system": 0,
      "skills-technical-specialists": 0,
      "connectivity-machines": 1,
      "connectivity-platform": 0,
      "connectivity-cybersecurity": 1,
    },
    targets: { connectivity: 3 },
  },
};

export const scoreOperation: ApiOperation = {
  method: "post",
  path: "/score",
  operationId: "scoreAnswers",
  summary: "Score answers: readiness index, factor and dimension scores, gaps and priorities",
  description: [
    "Stateless: nothing is stored and no sign-in is needed. The answers are checked against the questionnaire version as a draft",
    "is (unanswered indicators are allowed and count as level 0; `result.complete` says whether any remain), then scored exactly",
    "as a submitted assessment is. The body must be JSON (`Content-Type: application/json`) of at most 64 KB.",
  ].join(" "),
  tags: ["scoring"],
  requestBody: { description: "The answers to score", body: { name: "ScoreRequest", schema: ScoreRequestSchema }, example: scoreRequestExample },
  responses: {
    200: { description: "The scores", body: { name: "ScoreResponse", schema: ScoreResponseSchema } },
    400: {
      description: "The body is not JSON (invalid_json), does not match ScoreRequest (invalid_body, with fields) or names an unpublished questionnaire version (unknown_questionnaire_version)",
      body: apiErrorBody,
      example: {
        error: "invalid_body",
        message: "The request body does not match the schema; see fields.",
        fields: { "answers.levels.skills-training-system": "Too big: expected number to be <=5" },
      },
    },
    422: {
      description: "The answers do not fit the questionnaire version (invalid_answers): unknown ids, options it does not offer, numbers out of range",
      body: apiErrorBody,
      example: {
        error: "invalid_answers",
        message: "Some answers are not valid for this questionnaire version; see fields and problems.",
        fields: { "answers.levels.skills-typo": "There is no such indicator in this questionnaire version." },
        problems: [{ field: "answers.levels.skills-typo", code: "unknown-question" }],
      },
    },
    ...commonErrorResponses,
  },
};
