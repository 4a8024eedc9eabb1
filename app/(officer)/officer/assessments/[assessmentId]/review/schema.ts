import { z } from "zod";
import { userText } from "@/lib/text/user-text";
import { dimensionIds } from "@/lib/questionnaire/taxonomy";
import { maxCommentLength, maxJustificationLength, maxReturnReasonLength } from "@/lib/review/text-limits";

// The review forms' input, checked in the browser (react-hook-form) and by the actions. Hidden fields (which assessment, revision, indicator, dimension) that do
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
  // May be blank here: whether this level needs one is the server's to decide, from the firm's stored
  // answer (a blank one for another level is refused at this field by the action).
  justification: userText({ max: maxJustificationLength, tooLong: "review.errors.justificationTooLong", unstorable: "review.errors.justificationUnstorable" }),
});

/** Confirms the firm's level of every indicator of one dimension not yet validated. */
export const ConfirmDimensionFormSchema = z.object({
  ...target,
  dimensionId: z.string().regex(idPattern),
});

/** A comment on one dimension, or a general comment (dimensionId "general"). */
export const CommentFormSchema = z.object({
  ...target,
  dimensionId: z.union([z.literal("general"), z.string().regex(idPattern)]),
  body: text("review.errors.commentRequired", "review.errors.commentTooLong", "review.errors.commentUnstorable", maxCommentLength),
});

/**
 * A comment on the firm's improvement plan: on the plan as a whole ("plan") or one dimension. Not
 * tied to a revision: the plan is the firm's, carried across assessments.
 */
export const PlanCommentFormSchema = z.object({
  assessmentId: z.uuid(),
  dimensionId: z.enum(["plan", ...dimensionIds], { error: "planView.comments.errors.unknownDimension" }),
  body: text("planView.comments.errors.bodyRequired", "planView.comments.errors.bodyTooLong", "planView.comments.errors.bodyUnstorable", maxCommentLength),
});

export const ApproveFormSchema = z.object(target);

export const ReturnFormSchema = z.object({
  ...target,
  reason: text("review.errors.reasonRequired", "review.errors.reasonTooLong", "review.errors.reasonUnstorable", maxReturnReasonLength),
});

/** Which fields a failed parse is about: person-filled ones are shown as errors, hidden ones mean 404. */
export const personFields = ["level", "justification", "body", "reason"] as const;

export const doneValues = ["approved", "returned"] as const;

/**
 * The outcome of a decision, carried by the redirect after it as a code (never free text, so the
 * page cannot be made to show an attacker's words). Anything unreadable is ignored. Validations,
 * comments and refusals answer in the form itself (the action's state), not in the address.
 */
export const confirmValues = ["approve", "return"] as const;

export const ReviewQuerySchema = z.object({
  done: z.enum(doneValues).optional().catch(undefined),
  /** Which decision's confirmation the page shows as a section (the no-JavaScript path of the decision bar). */
  confirm: z.enum(confirmValues).optional().catch(undefined),
});
export type ReviewQuery = z.infer<typeof ReviewQuerySchema>;
