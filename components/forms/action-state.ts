/** What a form's server action answers: field errors (already translated) and the values to re-show. */
export type FormActionState = {
  status: "idle" | "error" | "success";
  fieldErrors?: Record<string, string>;
  formError?: string;
  message?: string;
  values?: Record<string, string>;
};

export const idleFormState: FormActionState = { status: "idle" };

export function summariseFieldErrors(state: FormActionState, fieldIds: Record<string, string>) {
  return Object.entries(state.fieldErrors ?? {}).map(([field, message]) => ({ fieldId: fieldIds[field] ?? field, message }));
}
