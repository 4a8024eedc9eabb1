"use client";

import { ActionForm } from "@/components/forms/action-form";
import type { FormMessages } from "@/components/forms/form-messages";
import { Select, SubmitButton, TextInput, type Option } from "@/components/forms/kit-fields";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";

const loadProfileSchema = () => import("@/app/(sme)/firms/[firmId]/profile/schema").then((module) => module.FirmProfileSchema);

type Props = {
  action: FormAction;
  firmId: string;
  messages: FormMessages;
  profile: { name: string; country: string; sector: string; employees: number };
  countries: Option[];
  sectors: Option[];
  text: { name: string; country: string; sector: string; employees: string; save: string; saving: string; errorSummaryTitle: string };
};

/** The firm profile a manager edits (name, country, sector, employees); works without JavaScript. */
export function FirmProfileForm({ action, firmId, messages, profile, countries, sectors, text }: Props) {
  const form = useActionForm({
    schema: loadProfileSchema,
    action,
    messages,
    initialValues: { firmId, name: profile.name, country: profile.country, sector: profile.sector, employees: String(profile.employees) },
  });
  return (
    <ActionForm form={form} labels={{ name: text.name, country: text.country, sector: text.sector, employees: text.employees }} summaryTitle={text.errorSummaryTitle}>
      <input type="hidden" name="firmId" value={firmId} />
      <TextInput name="name" label={text.name} autoComplete="organization" required />
      <Select name="country" label={text.country} options={countries} required />
      <Select name="sector" label={text.sector} options={sectors} required />
      <TextInput name="employees" label={text.employees} inputMode="numeric" narrow required />
      <SubmitButton label={text.save} pendingLabel={text.saving} />
    </ActionForm>
  );
}
