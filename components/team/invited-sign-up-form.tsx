"use client";

import { ActionForm } from "@/components/forms/action-form";
import type { FormMessages } from "@/components/forms/form-messages";
import { SubmitButton, TextInput } from "@/components/forms/kit-fields";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";

const loadSchema = () => import("@/app/invitations/schema").then((module) => module.InvitedSignUpSchema);

type Props = {
  action: FormAction;
  messages: FormMessages;
  invitedEmail: string;
  text: { name: string; email: string; password: string; passwordHint: string; submit: string; submitting: string; errorSummaryTitle: string };
};

/** The account of an invited person: name, the invited address (pre-filled) and a password. No firm fields. */
export function InvitedSignUpForm({ action, messages, invitedEmail, text }: Props) {
  const form = useActionForm({ schema: loadSchema, action, messages, initialValues: { name: "", email: invitedEmail } });
  return (
    <ActionForm form={form} labels={{ name: text.name, email: text.email, password: text.password }} summaryTitle={text.errorSummaryTitle}>
      <TextInput name="name" label={text.name} autoComplete="name" required />
      <TextInput name="email" type="email" label={text.email} autoComplete="email" required />
      <TextInput name="password" type="password" label={text.password} hint={text.passwordHint} autoComplete="new-password" required />
      <SubmitButton label={text.submit} pendingLabel={text.submitting} />
    </ActionForm>
  );
}
