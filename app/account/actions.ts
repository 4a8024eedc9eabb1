"use server";

import { requireUser } from "@/lib/auth/guards";
import { hashPassword, verifyPassword } from "@/lib/auth/password-hash";
import { findPasswordProblem, passwordProblemMessageKeys } from "@/lib/auth/password-policy";
import { changePassword, getPasswordHash } from "@/lib/db/queries/users";
import { refuseInvalidForm } from "@/lib/forms/field-errors";
import { refusedForm, type FormActionState } from "@/lib/forms/form-result";
import { readForm } from "@/lib/forms/read-form";
import { getTranslator } from "@/lib/i18n/server";
import { PasswordChangeSchema } from "./schema";

/** Changes the caller's own password and ends their other sessions; any signed-in user. */
export async function changePasswordAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  const user = await requireUser();
  const t = await getTranslator();
  // Every field is a password: nothing is echoed back.
  const { input, echo } = readForm(formData, { secrets: ["currentPassword", "newPassword", "confirmPassword"] });
  const parsed = PasswordChangeSchema.safeParse(input);
  if (!parsed.success) return refuseInvalidForm(parsed.error, t, echo);

  const emailProblem = findPasswordProblem(parsed.data.newPassword, { email: user.email });
  if (emailProblem) return refusedForm({ newPassword: t(passwordProblemMessageKeys[emailProblem]) }, echo);

  const storedHash = await getPasswordHash(user.id);
  if (!storedHash || !(await verifyPassword(storedHash, parsed.data.currentPassword))) {
    return refusedForm({ currentPassword: t("errors.currentPasswordWrong") }, echo);
  }
  await changePassword(user, await hashPassword(parsed.data.newPassword), user.sessionId);
  return { status: "success", message: t("account.changed") };
}
