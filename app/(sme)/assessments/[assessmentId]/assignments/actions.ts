"use server";

import { notFound, redirect } from "next/navigation";
import { after } from "next/server";
import { revalidatePath } from "next/cache";
import { requireAssessmentAccess, requireRole } from "@/lib/auth/guards";
import { refuseInvalidForm } from "@/lib/forms/field-errors";
import { failedForm, type FormActionState } from "@/lib/forms/form-result";
import { readForm } from "@/lib/forms/read-form";
import type { MessageKey } from "@/lib/i18n";
import { getTranslator } from "@/lib/i18n/server";
import { deliverPendingEmails } from "@/lib/mail/deliver";
import { loadAssessment } from "@/lib/server/assessments/load-assessment";
import { assignSectionsToMembers, unassignSection } from "@/lib/server/assessments/section-assignments";
import { AssignSectionsSchema, UnassignSectionSchema } from "./schema";

const outcomeMessage = { done: "assignments.done", unchanged: "assignments.unchanged", "not-member": "assignments.notMember", "not-editable": "assignments.notEditable" } as const;

/** Assigns the ticked sections to the ticked members of a draft; the firm's managers only. The emails go out after the response. */
export async function assignSectionsAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  await requireRole("sme");
  const t = await getTranslator();
  const { input, echo } = readForm(formData, { lists: ["userIds", "choices"] });
  const parsed = AssignSectionsSchema.safeParse(input);
  if (!parsed.success) {
    if (parsed.error.issues.some((issue) => issue.path[0] === "assessmentId")) notFound();
    return refuseInvalidForm(parsed.error, t, echo);
  }
  const { user, assessment } = await requireAssessmentAccess(parsed.data.assessmentId, "manage");
  const { questionnaire } = await loadAssessment(assessment);
  const outcome = await assignSectionsToMembers(user, assessment.id, questionnaire.structure, { userIds: parsed.data.userIds, choices: parsed.data.choices });
  if (outcome === "not-found") notFound();
  revalidatePath(`/assessments/${assessment.id}`);
  if (outcome !== "done" && outcome !== "unchanged") return failedForm(t(outcomeMessage[outcome] as MessageKey), echo);
  if (outcome === "done") after(deliverPendingEmails);
  return { status: "success", message: t(outcomeMessage[outcome]) };
}

/** Takes one section away from one member; the firm's managers only. Answers with the overview and a notice. */
export async function unassignSectionAction(formData: FormData): Promise<void> {
  await requireRole("sme");
  const parsed = UnassignSectionSchema.safeParse(readForm(formData).input);
  if (!parsed.success) notFound();
  const { user, assessment } = await requireAssessmentAccess(parsed.data.assessmentId, "manage");
  const outcome = await unassignSection(user, assessment.id, { userId: parsed.data.userId, pageId: parsed.data.pageId });
  if (outcome === "not-found") notFound();
  const notice = outcome === "done" ? "unassigned" : outcome;
  redirect(`/assessments/${assessment.id}?assignments=${notice}&member=${parsed.data.userId}#assignments`);
}
