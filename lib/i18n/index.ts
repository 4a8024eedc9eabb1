import { createFormats } from "./format";
import { en, type Messages } from "./messages/en";
import { ms } from "./messages/ms";

// Adding a language: add messages/<code>.ts typed as Messages and register it here.
export const messagesByLocale = { en, ms } as const satisfies Record<string, Messages>;
export type Locale = keyof typeof messagesByLocale;
export const locales = Object.keys(messagesByLocale) as Locale[];
export const defaultLocale: Locale = "en";
export const localeCookie = "adp-locale";
export const localeNames: Record<Locale, string> = { en: "English", ms: "Bahasa Melayu" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && value in messagesByLocale;
}

type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type MessageKey = Leaves<Messages>;

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * "{count, plural, one {# firm} other {# firms}}": the branch the language's plural rules pick for
 * the value, # standing for the value. A language without plural forms writes "{count} firma".
 */
const pluralPlaceholder = /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g;
const simplePlaceholder = /\{(\w+)\}/g;

/**
 * A translator for one locale; unknown keys come back as the key itself so a gap is visible, not
 * blank. Number values are written with the language's digit grouping ("12,345").
 */
export function createTranslator(locale: Locale): Translate {
  const messages = messagesByLocale[locale];
  const formats = createFormats(locale);
  const pluralRules = new Intl.PluralRules(formats.locale);
  const show = (value: string | number) => (typeof value === "number" ? formats.number(value, 20) : value);
  return (key, values) => {
    const text = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
    if (typeof text !== "string") return key;
    if (!values) return text;
    return text
      .replace(pluralPlaceholder, (match, name: string, one: string, other: string) => {
        const value = values[name];
        if (value === undefined) return match;
        return (pluralRules.select(Number(value)) === "one" ? one : other).replaceAll("#", show(value));
      })
      .replace(simplePlaceholder, (match, name: string) => {
        const value = values[name];
        return value === undefined ? match : show(value);
      });
  };
}
