"use client";

import { ActionForm } from "@/components/forms/action-form";
import type { FormMessages } from "@/components/forms/form-messages";
import { Hidden } from "@/components/forms/kit-fields";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { ConfirmButton } from "./confirm-level-form";

// zod leaves the first load: the schema comes when a field is first focused (decision 009).
const loadSchema = () => import("@/app/(officer)/officer/assessments/[assessmentId]/review/schema").then((module) => module.ConfirmDimensionFormSchema);

type Props = {
  action: FormAction;
  messages: FormMessages;
  /** `done`: what the button says once every level is validated. */
  labels: { submit: string; submitting: string; done: string; summaryTitle: string };
  done: boolean;
  target: { assessmentId: string; revision: number; dimensionId: string };
  permalink: string;
};

/** "Confirm all N levels in <dimension>": one command validates every level not yet validated at the firm's own. */
export function ConfirmDimensionForm({ action, messages, labels, done, target, permalink }: Props) {
  const form = useActionForm({
    schema: loadSchema,
    action,
    messages,
    permalink,
    initialValues: { assessmentId: target.assessmentId, revision: String(target.revision), dimensionId: target.dimensionId },
  });
  return (
    <ActionForm form={form} idPrefix={`confirm-dimension-${target.dimensionId}-`} labels={{}} summaryTitle={labels.summaryTitle} className="review-confirm review-confirm--dimension">
      <Hidden name="assessmentId" />
      <Hidden name="revision" />
      <Hidden name="dimensionId" />
      <ConfirmButton label={labels.submit} pendingLabel={labels.submitting} doneLabel={done ? labels.done : null} />
    </ActionForm>
  );
}
