"use client";

import { ActionForm } from "@/components/forms/action-form";
import type { FormMessages } from "@/components/forms/form-messages";
import { SubmitButton, TextInput } from "@/components/forms/kit-fields";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";

// zod leaves the first load: the schema comes when a field is first focused (decision 009).
const loadPasswordChangeSchema = () => import("@/app/account/schema").then((module) => module.PasswordChangeSchema);

export type ChangePasswordLabels = {
  currentPassword: string;
  newPassword: string;
  newPasswordHint: string;
  confirmPassword: string;
  submit: string;
  submitting: string;
  errorSummaryTitle: string;
};

/** The caller's own password change; the fields are emptied once it is changed (the page stays). */
export function ChangePasswordForm({ action, labels, messages }: { action: FormAction; labels: ChangePasswordLabels; messages: FormMessages }) {
  const form = useActionForm({ schema: loadPasswordChangeSchema, action, messages, resetOnSuccess: true });
  const fieldLabels = { currentPassword: labels.currentPassword, newPassword: labels.newPassword, confirmPassword: labels.confirmPassword };
  return (
    <ActionForm form={form} labels={fieldLabels} summaryTitle={labels.errorSummaryTitle}>
      <TextInput name="currentPassword" type="password" label={labels.currentPassword} autoComplete="current-password" required />
      <TextInput name="newPassword" type="password" label={labels.newPassword} hint={labels.newPasswordHint} autoComplete="new-password" required />
      <TextInput name="confirmPassword" type="password" label={labels.confirmPassword} autoComplete="new-password" required />
      <SubmitButton label={labels.submit} pendingLabel={labels.submitting} />
    </ActionForm>
  );
}
