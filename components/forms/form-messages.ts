import { parseMessageRef } from "@/lib/forms/message-ref";
import { createInterpolator } from "@/lib/i18n/interpolate";

/** The error texts a form shows while checking in the browser (from getFormMessages on the server). */
export type FormMessages = { language: string; texts: Record<string, string> };

/** Turns a schema's message ("errors.emailInvalid", or a key with figures) into the reader's sentence. */
export function createMessageReader({ language, texts }: FormMessages): (message: string) => string {
  const fill = createInterpolator(language);
  return (message) => {
    const { key, values } = parseMessageRef(message);
    const text = texts[key];
    // A zod default message (not one of our keys) still reads as a sentence in the reader's language.
    if (text === undefined) return texts["errors.required"] ?? message;
    return values ? fill(text, values) : text;
  };
}
