"use client";

import { ActionForm } from "@/components/forms/action-form";
import type { FormMessages } from "@/components/forms/form-messages";
import { Hidden, SubmitButton, TextArea } from "@/components/forms/kit-fields";
import type { ReactNode } from "react";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { maxReturnReasonLength } from "@/lib/review/text-limits";

// zod leaves the first load: the schema comes when a field is first focused (decision 009).
const loadReturnFormSchema = () => import("@/app/(officer)/officer/assessments/[assessmentId]/review/schema").then((module) => module.ReturnFormSchema);

export type ReturnFormLabels = { title: string; reason: string; reasonHint: string; submit: string; submitting: string; summaryTitle: string };

type Props = {
  action: FormAction;
  messages: FormMessages;
  labels: ReturnFormLabels;
  target: { assessmentId: string; revision: number };
  /** The page with this form's anchor: a post without JavaScript comes back here. */
  permalink: string;
  /** What the decision closes on (the confirmation's summary), under the title. */
  children?: ReactNode;
  /** Beside the submit button (the confirmation's "Cancel"). */
  cancel?: ReactNode;
};

/** Returns the revision to the firm; a reason is required. Done, the page shows the decision. */
export function ReturnForm({ action, messages, labels, target, permalink, children, cancel }: Props) {
  const form = useActionForm({
    schema: loadReturnFormSchema,
    action,
    messages,
    permalink,
    initialValues: { assessmentId: target.assessmentId, revision: String(target.revision) },
  });
  return (
    <ActionForm form={form} idPrefix="return-" labels={{ reason: labels.reason }} summaryTitle={labels.summaryTitle} className="form review-decision">
      <h3 id="return-heading">{labels.title}</h3>
      {children}
      <Hidden name="assessmentId" />
      <Hidden name="revision" />
      <TextArea name="reason" label={labels.reason} hint={labels.reasonHint} maxLength={maxReturnReasonLength} rows={4} required />
      <div className="button-row">
        <SubmitButton label={labels.submit} pendingLabel={labels.submitting} className="button button--secondary" />
        {cancel}
      </div>
    </ActionForm>
  );
}
