"use server";

import { redirect } from "next/navigation";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { checkCredentials } from "@/lib/auth/check-credentials";
import { startSession } from "@/lib/auth/start-session";
import { refuseInvalidForm } from "@/lib/forms/field-errors";
import { failedForm, textValue, type FormActionState } from "@/lib/forms/form-result";
import { readForm } from "@/lib/forms/read-form";
import { getTranslator } from "@/lib/i18n/server";
import { SignInSchema } from "./schema";

/**
 * Signs in with email and password; anyone. The same checks and throttle as next-auth's credentials
 * endpoint (checkCredentials), then the same session cookie (startSession), so it works as a plain
 * form post without JavaScript. A wrong pair and a throttled one are told apart, never which field
 * was wrong.
 */
export async function signInAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  const t = await getTranslator();
  const { input, echo } = readForm(formData, { secrets: ["password"] });
  const parsed = SignInSchema.safeParse(input);
  if (!parsed.success) return refuseInvalidForm(parsed.error, t, echo);
  const result = await checkCredentials(parsed.data.email, parsed.data.password);
  if (result.outcome === "throttled") return failedForm(t("signIn.tooManyAttempts"), echo);
  if (result.outcome === "invalid") return failedForm(t("signIn.invalid"), echo);
  await startSession(result.user, "sign-in");
  redirect(safeCallbackUrl(textValue(input, "callbackUrl")));
}
