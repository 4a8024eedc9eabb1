"use client";

import { ActionForm, useFormPending } from "@/components/forms/action-form";
import type { FormMessages } from "@/components/forms/form-messages";
import { Hidden } from "@/components/forms/kit-fields";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";

// zod leaves the first load: the schema comes when a field is first focused (decision 009).
const loadValidationFormSchema = () => import("@/app/(officer)/officer/assessments/[assessmentId]/review/schema").then((module) => module.ValidationFormSchema);

type Props = {
  action: FormAction;
  messages: FormMessages;
  /** `done`: what the button says once the firm's level is the validated one. */
  labels: { submit: string; submitting: string; done: string; summaryTitle: string };
  done: boolean;
  /** The firm's level: posted as the validated level with no justification, which the server accepts only for the firm's own level. */
  target: { assessmentId: string; revision: number; indicatorId: string; firmLevel: number };
  /** Names what the button confirms (the question's heading), as several such buttons share one label. */
  describedBy: string;
  permalink: string;
};

/** One button: validate this indicator at the firm's own level, in place. */
export function ConfirmLevelForm({ action, messages, labels, done, target, describedBy, permalink }: Props) {
  const form = useActionForm({
    schema: loadValidationFormSchema,
    action,
    messages,
    permalink,
    initialValues: { assessmentId: target.assessmentId, revision: String(target.revision), indicatorId: target.indicatorId, level: String(target.firmLevel), justification: "" },
  });
  return (
    <ActionForm form={form} idPrefix={`confirm-${target.indicatorId}-`} labels={{}} summaryTitle={labels.summaryTitle} className="review-confirm">
      <Hidden name="assessmentId" />
      <Hidden name="revision" />
      <Hidden name="indicatorId" />
      <Hidden name="level" />
      <Hidden name="justification" />
      <ConfirmButton label={labels.submit} pendingLabel={labels.submitting} doneLabel={done ? labels.done : null} describedBy={describedBy} />
    </ActionForm>
  );
}

/**
 * The submit button of a confirmation. Once there is nothing left to confirm it stays in place as
 * a button that does nothing (aria-disabled, not disabled): the keyboard focus that pressed it
 * stays on it instead of falling back to the top of the page.
 */
export function ConfirmButton({ label, pendingLabel, doneLabel, describedBy }: { label: string; pendingLabel: string; doneLabel: string | null; describedBy?: string }) {
  const pending = useFormPending();
  // Never `disabled`: a focused button that becomes disabled drops the focus to the page.
  const inert = pending || doneLabel !== null;
  return (
    <button type={inert ? "button" : "submit"} className="button button--secondary" aria-disabled={inert || undefined} aria-describedby={describedBy}>
      {pending ? pendingLabel : (doneLabel ?? label)}
    </button>
  );
}
