"use server";

import { notFound, redirect } from "next/navigation";
import { after } from "next/server";
import { requireAssessmentAccess } from "@/lib/auth/guards";
import { submitAssessment } from "@/lib/assessments/commands/submit-assessment";
import { deliverPendingEmails } from "@/lib/mail/deliver";
import { SubmitAssessmentSchema } from "./schema";

/**
 * Submits the current draft; the firm's own SME manager. Idempotent by key: the first call freezes
 * the revision, repeats land on the same confirmation. An incomplete draft is refused with what is missing.
 */
export async function submitAssessmentAction(formData: FormData): Promise<void> {
  const assessmentId = String(formData.get("assessmentId") ?? "");
  const { user, assessment } = await requireAssessmentAccess(assessmentId, "edit");
  const parsed = SubmitAssessmentSchema.safeParse({
    assessmentId,
    idempotencyKey: formData.get("idempotencyKey"),
    declaration: formData.get("declaration") ?? "",
  });
  const checkUrl = `/assessments/${assessment.id}/check`;
  if (!parsed.success) {
    if (parsed.error.issues.some((i) => i.path[0] === "declaration")) redirect(`${checkUrl}?error=declaration`);
    notFound();
  }
  const outcome = await submitAssessment(assessment, parsed.data.idempotencyKey, { id: user.id, role: user.role });
  if (outcome.kind === "incomplete") redirect(`${checkUrl}?error=incomplete`);
  // The officers' emails were written with the submission; send them once the response has gone.
  if (outcome.kind === "submitted") after(deliverPendingEmails);
  if (outcome.kind === "submitted" || (outcome.kind === "already-submitted" && outcome.sameKey)) {
    redirect(`/assessments/${assessment.id}?submitted=1`);
  }
  redirect(`/assessments/${assessment.id}`);
}
