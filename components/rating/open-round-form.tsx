"use client";

import { ActionForm } from "@/components/forms/action-form";
import type { FormMessages } from "@/components/forms/form-messages";
import { CheckboxGroup, Hidden, SubmitButton, type Option } from "@/components/forms/kit-fields";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";

const loadSchema = () => import("@/app/(sme)/assessments/[assessmentId]/rating/[dimensionId]/schema").then((module) => module.OpenRoundSchema);

type Props = {
  action: FormAction;
  assessmentId: string;
  dimensionId: string;
  members: Option[];
  messages: FormMessages;
  text: { title: string; lead: string; raters: string; submit: string; submitting: string; errorSummaryTitle: string };
};

/** A manager chooses the raters (two or more members) and opens the dimension for rating apart. */
export function OpenRoundForm({ action, assessmentId, dimensionId, members, messages, text }: Props) {
  const form = useActionForm({
    schema: loadSchema,
    action,
    messages,
    initialValues: { assessmentId, dimensionId, raters: [] },
    permalink: `/assessments/${assessmentId}/rating/${dimensionId}#open-round`,
  });
  return (
    <section aria-labelledby="open-round-title" id="open-round">
      <h2 id="open-round-title">{text.title}</h2>
      <p>{text.lead}</p>
      <ActionForm form={form} labels={{ raters: text.raters }} summaryTitle={text.errorSummaryTitle} idPrefix="open-" labelledBy="open-round-title">
        <Hidden name="assessmentId" />
        <Hidden name="dimensionId" />
        <CheckboxGroup name="raters" label={text.raters} options={members} />
        <SubmitButton label={text.submit} pendingLabel={text.submitting} />
      </ActionForm>
    </section>
  );
}
