import { z } from "zod";
import type { AnswerProblemCode } from "@/lib/questionnaire/validate-answer-set";

// The one error shape every public API endpoint answers with, so a client handles errors in
// one place: a stable machine code, an English sentence, and per-field detail when the
// request itself was at fault. Same fields as the app's own JSON errors (lib/http/json-errors).

/** Every error code of the public API. A new endpoint adds its codes here (the OpenAPI enum follows). */
export const apiErrorCodes = [
  "invalid_json",
  "invalid_body",
  "invalid_query",
  "invalid_answers",
  "unknown_questionnaire_version",
  "payload_too_large",
  "unsupported_media_type",
  "internal_error",
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

/** One English sentence per answer problem code; keyed by the full union so a new code fails to compile here. */
export const answerProblemMessages: Record<AnswerProblemCode, string> = {
  "unknown-question": "There is no such question in this questionnaire version.",
  "wrong-type": "This answer has the wrong type for this question.",
  "unknown-option": "This is not one of the question's options.",
  "too-small": "This number is below the question's minimum.",
  "too-large": "This number is above the question's maximum.",
  "too-many": "Too many options are selected for this question.",
  "exclusive-option": "This answer combines an option that must stand alone (such as \"none\") with others.",
  "not-a-level": "This is not a whole level from 0 to 5.",
  "note-too-long": "This note is longer than the questionnaire allows.",
  "unstorable-text": "This text holds a character that cannot be stored (NUL or half of a surrogate pair); remove it.",
  required: "This question must be answered.",
  "rated-apart": "This level belongs to a dimension being rated apart; the rating round sets it.",
};

export const answerProblemCodes = Object.keys(answerProblemMessages) as [AnswerProblemCode, ...AnswerProblemCode[]];

export const AnswerProblemSchema = z
  .strictObject({
    field: z.string().describe('Dotted path in the request body, e.g. "answers.levels.skills-training-system"'),
    code: z.enum(answerProblemCodes),
  })
  .describe("One problem with one answer, as found by the questionnaire version's rules");

export const ApiErrorSchema = z
  .strictObject({
    error: z.enum(apiErrorCodes).describe("Stable machine-readable code"),
    message: z.string().describe("What went wrong, in English"),
    fields: z
      .record(z.string(), z.string())
      .optional()
      .describe('Per-field messages keyed by the dotted path in the request ("answers.levels.skills-training-system"); "(body)" is the body as a whole'),
    problems: z.array(AnswerProblemSchema).optional().describe("invalid_answers only: every problem with its code"),
    errorId: z.string().optional().describe("internal_error only: quote it when reporting the problem"),
  })
  .describe("Every 4xx and 5xx answer of the API has this shape");
export type ApiError = z.infer<typeof ApiErrorSchema>;
