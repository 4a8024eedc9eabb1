"use client";

import { ActionForm } from "@/components/forms/action-form";
import type { FormMessages } from "@/components/forms/form-messages";
import { Checkbox, Hidden, SubmitButton } from "@/components/forms/kit-fields";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";

// zod leaves the first load: the schema comes when a field is first focused (decision 009).
const loadSubmitAssessmentSchema = () => import("./schema").then((module) => module.SubmitAssessmentSchema);

export type DeclarationFormLabels = { title: string; declaration: string; submit: string; submitting: string; summaryTitle: string };

type Props = {
  action: FormAction;
  messages: FormMessages;
  labels: DeclarationFormLabels;
  target: { assessmentId: string; idempotencyKey: string };
  /** The page with the form's anchor: a refused post without JavaScript comes back to it. */
  permalink: string;
};

/** The declaration and the submit: the box must be ticked, checked in the browser and by the action. */
export function DeclarationForm({ action, messages, labels, target, permalink }: Props) {
  const form = useActionForm({ schema: loadSubmitAssessmentSchema, action, messages, permalink, initialValues: target });
  return (
    <ActionForm form={form} labels={{ declaration: labels.title }} summaryTitle={labels.summaryTitle}>
      <h2 id="declaration-heading">{labels.title}</h2>
      <Hidden name="assessmentId" />
      <Hidden name="idempotencyKey" />
      <Checkbox name="declaration" label={labels.declaration} />
      <SubmitButton label={labels.submit} pendingLabel={labels.submitting} />
    </ActionForm>
  );
}
