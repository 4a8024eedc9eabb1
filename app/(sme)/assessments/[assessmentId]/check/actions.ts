"use server";

import { notFound, redirect } from "next/navigation";
import { after } from "next/server";
import { requireAssessmentAccess } from "@/lib/auth/guards";
import { submitAssessment } from "@/lib/server/assessments/submit-assessment";
import { refuseInvalidForm } from "@/lib/forms/field-errors";
import type { FormActionState } from "@/lib/forms/form-result";
import { readForm } from "@/lib/forms/read-form";
import { getTranslator } from "@/lib/i18n/server";
import { deliverPendingEmails } from "@/lib/mail/deliver";
import { SubmitAssessmentSchema } from "./schema";

/**
 * Submits the current draft; the firm's own managers (a contributor gets 403). Idempotent by key: the first call freezes
 * the revision, repeats land on the same confirmation. A missing declaration answers at its box
 * (with and without JavaScript); an incomplete draft goes back to the check page, which lists what is missing.
 */
export async function submitAssessmentAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  const { user, assessment } = await requireAssessmentAccess(String(formData.get("assessmentId") ?? ""), "manage");
  const { input, echo } = readForm(formData);
  const parsed = SubmitAssessmentSchema.safeParse(input);
  if (!parsed.success) {
    // Only the declaration is the person's to fix; a tampered hidden field answers 404.
    if (!parsed.error.issues.every((issue) => issue.path[0] === "declaration")) notFound();
    return refuseInvalidForm(parsed.error, await getTranslator(), echo);
  }
  const outcome = await submitAssessment(assessment, parsed.data.idempotencyKey, user);
  if (outcome.kind === "incomplete") redirect(`/assessments/${assessment.id}/check?error=incomplete`);
  // The officers' emails were written with the submission; send them once the response has gone.
  if (outcome.kind === "submitted") after(deliverPendingEmails);
  if (outcome.kind === "submitted" || (outcome.kind === "already-submitted" && outcome.sameKey)) {
    redirect(`/assessments/${assessment.id}?submitted=1`);
  }
  redirect(`/assessments/${assessment.id}`);
}
