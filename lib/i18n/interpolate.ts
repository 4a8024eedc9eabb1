import { createFormats } from "./format";

// Filling a message's placeholders, apart from the message catalogues so the browser can use it
// without loading every language.

/**
 * "{count, plural, one {# firm} other {# firms}}": the branch the language's plural rules pick for
 * the value, # standing for the value. A language without plural forms writes "{count} firma".
 */
const pluralPlaceholder = /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g;
const simplePlaceholder = /\{(\w+)\}/g;

export type Interpolate = (text: string, values: Record<string, string | number>) => string;

/** Number values are written with the language's digit grouping ("12,345"). */
export function createInterpolator(language: string): Interpolate {
  const formats = createFormats(language);
  const pluralRules = new Intl.PluralRules(formats.locale);
  const show = (value: string | number) => (typeof value === "number" ? formats.number(value, 20) : value);
  return (text, values) =>
    text
      .replace(pluralPlaceholder, (match, name: string, one: string, other: string) => {
        const value = values[name];
        if (value === undefined) return match;
        return (pluralRules.select(Number(value)) === "one" ? one : other).replaceAll("#", show(value));
      })
      .replace(simplePlaceholder, (match, name: string) => {
        const value = values[name];
        return value === undefined ? match : show(value);
      });
}
