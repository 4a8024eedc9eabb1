// The result type lives in lib/forms (server actions and the kit share it); re-exported for the
// forms not yet on the kit.
import type { FormActionState } from "@/lib/forms/form-result";

export type { FormActionState, FormValues } from "@/lib/forms/form-result";
export { idleFormState } from "@/lib/forms/form-result";

export function summariseFieldErrors(state: FormActionState, fieldIds: Record<string, string>) {
  return Object.entries(state.fieldErrors ?? {}).map(([field, message]) => ({ fieldId: fieldIds[field] ?? field, message }));
}
