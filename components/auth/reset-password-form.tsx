"use client";

import { ActionForm } from "@/components/forms/action-form";
import type { FormMessages } from "@/components/forms/form-messages";
import { SubmitButton, TextInput } from "@/components/forms/kit-fields";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";

// zod leaves the first load: the schema comes when a field is first focused (decision 009).
const loadResetPasswordSchema = () => import("@/app/reset-password/schema").then((module) => module.ResetPasswordSchema);

export type ResetPasswordLabels = { newPassword: string; newPasswordHint: string; confirmPassword: string; submit: string; submitting: string; errorSummaryTitle: string };

/** A new password, twice, for the account of the reset link just opened. */
export function ResetPasswordForm({ action, labels, messages }: { action: FormAction; labels: ResetPasswordLabels; messages: FormMessages }) {
  const form = useActionForm({ schema: loadResetPasswordSchema, action, messages });
  return (
    <ActionForm form={form} labels={{ newPassword: labels.newPassword, confirmPassword: labels.confirmPassword }} summaryTitle={labels.errorSummaryTitle}>
      <TextInput name="newPassword" type="password" label={labels.newPassword} hint={labels.newPasswordHint} autoComplete="new-password" required />
      <TextInput name="confirmPassword" type="password" label={labels.confirmPassword} autoComplete="new-password" required />
      <SubmitButton label={labels.submit} pendingLabel={labels.submitting} />
    </ActionForm>
  );
}
