"use client";

import { ActionForm } from "@/components/forms/action-form";
import type { FormMessages } from "@/components/forms/form-messages";
import { Hidden, SubmitButton } from "@/components/forms/kit-fields";
import type { ReactNode } from "react";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";

// zod leaves the first load: the schema comes when a field is first focused (decision 009).
const loadApproveFormSchema = () => import("@/app/(officer)/officer/assessments/[assessmentId]/review/schema").then((module) => module.ApproveFormSchema);

export type ApproveFormLabels = { title: string; lead: string; submit: string; submitting: string; summaryTitle: string };

type Props = {
  action: FormAction;
  messages: FormMessages;
  labels: ApproveFormLabels;
  target: { assessmentId: string; revision: number };
  permalink: string;
  /** What the decision closes on (the confirmation's summary), under the title. */
  children?: ReactNode;
  /** Beside the submit button (the confirmation's "Cancel"). */
  cancel?: ReactNode;
};

/** Approves the revision (nothing to type); a refusal (decided meanwhile) shows in the form. */
export function ApproveForm({ action, messages, labels, target, permalink, children, cancel }: Props) {
  const form = useActionForm({
    schema: loadApproveFormSchema,
    action,
    messages,
    permalink,
    initialValues: { assessmentId: target.assessmentId, revision: String(target.revision) },
  });
  return (
    <ActionForm form={form} idPrefix="approve-" labels={{}} summaryTitle={labels.summaryTitle} className="form review-decision">
      <h3 id="approve-heading">{labels.title}</h3>
      {children}
      <p>{labels.lead}</p>
      <Hidden name="assessmentId" />
      <Hidden name="revision" />
      <div className="button-row">
        <SubmitButton label={labels.submit} pendingLabel={labels.submitting} />
        {cancel}
      </div>
    </ActionForm>
  );
}
