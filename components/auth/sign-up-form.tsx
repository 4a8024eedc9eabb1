"use client";

import { useActionState } from "react";
import { idleFormState, summariseFieldErrors, type FormActionState } from "@/components/forms/action-state";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField, TextField } from "@/components/forms/field";

export type SignUpLabels = {
  yourDetails: string;
  name: string;
  email: string;
  password: string;
  passwordHint: string;
  firmDetails: string;
  firmName: string;
  country: string;
  sector: string;
  employees: string;
  employeesHint: string;
  enrolmentCode: string;
  enrolmentCodeHint: string;
  choose: string;
  submit: string;
  submitting: string;
  errorSummaryTitle: string;
};

type Option = { value: string; label: string };

const fieldIds = {
  name: "name",
  email: "email",
  password: "password",
  firmName: "firmName",
  country: "country",
  sector: "sector",
  employees: "employees",
  enrolmentCode: "enrolmentCode",
};

/** Works as a plain form post without JavaScript; with it, errors appear without a reload. */
export function SignUpForm({
  action,
  labels,
  countries,
  sectors,
  initialEnrolmentCode,
}: {
  action: (state: FormActionState, formData: FormData) => Promise<FormActionState>;
  labels: SignUpLabels;
  countries: Option[];
  sectors: Option[];
  initialEnrolmentCode?: string;
}) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  return (
    <form action={formAction} className="form" noValidate>
      <ErrorSummary title={labels.errorSummaryTitle} errors={summariseFieldErrors(state, fieldIds)} />
      {state.formError ? (
        <div className="notice notice--error" role="alert">
          {state.formError}
        </div>
      ) : null}
      <fieldset>
        <legend>{labels.yourDetails}</legend>
        <TextField id="name" name="name" label={labels.name} autoComplete="name" defaultValue={values.name} error={errors.name} required />
        <TextField id="email" name="email" type="email" label={labels.email} autoComplete="email" defaultValue={values.email} error={errors.email} required />
        <TextField id="password" name="password" type="password" label={labels.password} hint={labels.passwordHint} autoComplete="new-password" error={errors.password} required />
      </fieldset>
      <fieldset>
        <legend>{labels.firmDetails}</legend>
        <TextField id="firmName" name="firmName" label={labels.firmName} autoComplete="organization" defaultValue={values.firmName} error={errors.firmName} required />
        <SelectField id="country" name="country" label={labels.country} options={countries} placeholder={labels.choose} defaultValue={values.country} error={errors.country} required />
        <SelectField id="sector" name="sector" label={labels.sector} options={sectors} placeholder={labels.choose} defaultValue={values.sector} error={errors.sector} required />
        <TextField id="employees" name="employees" label={labels.employees} hint={labels.employeesHint} inputMode="numeric" narrow defaultValue={values.employees} error={errors.employees} required />
        <TextField
          id="enrolmentCode"
          name="enrolmentCode"
          label={labels.enrolmentCode}
          hint={labels.enrolmentCodeHint}
          defaultValue={values.enrolmentCode ?? initialEnrolmentCode}
          error={errors.enrolmentCode}
          narrow
        />
      </fieldset>
      <button type="submit" className="button" disabled={pending}>
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
