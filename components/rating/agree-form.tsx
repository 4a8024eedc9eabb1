"use client";

import { ActionForm } from "@/components/forms/action-form";
import type { FormMessages } from "@/components/forms/form-messages";
import { Hidden, Select, SubmitButton, TextArea, type Option } from "@/components/forms/kit-fields";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";

const loadSchema = () => import("@/app/(sme)/assessments/[assessmentId]/rating/[dimensionId]/schema").then((module) => module.AgreeSchema);

export type AgreedIndicator = { id: string; label: string; options: Option[]; level: number | null; note: string | null };

type Props = {
  action: FormAction;
  assessmentId: string;
  dimensionId: string;
  indicators: AgreedIndicator[];
  messages: FormMessages;
  maxNoteLength: number;
  text: { title: string; lead: string; note: string; chooseLevel: string; submit: string; submitting: string; errorSummaryTitle: string };
};

/** The manager's agreed level and note per indicator, after every rater has finished. */
export function AgreeForm({ action, assessmentId, dimensionId, indicators, messages, maxNoteLength, text }: Props) {
  const initialValues = {
    assessmentId,
    dimensionId,
    ...Object.fromEntries(indicators.flatMap((i) => [[`agreed_${i.id}`, i.level === null ? "" : String(i.level)], [`note_${i.id}`, i.note ?? ""]])),
  };
  const form = useActionForm({ schema: loadSchema, action, messages, initialValues, permalink: `/assessments/${assessmentId}/rating/${dimensionId}#agree` });
  return (
    <section aria-labelledby="agree-title" id="agree">
      <h2 id="agree-title">{text.title}</h2>
      <p>{text.lead}</p>
      <ActionForm form={form} labels={Object.fromEntries(indicators.map((i) => [`agreed_${i.id}`, i.label]))} summaryTitle={text.errorSummaryTitle} idPrefix="agree-" labelledBy="agree-title">
        <Hidden name="assessmentId" />
        <Hidden name="dimensionId" />
        {indicators.map((indicator) => (
          <div key={indicator.id} className="indicator">
            <Select name={`agreed_${indicator.id}`} label={indicator.label} options={indicator.options} placeholder={text.chooseLevel} />
            <TextArea name={`note_${indicator.id}`} label={text.note} rows={2} maxLength={maxNoteLength} />
          </div>
        ))}
        <SubmitButton label={text.submit} pendingLabel={text.submitting} />
      </ActionForm>
    </section>
  );
}
