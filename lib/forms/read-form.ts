import type { FormValues } from "./form-result";

type ReadFormOptions = {
  /** Checkbox groups: always a list, even with none or one ticked. */
  lists?: readonly string[];
  /** Never echoed back to the page (passwords). */
  secrets?: readonly string[];
};

/**
 * The one way a server action reads its FormData: `input` for the zod schema, `echo` to show the
 * form again after a refusal. A name posted twice becomes a list; files and React's own `$` fields
 * are left out.
 */
export function readForm(formData: FormData, { lists = [], secrets = [] }: ReadFormOptions = {}): { input: FormValues; echo: FormValues } {
  const input: FormValues = Object.fromEntries(lists.map((name) => [name, [] as string[]]));
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$")) continue;
    const held = input[name];
    if (held === undefined) input[name] = value;
    else input[name] = Array.isArray(held) ? [...held, value] : [held, value];
  }
  const echo = Object.fromEntries(Object.entries(input).filter(([name]) => !secrets.includes(name)));
  return { input, echo };
}
