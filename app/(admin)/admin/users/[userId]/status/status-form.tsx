"use client";

import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import type { FormMessages } from "@/components/forms/form-messages";
import { SubmitButton } from "@/components/forms/kit-fields";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";

// zod leaves the first load: the schema comes when a field is first focused (decision 009).
const loadAccountStatusSchema = () => import("./schema").then((module) => module.AccountStatusSchema);

type Props = {
  action: FormAction;
  messages: FormMessages;
  userId: string;
  /** The state the account is to end up in. */
  active: boolean;
  labels: { confirm: string; pending: string; cancel: string; errorSummaryTitle: string };
};

/**
 * The confirmation of a deactivation or reactivation: the account and the state it should end up
 * in travel as hidden fields (the same values react-hook-form checks), so a resent form changes nothing.
 */
export function AccountStatusForm({ action, messages, userId, active, labels }: Props) {
  const values = { userId, active: active ? "true" : "false" };
  const form = useActionForm({ schema: loadAccountStatusSchema, action, messages, initialValues: values });
  return (
    <ActionForm form={form} labels={{}} summaryTitle={labels.errorSummaryTitle} className="account-confirm__actions">
      <input type="hidden" name="userId" value={values.userId} />
      <input type="hidden" name="active" value={values.active} />
      <SubmitButton label={labels.confirm} pendingLabel={labels.pending} className={active ? "button" : "button button--warning"} />
      <Link href="/admin/users">{labels.cancel}</Link>
    </ActionForm>
  );
}
