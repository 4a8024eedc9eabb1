"use client";

import { ActionForm } from "@/components/forms/action-form";
import type { FormMessages } from "@/components/forms/form-messages";
import { Select, SubmitButton, TextInput, type Option } from "@/components/forms/kit-fields";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";

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

const loadSignUpSchema = () => import("@/app/sign-up/schema").then((module) => module.SignUpSchema);

/** Works as a plain form post without JavaScript; with it, each field is checked as the user leaves it. */
export function SignUpForm({
  action,
  labels,
  messages,
  countries,
  sectors,
  initialEnrolmentCode,
}: {
  action: FormAction;
  labels: SignUpLabels;
  messages: FormMessages;
  countries: Option[];
  sectors: Option[];
  initialEnrolmentCode?: string;
}) {
  const form = useActionForm({ schema: loadSignUpSchema, action, messages, initialValues: { enrolmentCode: initialEnrolmentCode ?? "" } });
  const fieldLabels = {
    name: labels.name,
    email: labels.email,
    password: labels.password,
    firmName: labels.firmName,
    country: labels.country,
    sector: labels.sector,
    employees: labels.employees,
    enrolmentCode: labels.enrolmentCode,
  };
  return (
    <ActionForm form={form} labels={fieldLabels} summaryTitle={labels.errorSummaryTitle}>
      <fieldset>
        <legend>{labels.yourDetails}</legend>
        <TextInput name="name" label={labels.name} autoComplete="name" required />
        <TextInput name="email" type="email" label={labels.email} autoComplete="email" required />
        <TextInput name="password" type="password" label={labels.password} hint={labels.passwordHint} autoComplete="new-password" required />
      </fieldset>
      <fieldset>
        <legend>{labels.firmDetails}</legend>
        <TextInput name="firmName" label={labels.firmName} autoComplete="organization" required />
        <Select name="country" label={labels.country} options={countries} placeholder={labels.choose} required />
        <Select name="sector" label={labels.sector} options={sectors} placeholder={labels.choose} required />
        <TextInput name="employees" label={labels.employees} hint={labels.employeesHint} inputMode="numeric" narrow required />
        <TextInput name="enrolmentCode" label={labels.enrolmentCode} hint={labels.enrolmentCodeHint} narrow />
      </fieldset>
      <SubmitButton label={labels.submit} pendingLabel={labels.submitting} />
    </ActionForm>
  );
}
