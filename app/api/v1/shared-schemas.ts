import { z } from "zod";
import { ProfileValueSchema } from "@/lib/questionnaire/answer-set";
import { LevelSchema } from "@/lib/questionnaire/version-schema";
import { ApiErrorSchema } from "@/lib/api/error-schema";
import type { ApiResponse, NamedSchema } from "@/lib/api/openapi";

// Schemas more than one v1 endpoint (or the document) names. Imports nothing server-side.

/** The answers of one assessment as the API takes them: the app's AnswerSet with every part optional. */
export const ApiAnswerSetSchema = z
  .strictObject({
    profile: z
      .record(z.string(), ProfileValueSchema)
      .optional()
      .describe("Profile question id → answer (string, integer, boolean or list of option ids)"),
    levels: z.record(z.string(), LevelSchema).optional().describe("Indicator id → current maturity level 0–5; unanswered indicators count as 0"),
    notes: z.record(z.string(), z.string()).optional().describe("Indicator id → free-text evidence; not scored"),
    targets: z.record(z.string(), LevelSchema).optional().describe("Dimension id → the firm's target level 0–5"),
  })
  .describe("What a firm answered, keyed by the ids of GET /questionnaire; every part may be left out");
export type ApiAnswerSet = z.infer<typeof ApiAnswerSetSchema>;

export const apiErrorBody: NamedSchema = { name: "ApiError", schema: ApiErrorSchema };

/** Example error bodies for the document, one per case a client should handle. */
export const errorExamples = {
  invalidJson: { error: "invalid_json", message: "The request body is not valid JSON (Unexpected end of JSON input)." },
  tooLarge: { error: "payload_too_large", message: "The request body is larger than 65536 bytes." },
  mediaType: { error: "unsupported_media_type", message: 'Send the body as JSON with "Content-Type: application/json".' },
  internal: {
    error: "internal_error",
    message: "Something went wrong on our side. Please try again later.",
    errorId: "2b0f1c8e-5d2a-4f9e-9a57-0c3e2d1b6a44",
  },
} as const;

/**
 * The error answers shared by operations, written once. An operation that takes a JSON body spreads
 * all of them (`...commonErrorResponses`); one without a body names only `500: commonErrorResponses[500]`.
 * Numeric keys keep ascending order in the document whatever the order they are spread in.
 */
export const commonErrorResponses = {
  413: { description: "The body is larger than 64 KB (payload_too_large)", body: apiErrorBody, example: errorExamples.tooLarge },
  415: { description: "The body is not declared as JSON (unsupported_media_type)", body: apiErrorBody, example: errorExamples.mediaType },
  500: { description: "An unexpected error (internal_error), logged under errorId", body: apiErrorBody, example: errorExamples.internal },
} as const satisfies Record<number, ApiResponse>;
