"use server";

import { notFound, redirect } from "next/navigation";
import { after } from "next/server";
import type { z } from "zod";
import { requireReviewAccess } from "@/lib/auth/guards";
import { deliverPendingEmails } from "@/lib/mail/deliver";
import { addReviewComment, approveAssessment, returnAssessment, setIndicatorValidation, type ReviewOutcome } from "@/lib/db/queries/review";
import { ApproveFormSchema, CommentFormSchema, errorCodes, personFields, ReturnFormSchema, ValidationFormSchema, type ReviewErrorCode } from "./schema";

// Plain form posts (they work without JavaScript). Each action: the review guard, the form's
// schema, one query that checks the transition under the assessment's row lock; then a redirect
// back to the review page carrying the outcome as a code. A refused input changes nothing.

const reviewPath = (assessmentId: string) => `/officer/assessments/${assessmentId}/review`;

/** The error code of the first problem a person can fix; a tampered hidden field answers 404. */
function personErrorOf(error: z.ZodError): ReviewErrorCode {
  const isPersonIssue = (issue: z.core.$ZodIssue) => (personFields as readonly string[]).includes(String(issue.path[0] ?? "")) && issue.message in errorCodes;
  const [first] = error.issues;
  if (!first || !error.issues.every(isPersonIssue)) notFound();
  return errorCodes[first.message as keyof typeof errorCodes];
}

function query(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== "") params.set(key, String(value));
  return params.toString();
}

function redirectAfter(assessmentId: string, outcome: ReviewOutcome, done: string, item?: string, anchor?: string): never {
  if (outcome.kind === "refused") redirect(`${reviewPath(assessmentId)}?${query({ refused: outcome.refusal })}`);
  redirect(`${reviewPath(assessmentId)}?${query({ done, item })}${anchor ? `#${anchor}` : ""}`);
}

const fields = (formData: FormData, names: readonly string[]) => Object.fromEntries(names.map((name) => [name, formData.get(name) ?? undefined]));

/** POST (server action) — sets the validated level of one indicator with its justification; the programme's officers and admins. */
export async function validateIndicatorAction(formData: FormData): Promise<void> {
  const { user, assessment } = await requireReviewAccess(String(formData.get("assessmentId") ?? ""));
  const parsed = ValidationFormSchema.safeParse(fields(formData, ["assessmentId", "revision", "indicatorId", "level", "justification"]));
  if (!parsed.success) {
    const level = String(formData.get("level") ?? "");
    const indicatorId = String(formData.get("indicatorId") ?? "");
    if (!/^[a-z][a-zA-Z0-9-]*$/.test(indicatorId)) notFound();
    redirect(`${reviewPath(assessment.id)}?${query({ error: personErrorOf(parsed.error), item: indicatorId, level: /^[0-5]$/.test(level) ? level : undefined })}`);
  }
  const { revision, indicatorId, level, justification } = parsed.data;
  const outcome = await setIndicatorValidation({ assessmentId: assessment.id, revisionNumber: revision, indicatorId, level, justification }, { id: user.id, role: user.role });
  redirectAfter(assessment.id, outcome, "validated", indicatorId, `indicator-${indicatorId}`);
}

/** POST (server action) — adds a comment on one dimension or a general one; the programme's officers and admins. */
export async function addCommentAction(formData: FormData): Promise<void> {
  const { user, assessment } = await requireReviewAccess(String(formData.get("assessmentId") ?? ""));
  const parsed = CommentFormSchema.safeParse(fields(formData, ["assessmentId", "revision", "dimensionId", "body"]));
  if (!parsed.success) {
    const dimensionId = String(formData.get("dimensionId") ?? "");
    if (!/^[a-z][a-zA-Z0-9-]*$/.test(dimensionId)) notFound();
    redirect(`${reviewPath(assessment.id)}?${query({ error: personErrorOf(parsed.error), item: dimensionId })}`);
  }
  const { revision, dimensionId, body } = parsed.data;
  const outcome = await addReviewComment(
    { assessmentId: assessment.id, revisionNumber: revision, dimensionId: dimensionId === "general" ? null : dimensionId, body },
    { id: user.id, role: user.role },
  );
  redirectAfter(assessment.id, outcome, "commented", dimensionId, `comments-${dimensionId}`);
}

/** POST (server action) — approves the revision under review, storing the validated scores; the programme's officers and admins. */
export async function approveAction(formData: FormData): Promise<void> {
  const { user, assessment } = await requireReviewAccess(String(formData.get("assessmentId") ?? ""));
  const parsed = ApproveFormSchema.safeParse(fields(formData, ["assessmentId", "revision"]));
  if (!parsed.success) notFound();
  const outcome = await approveAssessment({ assessmentId: assessment.id, revisionNumber: parsed.data.revision }, { id: user.id, role: user.role });
  // The firm's emails were written with the decision; send them once the response has gone.
  if (outcome.kind === "done") after(deliverPendingEmails);
  redirectAfter(assessment.id, outcome, "approved");
}

/** POST (server action) — returns the revision under review to the firm with a reason; the programme's officers and admins. */
export async function returnAction(formData: FormData): Promise<void> {
  const { user, assessment } = await requireReviewAccess(String(formData.get("assessmentId") ?? ""));
  const parsed = ReturnFormSchema.safeParse(fields(formData, ["assessmentId", "revision", "reason"]));
  if (!parsed.success) redirect(`${reviewPath(assessment.id)}?${query({ error: personErrorOf(parsed.error) })}`);
  const outcome = await returnAssessment({ assessmentId: assessment.id, revisionNumber: parsed.data.revision, reason: parsed.data.reason }, { id: user.id, role: user.role });
  if (outcome.kind === "done") after(deliverPendingEmails);
  redirectAfter(assessment.id, outcome, "returned");
}
