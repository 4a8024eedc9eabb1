import type { z } from "zod";
import type { MessageKey, Translate } from "@/lib/i18n";
import { refusedForm, type FormActionState, type FormValues } from "./form-result";
import { parseMessageRef } from "./message-ref";

/**
 * Form schemas use message keys as their error messages, so one schema serves the server action,
 * the browser and any language; this turns a failed parse into one translated message per field
 * (the first). A nested path (a list item) counts for its field.
 */
export function translateFieldErrors(error: z.ZodError, t: Translate): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (fieldErrors[field]) continue;
    const { key, values } = parseMessageRef(issue.message);
    const translated = t(key as MessageKey, values);
    // A message that is not one of our keys (a zod default) still gets a readable sentence.
    fieldErrors[field] = translated === key ? t("errors.required") : translated;
  }
  return fieldErrors;
}

/** The answer to a post the schema refused: every field's error, and what was typed. */
export function refuseInvalidForm(error: z.ZodError, t: Translate, echo: FormValues): FormActionState {
  return refusedForm(translateFieldErrors(error, t), echo);
}
