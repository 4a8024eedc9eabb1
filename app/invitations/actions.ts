"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/guards";
import { hashPassword } from "@/lib/auth/password-hash";
import { startSession } from "@/lib/auth/start-session";
import { acceptInvitation, createAccountForInvitation } from "@/lib/db/queries/firm-team";
import { INVITATION_COOKIE, INVITATION_COOKIE_PATH, INVITATION_PAGE_PATH, isWellFormedInvitationToken } from "@/lib/firms/invitation";
import { refuseInvalidForm } from "@/lib/forms/field-errors";
import { failedForm, refusedForm, type FormActionState } from "@/lib/forms/form-result";
import { readForm } from "@/lib/forms/read-form";
import { logUnexpectedError } from "@/lib/forms/unexpected-error";
import { getTranslator } from "@/lib/i18n/server";
import { InvitedSignUpSchema } from "./schema";

async function invitationToken(): Promise<string | null> {
  const token = (await cookies()).get(INVITATION_COOKIE)?.value;
  return isWellFormedInvitationToken(token) ? token : null;
}

async function forgetInvitation(): Promise<void> {
  (await cookies()).delete({ name: INVITATION_COOKIE, path: INVITATION_COOKIE_PATH });
}

/**
 * Joins the firm of the invitation opened in this browser; a signed-in account with the invited
 * address. On success the person lands on the firm's dashboard; any refusal goes back to the
 * invitation page, which says why, and nothing changes.
 */
export async function acceptInvitationAction(): Promise<void> {
  const user = await requireUser();
  const token = await invitationToken();
  if (!token) redirect(INVITATION_PAGE_PATH);
  const outcome = await acceptInvitation(user, token);
  if (outcome.decision.kind !== "accept" || !outcome.firmId) redirect(INVITATION_PAGE_PATH);
  await forgetInvitation();
  redirect(`/dashboard?firm=${outcome.firmId}`);
}

/**
 * Creates an account through the invitation opened in this browser and joins its firm (no new firm);
 * anyone signed out. The address must be the invited one; the person is signed in and lands on the
 * firm's dashboard.
 */
export async function invitedSignUpAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  const t = await getTranslator();
  const { input, echo } = readForm(formData, { secrets: ["password"] });
  const parsed = InvitedSignUpSchema.safeParse(input);
  if (!parsed.success) return refuseInvalidForm(parsed.error, t, echo);
  const token = await invitationToken();
  if (!token) redirect(INVITATION_PAGE_PATH);
  const { name, email, password } = parsed.data;
  let outcome;
  try {
    outcome = await createAccountForInvitation({ email, name, passwordHash: await hashPassword(password) }, token);
  } catch (error) {
    return failedForm(t("errors.generic", { ref: logUnexpectedError("invited-sign-up", error) }), echo);
  }
  if (outcome.kind === "email-taken") return refusedForm({ email: t("errors.emailTaken") }, echo);
  if (outcome.kind === "refused") {
    if (outcome.decision.kind === "wrong-account") return refusedForm({ email: t("team.errors.emailMismatch") }, echo);
    redirect(INVITATION_PAGE_PATH);
  }
  await forgetInvitation();
  try {
    await startSession({ id: outcome.userId, email, name, role: "sme" }, "sign-up");
  } catch (error) {
    logUnexpectedError("invited sign-up session", error);
    redirect(`/sign-in?created=1&email=${encodeURIComponent(email)}`);
  }
  redirect(`/dashboard?firm=${outcome.firmId}`);
}
