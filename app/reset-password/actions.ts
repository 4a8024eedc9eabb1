"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { isWellFormedResetToken, PASSWORD_RESET_COOKIE, PASSWORD_RESET_PAGE_PATH } from "@/lib/accounts/reset-token";
import { hashPassword } from "@/lib/auth/password-hash";
import { findPasswordProblem, passwordProblemMessageKeys } from "@/lib/auth/password-policy";
import { findUsablePasswordReset, resetPasswordWithToken } from "@/lib/db/queries/password-resets";
import { refuseInvalidForm } from "@/lib/forms/field-errors";
import { refusedForm, type FormActionState } from "@/lib/forms/form-result";
import { readForm } from "@/lib/forms/read-form";
import { getTranslator } from "@/lib/i18n/server";
import { ResetPasswordSchema } from "./schema";

/**
 * Sets a new password through a reset link; whoever holds the link (its token is in the cookie the
 * link set). A link that stopped working meanwhile sends the person back to the page, which says it
 * is no longer valid. Success ends every session of the account and leads to sign-in.
 */
export async function resetPasswordAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  const cookieStore = await cookies();
  const token = cookieStore.get(PASSWORD_RESET_COOKIE)?.value;
  if (!isWellFormedResetToken(token)) redirect(PASSWORD_RESET_PAGE_PATH);
  const t = await getTranslator();
  // Both fields are passwords: nothing is echoed back.
  const { input, echo } = readForm(formData, { secrets: ["newPassword", "confirmPassword"] });
  const parsed = ResetPasswordSchema.safeParse(input);
  if (!parsed.success) return refuseInvalidForm(parsed.error, t, echo);

  const reset = await findUsablePasswordReset(token);
  if (!reset) redirect(PASSWORD_RESET_PAGE_PATH);
  const emailProblem = findPasswordProblem(parsed.data.newPassword, { email: reset.email });
  if (emailProblem) return refusedForm({ newPassword: t(passwordProblemMessageKeys[emailProblem]) }, echo);

  // Checked again under the link's row lock: of two tabs submitting at once, one wins.
  const result = await resetPasswordWithToken(token, await hashPassword(parsed.data.newPassword));
  if (result.outcome === "invalid") redirect(PASSWORD_RESET_PAGE_PATH);
  cookieStore.delete({ name: PASSWORD_RESET_COOKIE, path: PASSWORD_RESET_PAGE_PATH });
  redirect("/sign-in?reset=1");
}
