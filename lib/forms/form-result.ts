// The one result type every form's server action returns, and the helpers that build it.

/** What a form holds, as posted: text, or the ticked values of a checkbox group. */
export type FormValues = Record<string, string | string[]>;

/** What a form's server action answers: field errors (already translated) and the values to re-show. */
export type FormActionState = {
  status: "idle" | "error" | "success";
  /** One message per field, in the reader's language, naming the rule that was broken. */
  fieldErrors?: Record<string, string>;
  /** A failure that is not about one field (e.g. "try again, reference 1a2b3c4d"). */
  formError?: string;
  /** Shown after success when the form stays on the page. */
  message?: string;
  /** What was posted, to show again after a refusal (never a secret such as a password). */
  values?: FormValues;
};

export const idleFormState: FormActionState = { status: "idle" };

export function refusedForm(fieldErrors: Record<string, string>, values?: FormValues): FormActionState {
  return { status: "error", fieldErrors, values };
}

export function failedForm(formError: string, values?: FormValues): FormActionState {
  return { status: "error", formError, values };
}

/** The text a field held in the posted values ("" when absent, the first of a list). */
export function textValue(values: FormValues | undefined, name: string): string {
  const value = values?.[name];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

/** The ticked values of a checkbox group in the posted values. */
export function listValue(values: FormValues | undefined, name: string): string[] {
  const value = values?.[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
