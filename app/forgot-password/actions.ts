"use server";

import { after } from "next/server";
import { issuePasswordReset } from "@/lib/db/queries/password-resets";
import { refuseInvalidForm } from "@/lib/forms/field-errors";
import type { FormActionState } from "@/lib/forms/form-result";
import { readForm } from "@/lib/forms/read-form";
import { logUnexpectedError } from "@/lib/forms/unexpected-error";
import { getTranslator } from "@/lib/i18n/server";
import { deliverPendingEmails } from "@/lib/mail/deliver";
import { ForgotPasswordSchema } from "./schema";

/**
 * Asks for a password reset link; anyone may call it. The answer is the same sentence whether or
 * not an account has this email, and it is sent before any account is looked up: the lookup, the
 * link and the email are made after the response (next/server `after`), so neither the words nor
 * the timing reveal which addresses have accounts. Throttling (3 links an hour) is silent too.
 */
export async function requestPasswordResetAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  const t = await getTranslator();
  const { input, echo } = readForm(formData);
  const parsed = ForgotPasswordSchema.safeParse(input);
  if (!parsed.success) return refuseInvalidForm(parsed.error, t, echo);
  const { email } = parsed.data;
  after(async () => {
    try {
      if ((await issuePasswordReset(email)) === "issued") await deliverPendingEmails();
    } catch (error) {
      // The email address is personal data: the log gets the failure and a reference only.
      logUnexpectedError("password-reset-request", error);
    }
  });
  return { status: "success", message: t("accounts.forgot.sent"), values: echo };
}
