// The characters no database column can hold (NUL, a lone UTF-16 surrogate), apart from the zod
// rule in user-text.ts so the browser can check them without zod.

// No `u` flag: the pattern looks at UTF-16 code units, which is how a lone surrogate is seen.
const unstorableCharacter = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the text holds NUL or an unpaired surrogate, which no database column can hold. */
export function hasUnstorableCharacter(text: string): boolean {
  return unstorableCharacter.test(text);
}
