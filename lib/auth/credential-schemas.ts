import { z } from "zod";
import { findPasswordProblem, passwordProblemMessageKeys } from "./password-policy";

// Shared by every form that sets a password or names an account; messages are lib/i18n keys.

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(320, "errors.emailInvalid")
  .pipe(z.email("errors.emailInvalid"));

export const PersonNameSchema = z.string().trim().min(1, "errors.nameRequired").max(200, "errors.nameRequired");

/** A new password: length and deny-list are checked on the field, so its error shows even when other fields fail. */
export const NewPasswordSchema = z
  .string()
  .max(1024, "errors.passwordTooLong")
  .superRefine((password, ctx) => {
    const problem = findPasswordProblem(password);
    if (problem) ctx.addIssue({ code: "custom", message: passwordProblemMessageKeys[problem] });
  });

/** The rule that needs the email too; runs on the whole form once its fields are valid. */
export function checkPasswordAgainstEmail(password: string, email: string, ctx: z.RefinementCtx, field: string): void {
  if (findPasswordProblem(password, { email }) === "contains-email") {
    ctx.addIssue({ code: "custom", message: passwordProblemMessageKeys["contains-email"], path: [field] });
  }
}
