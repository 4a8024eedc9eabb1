"use client";

import { ActionForm } from "@/components/forms/action-form";
import type { FormMessages } from "@/components/forms/form-messages";
import { Hidden, Select, SubmitButton, TextArea, type Option } from "@/components/forms/kit-fields";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { maxJustificationLength } from "@/lib/review/text-limits";

// zod leaves the first load: the schema comes when a field is first focused (decision 009).
const loadValidationFormSchema = () => import("@/app/(officer)/officer/assessments/[assessmentId]/review/schema").then((module) => module.ValidationFormSchema);

export type ValidationFormLabels = {
  /** The indicator's question: the summary names it with each error. */
  question: string;
  formTitle: string;
  level: string;
  justification: string;
  justificationHint: string;
  save: string;
  saving: string;
  summaryTitle: string;
};

type Props = {
  action: FormAction;
  messages: FormMessages;
  labels: ValidationFormLabels;
  levels: Option[];
  target: { assessmentId: string; revision: number; indicatorId: string };
  /** The stored validation, or the firm's level to confirm. */
  initial: { level: string; justification: string };
  /** The page with this form's anchor: a post without JavaScript comes back here. */
  permalink: string;
  /** The id of the folded form, the permalink's anchor. */
  anchor: string;
};

/**
 * Set one indicator's level (another than the firm's needs a justification). Saves in place with JavaScript
 * (the page's figures refresh through the action's revalidation); without it the post comes back
 * to this form, open, with what was typed.
 */
export function ValidationForm({ action, messages, labels, levels, target, initial, permalink, anchor }: Props) {
  const form = useActionForm({
    schema: loadValidationFormSchema,
    action,
    messages,
    permalink,
    initialValues: { assessmentId: target.assessmentId, revision: String(target.revision), indicatorId: target.indicatorId, ...initial },
  });
  const idPrefix = `validate-${target.indicatorId}-`;
  // Folded by default so a long questionnaire stays scannable (native details needs no JavaScript);
  // open once the form has answered, so its notice or errors are in view.
  const answered = form.state.status !== "idle" || form.methods.formState.submitCount > 0;
  return (
    <details className="review-validate" id={anchor} open={answered || undefined}>
      <summary id={`${idPrefix}title`}>{labels.formTitle}</summary>
      <ActionForm
        form={form}
        idPrefix={idPrefix}
        labels={{ level: labels.question, justification: labels.question }}
        summaryTitle={labels.summaryTitle}
        className="form review-form"
      >
        <Hidden name="assessmentId" />
        <Hidden name="revision" />
        <Hidden name="indicatorId" />
        <Select name="level" label={labels.level} options={levels} required />
        {/* Required only for a level other than the firm's: the server decides, and answers at this field. */}
        <TextArea name="justification" label={labels.justification} hint={labels.justificationHint} maxLength={maxJustificationLength} />
        <SubmitButton label={labels.save} pendingLabel={labels.saving} />
      </ActionForm>
    </details>
  );
}

