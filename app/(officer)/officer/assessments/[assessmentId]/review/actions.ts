"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { after } from "next/server";
import type { z } from "zod";
import { requireReviewAccess } from "@/lib/auth/guards";
import { refuseInvalidForm } from "@/lib/forms/field-errors";
import { failedForm, idleFormState, refusedForm, type FormActionState, type FormValues } from "@/lib/forms/form-result";
import { readForm } from "@/lib/forms/read-form";
import type { Translate } from "@/lib/i18n";
import { getTranslator } from "@/lib/i18n/server";
import { deliverPendingEmails } from "@/lib/mail/deliver";
import { addReviewComment, approveAssessment, confirmDimensionLevels, returnAssessment, setIndicatorValidation, type ReviewOutcome } from "@/lib/db/queries/review/commands";
import { addPlanComment } from "@/lib/db/queries/plan/plan-comments";
import { ApproveFormSchema, CommentFormSchema, PlanCommentFormSchema, ConfirmDimensionFormSchema, personFields, ReturnFormSchema, ValidationFormSchema } from "./schema";

// The review forms' actions (useActionState: they work with and without JavaScript). Each: the
// review guard, the form's schema, one query that checks the transition under the assessment's
// row lock. A validation or a comment answers in its form (saved, or the field errors with what
// was typed) and refreshes the page's figures by revalidation; a decision redirects to the page
// with its outcome. A refused input changes nothing.

const reviewPath = (assessmentId: string) => `/officer/assessments/${assessmentId}/review`;

/** A person's mistakes come back at their fields; a tampered hidden field answers 404. */
function refuseInput(error: z.ZodError, t: Translate, echo: FormValues): FormActionState {
  if (!error.issues.every((issue) => (personFields as readonly string[]).includes(String(issue.path[0] ?? "")))) notFound();
  return refuseInvalidForm(error, t, echo);
}

/** The answer to a stored change, or to one the database refused (the page is refreshed either way). */
function answer(assessmentId: string, outcome: ReviewOutcome, t: Translate, success: FormActionState, echo: FormValues): FormActionState {
  revalidatePath(reviewPath(assessmentId));
  return outcome.kind === "refused" ? failedForm(t(`review.refused.${outcome.refusal}`), echo) : success;
}

/** POST (server action) — sets the validated level of one indicator with its justification; the programme's officers and admins. */
export async function validateIndicatorAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  const { user, assessment } = await requireReviewAccess(String(formData.get("assessmentId") ?? ""));
  const t = await getTranslator();
  const { input, echo } = readForm(formData);
  const parsed = ValidationFormSchema.safeParse(input);
  if (!parsed.success) return refuseInput(parsed.error, t, echo);
  const { revision, indicatorId, level, justification } = parsed.data;
  const outcome = await setIndicatorValidation({ assessmentId: assessment.id, revisionNumber: revision, indicatorId, level, justification }, user);
  // Another level than the firm's needs a justification: the command decides, and it is the field's error.
  if (outcome.kind === "refused" && outcome.refusal === "justification-required") {
    return refusedForm({ justification: t("review.errors.justificationRequired") }, echo);
  }
  return answer(assessment.id, outcome, t, { status: "success", message: t("review.answers.saved"), values: echo }, echo);
}

/** POST (server action) — validates every not-yet-validated level of one dimension at the firm's level; the programme's officers and admins. */
export async function confirmDimensionAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  const { user, assessment } = await requireReviewAccess(String(formData.get("assessmentId") ?? ""));
  const t = await getTranslator();
  const { input, echo } = readForm(formData);
  const parsed = ConfirmDimensionFormSchema.safeParse(input);
  if (!parsed.success) notFound();
  const { revision, dimensionId } = parsed.data;
  const outcome = await confirmDimensionLevels({ assessmentId: assessment.id, revisionNumber: revision, dimensionId }, user);
  return answer(assessment.id, outcome, t, { status: "success", message: t("review.answers.dimensionConfirmed"), values: echo }, echo);
}

/** POST (server action) — adds a comment on one dimension or a general one; the programme's officers and admins. */
export async function addCommentAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  const { user, assessment } = await requireReviewAccess(String(formData.get("assessmentId") ?? ""));
  const t = await getTranslator();
  const { input, echo } = readForm(formData);
  const parsed = CommentFormSchema.safeParse(input);
  if (!parsed.success) return refuseInput(parsed.error, t, echo);
  const { revision, dimensionId, body } = parsed.data;
  const outcome = await addReviewComment(
    { assessmentId: assessment.id, revisionNumber: revision, dimensionId: dimensionId === "general" ? null : dimensionId, body },
    user,
  );
  // A stored comment is listed above the form, which empties for the next one.
  const { body: _stored, ...target } = echo;
  return answer(assessment.id, outcome, t, { status: "success", message: t("review.comments.saved"), values: target }, echo);
}

/**
 * POST (server action) — adds a comment on the firm's improvement plan (whole or one dimension); the
 * programme's officers and admins. The firm is the assessment's, as the guard loaded it.
 */
export async function addPlanCommentAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  const { user, assessment } = await requireReviewAccess(String(formData.get("assessmentId") ?? ""));
  const t = await getTranslator();
  const { input, echo } = readForm(formData);
  const parsed = PlanCommentFormSchema.safeParse(input);
  // The dimension is a choice the officer makes here, so a wrong one is its field's error, not a 404.
  if (!parsed.success) {
    if (parsed.error.issues.some((issue) => issue.path[0] === "assessmentId")) notFound();
    return refuseInvalidForm(parsed.error, t, echo);
  }
  const { dimensionId, body } = parsed.data;
  await addPlanComment({ firmId: assessment.firmId, assessmentId: assessment.id, dimensionId: dimensionId === "plan" ? null : dimensionId, body }, user);
  revalidatePath(reviewPath(assessment.id));
  // The stored comment is listed under the plan; the field empties for the next one.
  const { body: _stored, ...target } = echo;
  return { status: "success", message: t("planView.comments.saved"), values: target };
}

/** POST (server action) — approves the revision under review, storing the validated scores; the programme's officers and admins. */
export async function approveAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  const { user, assessment } = await requireReviewAccess(String(formData.get("assessmentId") ?? ""));
  const t = await getTranslator();
  const { input, echo } = readForm(formData);
  const parsed = ApproveFormSchema.safeParse(input);
  if (!parsed.success) notFound();
  const outcome = await approveAssessment({ assessmentId: assessment.id, revisionNumber: parsed.data.revision }, user);
  if (outcome.kind === "refused") return answer(assessment.id, outcome, t, idleFormState, echo);
  // The firm's emails were written with the decision; send them once the response has gone.
  after(deliverPendingEmails);
  redirect(`${reviewPath(assessment.id)}?done=approved`);
}

/** POST (server action) — returns the revision under review to the firm with a reason; the programme's officers and admins. */
export async function returnAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  const { user, assessment } = await requireReviewAccess(String(formData.get("assessmentId") ?? ""));
  const t = await getTranslator();
  const { input, echo } = readForm(formData);
  const parsed = ReturnFormSchema.safeParse(input);
  if (!parsed.success) return refuseInput(parsed.error, t, echo);
  const outcome = await returnAssessment({ assessmentId: assessment.id, revisionNumber: parsed.data.revision, reason: parsed.data.reason }, user);
  if (outcome.kind === "refused") return answer(assessment.id, outcome, t, idleFormState, echo);
  after(deliverPendingEmails);
  redirect(`${reviewPath(assessment.id)}?done=returned`);
}
