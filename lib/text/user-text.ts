import { z } from "zod";
import { hasUnstorableCharacter } from "./unstorable";

// The one rule for text a person types (notes, names, reasons, codes, catalogue texts, searches).
// Two kinds of character cannot be stored at all: NUL (PostgreSQL text and jsonb refuse U+0000)
// and a lone UTF-16 surrogate (half of an emoji, not text in any encoding; the database refuses
// it as invalid input). Refusing them here, with a field error, keeps them from ever reaching a
// query, where they used to surface as a 500. And text of nothing but white space or zero-width
// characters is not filled in: a justification of one U+200B says nothing.

/** The message key of the field error for text holding a character that cannot be stored. */
export { hasUnstorableCharacter };

export const unstorableTextMessage = "errors.unstorableText";


/** Zero-width space, non-joiner, joiner, word joiner and the byte-order mark: invisible, and no content. */
const blankText = /^[\s\u200B-\u200D\u2060\uFEFF]*$/;


/** True when the text holds nothing a reader could see: only white space and zero-width characters. */
export function isBlankText(text: string): boolean {
  return blankText.test(text);
}

export type UserTextOptions = {
  /** Longest text accepted (UTF-16 units, as zod counts); longer text is refused, never cut. */
  max: number;
  /** Message key when the text is longer than `max`. */
  tooLong: string;
  /** Message key when the field is required and blank; without it, blank text reads as "". */
  required?: string;
  /** Message key for NUL or a lone surrogate, when a form needs its own (default: errors.unstorableText). */
  unstorable?: string;
};

/**
 * A field of text a person types: refuses characters that cannot be stored, trims white space at
 * both ends, reads text of only white space and zero-width characters as empty ("" or the
 * `required` error) and refuses text over `max`. Messages are message keys (lib/forms/field-errors).
 */
export function userText({ max, tooLong, required, unstorable = unstorableTextMessage }: UserTextOptions) {
  const text = z
    .string()
    .refine((value) => !hasUnstorableCharacter(value), { message: unstorable, abort: true })
    .overwrite((value) => (isBlankText(value) ? "" : value.trim()));
  return (required ? text.min(1, required) : text).max(max, tooLong);
}

/** A string that is safe to store or to send to a query; for text checked elsewhere (ids, emails, searches). */
export const StorableTextSchema = z.string().refine((value) => !hasUnstorableCharacter(value), { message: unstorableTextMessage, abort: true });
