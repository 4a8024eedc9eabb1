import type { z } from "zod";
import type { MessageKey, Translate } from "@/lib/i18n";

/**
 * Form schemas use message keys as their error messages, so one schema serves the server action
 * and any language; this turns a failed parse into one translated message per field (the first).
 */
export function translateFieldErrors(error: z.ZodError, t: Translate): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (fieldErrors[field]) continue;
    const translated = t(issue.message as MessageKey);
    // A message that is not one of our keys (a zod default) still gets a readable sentence.
    fieldErrors[field] = translated === issue.message ? t("errors.required") : translated;
  }
  return fieldErrors;
}

/** The submitted text values, to show again after an error; secrets are never echoed back. */
export function echoFormValues(formData: FormData, omit: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$") && !omit.includes(key)) values[key] = value;
  }
  return values;
}
