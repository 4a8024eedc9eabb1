"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldShell } from "@/components/forms/field";
import { idleProgrammeFormState, programmeFieldId as fieldId, type ProgrammeFormState } from "./programme-form-state";

type Option = { value: string; label: string };

/** Labels in the reader's language, resolved on the server so the client needs no message files. */
export type ProgrammeFormText = {
  name: string;
  country: string;
  version: string;
  versionHint: string;
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
  action: (state: ProgrammeFormState, formData: FormData) => Promise<ProgrammeFormState>;
  text: ProgrammeFormText;
  initialValues: Record<string, string[]>;
  countries: Option[];
  versions: Option[];
  versionLocked: boolean;
  dimensions: Option[];
  levels: Option[];
  officers: Option[];
};

/** Programme settings: name, country, questionnaire version, code, dates, targets and officers. Works without JavaScript. */
export function ProgrammeForm({ action, text, initialValues, countries, versions, versionLocked, dimensions, levels, officers }: Props) {
  const [state, formAction, pending] = useActionState(action, idleProgrammeFormState);
  const values = state.values ?? initialValues;
  const errors = state.fieldErrors ?? {};
  const value = (name: string) => values[name]?.[0] ?? "";
  const summary = Object.entries(errors).map(([field, message]) => ({ fieldId: fieldId(field === "targets" ? `target.${dimensions[0]?.value}` : field === "officerIds" ? "officers" : field), message }));

  const input = (name: string, label: string, type: "text" | "date", hint?: string) => (
    <FieldShell id={fieldId(name)} label={label} hint={hint} error={errors[name]}>
      {(describedBy) => (
        <input
          id={fieldId(name)}
          name={name}
          type={type}
          defaultValue={value(name)}
          className={type === "date" ? "input--narrow" : undefined}
          aria-invalid={errors[name] ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldShell>
  );

  const select = (name: string, label: string, options: Option[], extra: { hint?: string; disabled?: boolean } = {}) => (
    <FieldShell id={fieldId(name)} label={label} hint={extra.hint} error={errors[name]}>
      {(describedBy) => (
        <>
          <select
            id={fieldId(name)}
            name={extra.disabled ? undefined : name}
            defaultValue={value(name)}
            disabled={extra.disabled}
            aria-invalid={errors[name] ? true : undefined}
            aria-describedby={describedBy}
          >
            <option value="">{text.choose}</option>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          {/* A disabled select is not posted; the fixed value still is. */}
          {extra.disabled ? <input type="hidden" name={name} value={value(name)} /> : null}
        </>
      )}
    </FieldShell>
  );

  return (
    <form key={state.attempt ?? "initial"} action={formAction} className="form" noValidate>
      <ErrorSummary title={text.errorSummaryTitle} errors={summary} />
      {state.formError ? (
        <div className="notice notice--error" role="alert">
          {state.formError}
        </div>
      ) : null}
      {input("name", text.name, "text")}
      {select("country", text.country, countries)}
      {select("questionnaireVersionId", text.version, versions, { hint: text.versionHint, disabled: versionLocked })}
      {input("enrolmentCode", text.code, "text", text.codeHint)}
      {input("opensOn", text.opensOn, "date", text.datesHint)}
      {input("closesOn", text.closesOn, "date")}
      <fieldset>
        <legend>{text.targetsTitle}</legend>
        <p className="hint">{text.targetsLead}</p>
        {errors.targets ? <p className="field-error">{errors.targets}</p> : null}
        <div className="choices choices--columns">
          {dimensions.map((dimension) => (
            <div className="field" key={dimension.value}>
              <label htmlFor={fieldId(`target.${dimension.value}`)}>{dimension.label}</label>
              <select id={fieldId(`target.${dimension.value}`)} name={`target.${dimension.value}`} defaultValue={value(`target.${dimension.value}`)}>
                <option value="">{text.noTarget}</option>
                {levels.map((level) => (
                  <option key={level.value} value={level.value}>
                    {level.label}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{text.officersTitle}</legend>
        <p className="hint">{text.officersLead}</p>
        {errors.officerIds ? <p className="field-error">{errors.officerIds}</p> : null}
        {officers.length === 0 ? <p>{text.noOfficersYet}</p> : null}
        <div className="choices">
          {officers.map((officer, index) => {
            // The first box carries the group's id, so the error summary's link lands on it.
            const choiceId = index === 0 ? fieldId("officers") : fieldId(`officer-${officer.value}`);
            return (
              <label key={officer.value} className="choice" htmlFor={choiceId}>
                <input type="checkbox" id={choiceId} name="officerId" value={officer.value} defaultChecked={values.officerId?.includes(officer.value) ?? false} />
                <span>{officer.label}</span>
              </label>
            );
          })}
        </div>
      </fieldset>
      <button type="submit" className="button" disabled={pending}>
        {pending ? text.submitting : text.submit}
      </button>
    </form>
  );
}
