"use server";

import { notFound, redirect } from "next/navigation";
import { after } from "next/server";
import { revalidatePath } from "next/cache";
import { requireFirmManager, requireRole } from "@/lib/auth/guards";
import { refuseInvalidForm } from "@/lib/forms/field-errors";
import { refusedForm, type FormActionState } from "@/lib/forms/form-result";
import { readForm } from "@/lib/forms/read-form";
import { getTranslator } from "@/lib/i18n/server";
import { deliverPendingEmails } from "@/lib/mail/deliver";
import { inviteMember, runTeamCommand } from "@/lib/server/firms/team";
import { InviteMemberSchema, TeamCommandSchema } from "./schema";

/** Invites a colleague by email; the firm's managers only. The email goes out after the response. */
export async function inviteMemberAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  await requireRole("sme");
  const t = await getTranslator();
  const { input, echo } = readForm(formData);
  const parsed = InviteMemberSchema.safeParse(input);
  if (!parsed.success) {
    if (parsed.error.issues.some((issue) => issue.path[0] === "firmId")) notFound();
    return refuseInvalidForm(parsed.error, t, echo);
  }
  const { user, firm } = await requireFirmManager(parsed.data.firmId, "invite");
  const outcome = await inviteMember(user, firm.id, { email: parsed.data.email, role: parsed.data.role });
  if (outcome.kind === "already-member") return refusedForm({ email: t("team.alreadyMember", { email: parsed.data.email }) }, echo);
  after(deliverPendingEmails);
  revalidatePath(`/firms/${firm.id}/team`);
  return { status: "success", message: t("team.invited", { email: parsed.data.email }) };
}

/**
 * One row button of the team page (revoke, re-send, change role, remove); the firm's managers only.
 * Answers with the team page and a notice; a tampered form answers 404.
 */
export async function teamCommandAction(formData: FormData): Promise<void> {
  await requireRole("sme");
  const parsed = TeamCommandSchema.safeParse(readForm(formData).input);
  if (!parsed.success) notFound();
  const { command, firmId } = parsed.data;
  const { user, firm } = await requireFirmManager(firmId, command === "revoke" || command === "resend" ? "invite" : "manage-members");
  const { notice, sentEmail } = await runTeamCommand(user, firm.id, parsed.data);
  if (sentEmail) after(deliverPendingEmails);
  const member = "userId" in parsed.data ? `&member=${parsed.data.userId}` : "";
  redirect(`/firms/${firm.id}/team?notice=${notice}${member}`);
}
