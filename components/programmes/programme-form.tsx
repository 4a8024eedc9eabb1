"use client";

import { ActionForm } from "@/components/forms/action-form";
import type { FormMessages } from "@/components/forms/form-messages";
import { CheckboxGroup, Select, SubmitButton, TextInput, type Option } from "@/components/forms/kit-fields";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import type { FormValues } from "@/lib/forms/form-result";
import { targetFieldName } from "@/lib/programmes/programme-form-fields";

// zod leaves the first load: the schema comes when a field is first focused (decision 009).
const loadProgrammeFormSchema = () => import("@/lib/programmes/programme-settings").then((module) => module.ProgrammeFormSchema);

/** Labels in the reader's language, resolved on the server so the client needs no message files. */
export type ProgrammeFormText = {
  name: string;
  country: string;
  version: string;
  versionHint: string;
  versionLockedHint: string;
  code: string;
  codeHint: string;
  opensOn: string;
  closesOn: string;
  datesHint: string;
  targetsTitle: string;
  targetsLead: string;
  noTarget: string;
  officersTitle: string;
  officersLead: string;
  noOfficersYet: string;
  choose: string;
  submit: string;
  submitting: string;
  errorSummaryTitle: string;
};

type Props = {
  action: FormAction;
  messages: FormMessages;
  text: ProgrammeFormText;
  initialValues: FormValues;
  countries: Option[];
  versions: Option[];
  /** The version cannot change once firms have assessments under the programme. */
  versionLocked: boolean;
  dimensions: Option[];
  levels: Option[];
  officers: Option[];
};

/** Programme settings: name, country, questionnaire version, code, dates, targets and officers. Works without JavaScript. */
export function ProgrammeForm({ action, messages, text, initialValues, countries, versions, versionLocked, dimensions, levels, officers }: Props) {
  const form = useActionForm({ schema: loadProgrammeFormSchema, action, messages, initialValues });
  const labels: Record<string, string> = {
    name: text.name,
    country: text.country,
    questionnaireVersionId: text.version,
    enrolmentCode: text.code,
    opensOn: text.opensOn,
    closesOn: text.closesOn,
    ...Object.fromEntries(dimensions.map((dimension) => [targetFieldName(dimension.value), `${text.targetsTitle}: ${dimension.label}`])),
    officerIds: text.officersTitle,
  };
  const version = typeof form.values.questionnaireVersionId === "string" ? form.values.questionnaireVersionId : "";
  return (
    <ActionForm form={form} labels={labels} summaryTitle={text.errorSummaryTitle}>
      <TextInput name="name" label={text.name} required />
      <Select name="country" label={text.country} options={countries} placeholder={text.choose} required />
      {versionLocked ? (
        // Fixed: posted as it is and shown as text (a disabled select would not be posted).
        <div className="field">
          <span className="label">{text.version}</span>
          <span className="hint">{text.versionLockedHint}</span>
          <p>{version}</p>
          <input type="hidden" name="questionnaireVersionId" value={version} />
        </div>
      ) : (
        <Select name="questionnaireVersionId" label={text.version} hint={text.versionHint} options={versions} placeholder={text.choose} required />
      )}
      <TextInput name="enrolmentCode" label={text.code} hint={text.codeHint} narrow required />
      <TextInput name="opensOn" type="date" label={text.opensOn} hint={text.datesHint} narrow />
      <TextInput name="closesOn" type="date" label={text.closesOn} narrow />
      <fieldset>
        <legend>{text.targetsTitle}</legend>
        <p className="hint">{text.targetsLead}</p>
        <div className="choices choices--columns">
          {dimensions.map((dimension) => (
            <Select key={dimension.value} name={targetFieldName(dimension.value)} label={dimension.label} options={levels} placeholder={text.noTarget} />
          ))}
        </div>
      </fieldset>
      {officers.length === 0 ? (
        <fieldset>
          <legend>{text.officersTitle}</legend>
          <p>{text.noOfficersYet}</p>
        </fieldset>
      ) : (
        <CheckboxGroup name="officerIds" label={text.officersTitle} hint={text.officersLead} options={officers} />
      )}
      <SubmitButton label={text.submit} pendingLabel={text.submitting} />
    </ActionForm>
  );
}
