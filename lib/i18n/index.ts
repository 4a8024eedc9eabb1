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
  return (key, values) => {
    const text = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
    if (typeof text !== "string") return key;
    return values ? text.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match)) : text;
  };
}
