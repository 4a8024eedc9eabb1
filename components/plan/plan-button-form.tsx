"use client";

import { ActionForm } from "@/components/forms/action-form";
import type { FormMessages } from "@/components/forms/form-messages";
import { Hidden, Select, SubmitButton, type Option } from "@/components/forms/kit-fields";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import type { FormValues } from "@/lib/forms/form-result";

// The plan's one-press forms: add a suggestion, change an action's status, remove an action. The
// page fixes every value but the status; a refusal (the action changed meanwhile) answers in the
// form, success redirects to the action. Without JavaScript they post as plain forms.

const loadStatusSchema = () => import("@/lib/plan/action-schema").then((module) => module.PlanActionStatusChangeSchema);
const loadRemoveSchema = () => import("@/lib/plan/action-schema").then((module) => module.RemovePlanActionSchema);
const loadSuggestionSchema = () => import("@/lib/plan/action-schema").then((module) => module.PlanActionFieldsSchema);
const schemas = { status: loadStatusSchema, remove: loadRemoveSchema, suggestion: loadSuggestionSchema } as const;

type Props = {
  kind: keyof typeof schemas;
  action: FormAction;
  messages: FormMessages;
  values: FormValues;
  permalink: string;
  idPrefix: string;
  submit: { label: string; pending: string; ariaLabel?: string; className?: string };
  summaryTitle: string;
  /** The status select (kind "status" only). */
  status?: { label: string; options: Option[] };
};

export function PlanButtonForm({ kind, action, messages, values, permalink, idPrefix, submit, summaryTitle, status }: Props) {
  const form = useActionForm({ schema: schemas[kind], action, messages, permalink, initialValues: values });
  const hidden = Object.keys(values).filter((name) => name !== "status" || kind !== "status");
  return (
    <ActionForm form={form} idPrefix={idPrefix} labels={status ? { status: status.label } : {}} summaryTitle={summaryTitle} className={`plan-inline-form plan-inline-form--${kind}`}>
      {hidden.map((name) => (
        <Hidden key={name} name={name} />
      ))}
      {status ? <Select name="status" label={status.label} options={status.options} /> : null}
      <SubmitButton label={submit.label} pendingLabel={submit.pending} ariaLabel={submit.ariaLabel} className={submit.className} />
    </ActionForm>
  );
}
