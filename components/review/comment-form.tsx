"use client";

import { ActionForm } from "@/components/forms/action-form";
import type { FormMessages } from "@/components/forms/form-messages";
import { Hidden, SubmitButton, TextArea } from "@/components/forms/kit-fields";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { maxCommentLength } from "@/lib/review/text-limits";

// zod leaves the first load: the schema comes when a field is first focused (decision 009).
const loadCommentFormSchema = () => import("@/app/(officer)/officer/assessments/[assessmentId]/review/schema").then((module) => module.CommentFormSchema);

export type CommentFormLabels = {
  /** The section the comment is on: the summary names it with the error. */
  section: string;
  field: string;
  hint: string;
  submit: string;
  submitting: string;
  summaryTitle: string;
};

type Props = {
  action: FormAction;
  messages: FormMessages;
  labels: CommentFormLabels;
  /** A dimension id, or "general". */
  target: { assessmentId: string; revision: number; dimensionId: string };
  /** The page with this form's anchor: a post without JavaScript comes back here. */
  permalink: string;
};

/** Adds a comment in place; the stored comment joins the list above and the field empties for the next one. */
export function CommentForm({ action, messages, labels, target, permalink }: Props) {
  const form = useActionForm({
    schema: loadCommentFormSchema,
    action,
    messages,
    permalink,
    resetOnSuccess: true,
    initialValues: { assessmentId: target.assessmentId, revision: String(target.revision), dimensionId: target.dimensionId },
  });
  return (
    <ActionForm form={form} idPrefix={`comment-${target.dimensionId}-`} labels={{ body: labels.section }} summaryTitle={labels.summaryTitle} className="form review-form">
      <Hidden name="assessmentId" />
      <Hidden name="revision" />
      <Hidden name="dimensionId" />
      <TextArea name="body" label={labels.field} hint={labels.hint} maxLength={maxCommentLength} required />
      <SubmitButton label={labels.submit} pendingLabel={labels.submitting} className="button button--secondary" />
    </ActionForm>
  );
}
