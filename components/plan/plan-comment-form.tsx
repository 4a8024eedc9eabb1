"use client";

import { ActionForm } from "@/components/forms/action-form";
import type { FormMessages } from "@/components/forms/form-messages";
import { Hidden, Select, SubmitButton, TextArea, type Option } from "@/components/forms/kit-fields";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { maxCommentLength } from "@/lib/review/text-limits";

// zod leaves the first load: the schema comes when a field is first focused (decision 009).
const loadSchema = () => import("@/app/(officer)/officer/assessments/[assessmentId]/review/schema").then((module) => module.PlanCommentFormSchema);

export type PlanCommentFormLabels = { title: string; about: string; field: string; hint: string; submit: string; submitting: string; summaryTitle: string };

type Props = {
  action: FormAction;
  messages: FormMessages;
  labels: PlanCommentFormLabels;
  assessmentId: string;
  /** "plan" (the whole plan) first, then the plan's dimensions. */
  about: readonly Option[];
  /** The page with this form's anchor: a post without JavaScript comes back here. */
  permalink: string;
};

/** An officer's comment on the firm's plan, as a whole or on one dimension; it joins the list above and the field empties. */
export function PlanCommentForm({ action, messages, labels, assessmentId, about, permalink }: Props) {
  const form = useActionForm({ schema: loadSchema, action, messages, permalink, resetOnSuccess: true, initialValues: { assessmentId, dimensionId: "plan" } });
  return (
    <ActionForm form={form} idPrefix="plan-comment-" labels={{ dimensionId: labels.about, body: labels.field }} summaryTitle={labels.summaryTitle} className="form review-form">
      <Hidden name="assessmentId" />
      <Select name="dimensionId" label={labels.about} options={about} required />
      <TextArea name="body" label={labels.field} hint={labels.hint} maxLength={maxCommentLength} required />
      <SubmitButton label={labels.submit} pendingLabel={labels.submitting} className="button button--secondary" />
    </ActionForm>
  );
}
