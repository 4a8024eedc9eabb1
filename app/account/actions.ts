"use server";

import type { FormActionState } from "@/components/forms/action-state";
import { requireUser } from "@/lib/auth/guards";
import { hashPassword, verifyPassword } from "@/lib/auth/password-hash";
import { findPasswordProblem, passwordProblemMessageKeys } from "@/lib/auth/password-policy";
import { changePassword, getPasswordHash } from "@/lib/db/queries/users";
import { translateFieldErrors } from "@/lib/forms/field-errors";
import { getTranslator } from "@/lib/i18n/server";
import { PasswordChangeSchema } from "./schema";

/** Changes the caller's own password and ends their other sessions; any signed-in user. */
export async function changePasswordAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  const user = await requireUser();
  const t = await getTranslator();
  const parsed = PasswordChangeSchema.safeParse({
    currentPassword: formData.get("currentPassword") ?? "",
    newPassword: formData.get("newPassword") ?? "",
    confirmPassword: formData.get("confirmPassword") ?? "",
  });
  if (!parsed.success) return { status: "error", fieldErrors: translateFieldErrors(parsed.error, t) };

  const emailProblem = findPasswordProblem(parsed.data.newPassword, { email: user.email });
  if (emailProblem) return { status: "error", fieldErrors: { newPassword: t(passwordProblemMessageKeys[emailProblem]) } };

  const storedHash = await getPasswordHash(user.id);
  if (!storedHash || !(await verifyPassword(storedHash, parsed.data.currentPassword))) {
    return { status: "error", fieldErrors: { currentPassword: t("errors.currentPasswordWrong") } };
  }
  await changePassword({ id: user.id, role: user.role }, await hashPassword(parsed.data.newPassword), user.sessionId);
  return { status: "success", message: t("account.changed") };
}
