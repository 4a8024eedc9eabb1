"use client";

import { ActionForm } from "@/components/forms/action-form";
import type { FormMessages } from "@/components/forms/form-messages";
import { SubmitButton, TextInput } from "@/components/forms/kit-fields";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";

// zod leaves the first load: the schema comes when a field is first focused (decision 009).
const loadForgotPasswordSchema = () => import("@/app/forgot-password/schema").then((module) => module.ForgotPasswordSchema);

export type ForgotPasswordLabels = { email: string; submit: string; submitting: string; errorSummaryTitle: string };

/** The email to send a reset link to; the answer is the same sentence for any well-formed email. */
export function ForgotPasswordForm({ action, labels, messages }: { action: FormAction; labels: ForgotPasswordLabels; messages: FormMessages }) {
  const form = useActionForm({ schema: loadForgotPasswordSchema, action, messages });
  return (
    <ActionForm form={form} labels={{ email: labels.email }} summaryTitle={labels.errorSummaryTitle}>
      <TextInput name="email" type="email" label={labels.email} autoComplete="username" required />
      <SubmitButton label={labels.submit} pendingLabel={labels.submitting} />
    </ActionForm>
  );
}
