import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { readEnv } from "@/lib/env";
import { createFormats, type Formats } from "./format";
import { createTranslator, defaultLocale, isLocale, localeCookie, messagesUnder, type Locale } from "./index";

/** The reader's language: their saved choice, else the browser's preference, else English. */
export const getLocale = cache(async (): Promise<Locale> => {
  const saved = (await cookies()).get(localeCookie)?.value;
  if (isLocale(saved)) return saved;
  const accepted = (await headers()).get("accept-language") ?? "";
  const preferred = accepted.split(",").map((part) => part.split(";")[0]?.trim().slice(0, 2).toLowerCase());
  return preferred.find(isLocale) ?? defaultLocale;
});

export async function getTranslator() {
  return createTranslator(await getLocale());
}

/** Date and number formats in the reader's language, showing moments in the display time zone (APP_TIME_ZONE). */
export async function getFormats(): Promise<Formats> {
  return createFormats(await getLocale(), { timeZone: readEnv().APP_TIME_ZONE });
}

/**
 * The error messages a form may show while checking in the browser, in the reader's language:
 * the shared `errors` namespace plus the given ones (e.g. "catalogue.errors").
 */
export async function getFormMessages(...namespaces: string[]): Promise<{ language: Locale; texts: Record<string, string> }> {
  const locale = await getLocale();
  return { language: locale, texts: messagesUnder(locale, ["errors", ...namespaces]) };
}
