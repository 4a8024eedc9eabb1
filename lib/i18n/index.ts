import { createInterpolator } from "./interpolate";
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

/** A translator for one locale; unknown keys come back as the key itself so a gap is visible, not blank. */
export function createTranslator(locale: Locale): Translate {
  const messages = messagesByLocale[locale];
  const fill = createInterpolator(locale);
  return (key, values) => {
    const text = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
    if (typeof text !== "string") return key;
    return values ? fill(text, values) : text;
  };
}

/** Every message under the given key prefixes ("errors", "catalogue.errors"), as key → text; for forms that check in the browser. */
export function messagesUnder(locale: Locale, prefixes: readonly string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  const walk = (node: unknown, path: string) => {
    if (typeof node === "string") picked[path] = node;
    else if (node && typeof node === "object") for (const [key, child] of Object.entries(node)) walk(child, path ? `${path}.${key}` : key);
  };
  for (const prefix of prefixes) walk(prefix.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messagesByLocale[locale]), prefix);
  return picked;
}
