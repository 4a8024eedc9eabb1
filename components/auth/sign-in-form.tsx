"use client";

import { ActionForm } from "@/components/forms/action-form";
import type { FormMessages } from "@/components/forms/form-messages";
import { SubmitButton, TextInput } from "@/components/forms/kit-fields";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";

// zod leaves the first load: the schema comes when a field is first focused (decision 009).
const loadSignInSchema = () => import("@/app/sign-in/schema").then((module) => module.SignInSchema);

export type SignInLabels = { email: string; password: string; submit: string; submitting: string; errorSummaryTitle: string };

/**
 * Email and password, posted to the sign-in action with or without JavaScript; the action's answer
 * (wrong pair, too many attempts) shows as the form's alert, the email kept.
 */
export function SignInForm({ action, labels, messages, callbackUrl, initialEmail }: { action: FormAction; labels: SignInLabels; messages: FormMessages; callbackUrl: string; initialEmail?: string }) {
  const form = useActionForm({ schema: loadSignInSchema, action, messages, initialValues: { email: initialEmail ?? "" } });
  return (
    <ActionForm form={form} labels={{ email: labels.email, password: labels.password }} summaryTitle={labels.errorSummaryTitle}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextInput name="email" type="email" label={labels.email} autoComplete="username" required />
      <TextInput name="password" type="password" label={labels.password} autoComplete="current-password" required />
      <SubmitButton label={labels.submit} pendingLabel={labels.submitting} />
    </ActionForm>
  );
}
