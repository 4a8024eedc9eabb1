"use client";

import { ActionForm } from "@/components/forms/action-form";
import type { FormMessages } from "@/components/forms/form-messages";
import { Checkbox, Hidden, Select, SubmitButton, type Option } from "@/components/forms/kit-fields";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";

const loadSchema = () => import("@/app/(sme)/assessments/[assessmentId]/rating/[dimensionId]/schema").then((module) => module.RateSchema);

export type RatedIndicator = { id: string; question: string; options: Option[]; level: number | null };

type Props = {
  action: FormAction;
  assessmentId: string;
  dimensionId: string;
  indicators: RatedIndicator[];
  messages: FormMessages;
  text: { title: string; lead: string; chooseLevel: string; finish: string; submit: string; submitting: string; errorSummaryTitle: string };
};

/** A rater's own levels, one per indicator; ticking "finished" hands them in with the same post. */
export function RateForm({ action, assessmentId, dimensionId, indicators, messages, text }: Props) {
  const initialValues = { assessmentId, dimensionId, ...Object.fromEntries(indicators.map((i) => [`level_${i.id}`, i.level === null ? "" : String(i.level)])) };
  const form = useActionForm({ schema: loadSchema, action, messages, initialValues, permalink: `/assessments/${assessmentId}/rating/${dimensionId}#rate` });
  return (
    <section aria-labelledby="rate-title" id="rate">
      <h2 id="rate-title">{text.title}</h2>
      <p>{text.lead}</p>
      <ActionForm form={form} labels={Object.fromEntries(indicators.map((i) => [`level_${i.id}`, i.question]))} summaryTitle={text.errorSummaryTitle} idPrefix="rate-" labelledBy="rate-title">
        <Hidden name="assessmentId" />
        <Hidden name="dimensionId" />
        {indicators.map((indicator) => (
          <Select key={indicator.id} name={`level_${indicator.id}`} label={indicator.question} options={indicator.options} placeholder={text.chooseLevel} />
        ))}
        <Checkbox name="finish" label={text.finish} />
        <SubmitButton label={text.submit} pendingLabel={text.submitting} />
      </ActionForm>
    </section>
  );
}
