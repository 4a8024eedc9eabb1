"use client";

import { ActionForm } from "@/components/forms/action-form";
import type { FormMessages } from "@/components/forms/form-messages";
import { Hidden, Select, SubmitButton, TextArea, TextInput, type Option } from "@/components/forms/kit-fields";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import type { FormValues } from "@/lib/forms/form-result";

// zod leaves the first load: the schema comes when a field is first focused (decision 009).
const loadAddSchema = () => import("@/lib/plan/action-schema").then((module) => module.PlanActionFieldsSchema);
const loadUpdateSchema = () => import("@/lib/plan/action-schema").then((module) => module.UpdatePlanActionSchema);

export type PlanActionFormLabels = {
  heading: string;
  title: string;
  titleHint: string;
  owner: string;
  ownerNone: string;
  startsOn: string;
  dueOn: string;
  estimatedCost: string;
  costHint: string;
  currency: string;
  currencyHint: string;
  instrument: string;
  instrumentNone: string;
  status: string;
  notes: string;
  submit: string;
  submitting: string;
  summaryTitle: string;
};

type Props = {
  mode: "add" | "edit";
  action: FormAction;
  messages: FormMessages;
  labels: PlanActionFormLabels;
  owners: Option[];
  instruments: Option[];
  statuses: Option[];
  initialValues: FormValues;
  /** The page with this form's anchor: a post without JavaScript comes back here. */
  permalink: string;
  /** Prefix of the fields' ids and the folded form's id. */
  idPrefix: string;
  /** Open on arrival (the add form of a dimension with no actions yet). */
  open?: boolean;
};

/**
 * Add or edit one action of the plan. Folded in a native `details` (no JavaScript needed); it opens
 * once it has answered, so the errors and what was typed are in view. Success redirects to the
 * action on the plan page.
 */
export function PlanActionForm({ mode, action, messages, labels, owners, instruments, statuses, initialValues, permalink, idPrefix, open }: Props) {
  const form = useActionForm({ schema: mode === "add" ? loadAddSchema : loadUpdateSchema, action, messages, permalink, initialValues });
  const answered = form.state.status !== "idle" || form.methods.formState.submitCount > 0;
  const fieldLabels = {
    title: labels.title,
    ownerUserId: labels.owner,
    startsOn: labels.startsOn,
    dueOn: labels.dueOn,
    estimatedCost: labels.estimatedCost,
    currency: labels.currency,
    instrumentId: labels.instrument,
    status: labels.status,
    notes: labels.notes,
  };
  return (
    <details className="plan-form" id={`${idPrefix}form`} open={answered || open || undefined}>
      <summary>{labels.heading}</summary>
      <ActionForm form={form} idPrefix={idPrefix} labels={fieldLabels} summaryTitle={labels.summaryTitle} className="form plan-form__body">
        <Hidden name="firmId" />
        <Hidden name="dimensionId" />
        {mode === "edit" ? (
          <>
            <Hidden name="actionId" />
            <Hidden name="version" />
          </>
        ) : null}
        <TextInput name="title" label={labels.title} hint={labels.titleHint} required maxLength={200} />
        <Select name="ownerUserId" label={labels.owner} options={owners} placeholder={labels.ownerNone} />
        <div className="plan-form__row">
          {/* The browser's date picker shows days its own way and posts YYYY-MM-DD, so no format hint. */}
          <TextInput name="startsOn" label={labels.startsOn} type="date" />
          <TextInput name="dueOn" label={labels.dueOn} type="date" />
        </div>
        <div className="plan-form__row">
          <TextInput name="estimatedCost" label={labels.estimatedCost} hint={labels.costHint} inputMode="numeric" />
          <TextInput name="currency" label={labels.currency} hint={labels.currencyHint} narrow maxLength={3} />
        </div>
        <Select name="instrumentId" label={labels.instrument} options={instruments} placeholder={labels.instrumentNone} />
        <Select name="status" label={labels.status} options={statuses} />
        <TextArea name="notes" label={labels.notes} rows={3} maxLength={2000} />
        <SubmitButton label={labels.submit} pendingLabel={labels.submitting} />
      </ActionForm>
    </details>
  );
}
