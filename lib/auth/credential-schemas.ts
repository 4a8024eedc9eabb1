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

/** Adds the password policy's problem (if any) as an issue on `field`. */
export function checkNewPassword(password: string, email: string | undefined, ctx: z.RefinementCtx, field: string): void {
  const problem = findPasswordProblem(password, { email });
  if (problem) ctx.addIssue({ code: "custom", message: passwordProblemMessageKeys[problem], path: [field] });
}
