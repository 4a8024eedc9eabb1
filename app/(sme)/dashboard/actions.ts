"use server";

import { notFound, redirect } from "next/navigation";
import { startAssessment } from "@/lib/server/assessments/start-assessment";
import { requireFirmManager, requireRole } from "@/lib/auth/guards";
import { readForm } from "@/lib/forms/read-form";
import { StartAssessmentSchema } from "./schema";

/**
 * Starts an assessment for the caller's firm, in one of its programmes or on its own; a manager
 * of that firm only (a contributor gets 403). A firm has at most one unfinished assessment per programme: asking
 * again (a double click, a second tab) opens that one.
 */
export async function startAssessmentAction(formData: FormData): Promise<void> {
  await requireRole("sme");
  const parsed = StartAssessmentSchema.safeParse({ programmeId: "", ...readForm(formData).input });
  if (!parsed.success) notFound();
  const { user, firm } = await requireFirmManager(parsed.data.firmId, "start");

  const outcome = await startAssessment({ firm, programmeId: parsed.data.programmeId, prefill: parsed.data.prefill }, user);
  if (outcome.kind === "unknown-programme") notFound();
  redirect(`/assessments/${outcome.assessmentId}/resume`);
}
