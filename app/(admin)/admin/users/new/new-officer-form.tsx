"use client";

import { ActionForm } from "@/components/forms/action-form";
import type { FormMessages } from "@/components/forms/form-messages";
import { SubmitButton, TextInput } from "@/components/forms/kit-fields";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";

// zod leaves the first load: the schema comes when a field is first focused (decision 009).
const loadNewOfficerSchema = () => import("./schema").then((module) => module.NewOfficerSchema);

export type NewOfficerLabels = {
  name: string;
  email: string;
  password: string;
  passwordHint: string;
  submit: string;
  submitting: string;
  errorSummaryTitle: string;
};

/** The admin's form for a new programme officer; a plain post without JavaScript, checked field by field with it. */
export function NewOfficerForm({ action, labels, messages }: { action: FormAction; labels: NewOfficerLabels; messages: FormMessages }) {
  const form = useActionForm({ schema: loadNewOfficerSchema, action, messages });
  return (
    <ActionForm form={form} labels={{ name: labels.name, email: labels.email, password: labels.password }} summaryTitle={labels.errorSummaryTitle}>
      <TextInput name="name" label={labels.name} autoComplete="off" required />
      <TextInput name="email" type="email" label={labels.email} autoComplete="off" required />
      <TextInput name="password" type="password" label={labels.password} hint={labels.passwordHint} autoComplete="new-password" required />
      <SubmitButton label={labels.submit} pendingLabel={labels.submitting} />
    </ActionForm>
  );
}
