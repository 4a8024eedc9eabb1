"use client";

import { ActionForm } from "@/components/forms/action-form";
import type { FormMessages } from "@/components/forms/form-messages";
import { RadioGroup, SubmitButton, TextInput, type Option } from "@/components/forms/kit-fields";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";

const loadInviteSchema = () => import("@/app/(sme)/firms/[firmId]/team/schema").then((module) => module.InviteMemberSchema);

type Props = {
  action: FormAction;
  firmId: string;
  messages: FormMessages;
  roles: Option[];
  text: { title: string; lead: string; email: string; role: string; submit: string; submitting: string; errorSummaryTitle: string };
};

/** "Invite a colleague": email and role. Works without JavaScript; clears itself after a sent invitation. */
export function InviteForm({ action, firmId, messages, roles, text }: Props) {
  const form = useActionForm({ schema: loadInviteSchema, action, messages, initialValues: { firmId, email: "", role: "contributor" }, resetOnSuccess: true, permalink: `/firms/${firmId}/team#invite` });
  return (
    <section aria-labelledby="invite-title" id="invite">
      <h2 id="invite-title">{text.title}</h2>
      <p>{text.lead}</p>
      <ActionForm form={form} labels={{ email: text.email, role: text.role }} summaryTitle={text.errorSummaryTitle} idPrefix="invite-" labelledBy="invite-title">
        <input type="hidden" name="firmId" value={firmId} />
        <TextInput name="email" type="email" label={text.email} autoComplete="off" required />
        <RadioGroup name="role" label={text.role} options={roles} />
        <SubmitButton label={text.submit} pendingLabel={text.submitting} />
      </ActionForm>
    </section>
  );
}
