import { z } from "zod";
import { userText } from "@/lib/text/user-text";
import { maxCommentLength, maxJustificationLength, maxReturnReasonLength } from "@/lib/review/text-limits";

// The review forms' input. Hidden fields (which assessment, revision, indicator, dimension) that do
// not parse mean a tampered post and answer 404; the fields a person fills in carry message keys.

const idPattern = /^[a-z][a-zA-Z0-9-]*$/;
const text = (required: string, tooLong: string, unstorable: string, max: number) => userText({ max, tooLong, required, unstorable });

const target = {
  assessmentId: z.uuid(),
  revision: z.coerce.number().int().min(1),
};

export const ValidationFormSchema = z.object({
  ...target,
  indicatorId: z.string().regex(idPattern),
  // Not z.coerce: an empty choice would coerce to level 0.
  level: z.string({ error: "review.errors.levelRequired" }).regex(/^[0-5]$/, "review.errors.levelRequired").transform(Number),
  justification: text("review.errors.justificationRequired", "review.errors.justificationTooLong", "review.errors.justificationUnstorable", maxJustificationLength),
});

/** A comment on one dimension, or a general comment (dimensionId "general"). */
export const CommentFormSchema = z.object({
  ...target,
  dimensionId: z.union([z.literal("general"), z.string().regex(idPattern)]),
  body: text("review.errors.commentRequired", "review.errors.commentTooLong", "review.errors.commentUnstorable", maxCommentLength),
});

export const ApproveFormSchema = z.object(target);

export const ReturnFormSchema = z.object({
  ...target,
  reason: text("review.errors.reasonRequired", "review.errors.reasonTooLong", "review.errors.reasonUnstorable", maxReturnReasonLength),
});

/** Which fields a failed parse is about: person-filled ones are shown as errors, hidden ones mean 404. */
export const personFields = ["level", "justification", "body", "reason"] as const;

export const errorCodes = {
  "review.errors.levelRequired": "level-required",
  "review.errors.justificationRequired": "justification-required",
  "review.errors.justificationTooLong": "justification-too-long",
  "review.errors.justificationUnstorable": "justification-unstorable",
  "review.errors.commentRequired": "comment-required",
  "review.errors.commentTooLong": "comment-too-long",
  "review.errors.commentUnstorable": "comment-unstorable",
  "review.errors.reasonRequired": "reason-required",
  "review.errors.reasonTooLong": "reason-too-long",
  "review.errors.reasonUnstorable": "reason-unstorable",
} as const;
export type ReviewErrorCode = (typeof errorCodes)[keyof typeof errorCodes];
const errorCodeValues = Object.values(errorCodes) as [ReviewErrorCode, ...ReviewErrorCode[]];

export const doneValues = ["validated", "commented", "approved", "returned"] as const;
export const refusalValues = ["already-decided", "revision-changed", "not-submitted", "unknown-indicator", "unknown-dimension", "not-found"] as const;

/**
 * The outcome a redirect after a post carries in the query string, as codes only (never free
 * text, so the page cannot be made to show an attacker's words). Anything unreadable is ignored.
 */
export const ReviewQuerySchema = z.object({
  error: z.enum(errorCodeValues).optional().catch(undefined),
  /** The indicator or dimension ("general" for a general comment) the error or success is about. */
  item: z.string().regex(/^[a-z][a-zA-Z0-9-]*$/).max(100).optional().catch(undefined),
  /** The level chosen in a refused validation form, shown again. */
  level: z.coerce.number().int().min(0).max(5).optional().catch(undefined),
  done: z.enum(doneValues).optional().catch(undefined),
  refused: z.enum(refusalValues).optional().catch(undefined),
});
export type ReviewQuery = z.infer<typeof ReviewQuerySchema>;
