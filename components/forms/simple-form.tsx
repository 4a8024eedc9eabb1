"use client";

import { useActionState } from "react";
import { idleFormState, summariseFieldErrors, type FormActionState } from "./action-state";
import { ErrorSummary } from "./error-summary";
import { TextField } from "./field";
import { textValue } from "@/lib/forms/form-result";

export type SimpleFormField = {
  name: string;
  label: string;
  type?: "text" | "email" | "password";
  hint?: string;
  autoComplete?: string;
};

/**
 * A short form of text fields posted to a server action: error summary, errors by field, values
 * kept after an error (never passwords), a success message. Works without JavaScript too.
 */
export function SimpleForm({
  action,
  fields,
  submitLabel,
  submittingLabel,
  errorSummaryTitle,
}: {
  action: (state: FormActionState, formData: FormData) => Promise<FormActionState>;
  fields: SimpleFormField[];
  submitLabel: string;
  submittingLabel: string;
  errorSummaryTitle: string;
}) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const errors = state.fieldErrors ?? {};
  const fieldIds = Object.fromEntries(fields.map((field) => [field.name, field.name]));
  return (
    <form action={formAction} className="form" noValidate>
      <ErrorSummary title={errorSummaryTitle} errors={summariseFieldErrors(state, fieldIds)} />
      {state.formError ? (
        <div className="notice notice--error" role="alert">
          {state.formError}
        </div>
      ) : null}
      {state.status === "success" && state.message ? (
        <div className="notice notice--success" role="status">
          {state.message}
        </div>
      ) : null}
      {fields.map((field) => (
        <TextField
          key={field.name}
          id={field.name}
          name={field.name}
          type={field.type ?? "text"}
          label={field.label}
          hint={field.hint}
          autoComplete={field.autoComplete}
          defaultValue={field.type === "password" ? undefined : textValue(state.values, field.name)}
          error={errors[field.name]}
          required
        />
      ))}
      <button type="submit" className="button" disabled={pending}>
        {pending ? submittingLabel : submitLabel}
      </button>
    </form>
  );
}
