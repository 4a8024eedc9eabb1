import { z } from "zod";
import { StorableTextSchema, userText } from "@/lib/text/user-text";
import { findPasswordProblem, passwordProblemMessageKeys } from "./password-policy";

// Shared by every form that sets a password or names an account; messages are lib/i18n keys.

export const EmailSchema = StorableTextSchema.trim()
  .toLowerCase()
  .max(320, "errors.emailInvalid")
  .pipe(z.email("errors.emailInvalid"));

export const PersonNameSchema = userText({ max: 200, tooLong: "errors.nameRequired", required: "errors.nameRequired" });

/**
 * The email typed at sign-in, checked before anything is looked up (the throttle, the account):
 * text over the longest email or holding a character no database can store cannot name an
 * account, so the attempt is simply invalid ("wrong email or password"), never a failed query.
 */
export const SignInEmailSchema = StorableTextSchema.min(1).max(320);

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
