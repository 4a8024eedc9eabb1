import { describe, expect, it } from "vitest";
import { createTranslator, locales, messagesByLocale } from "@/lib/i18n";

function leafKeys(node: unknown, prefix = ""): string[] {
  if (typeof node === "string") return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

const english = messagesByLocale.en;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("UI messages", () => {
  it.each(locales.filter((l) => l !== "en"))("%s has exactly the English keys, none blank, same placeholders", (locale) => {
    const messages = messagesByLocale[locale];
    expect(leafKeys(messages).sort()).toEqual(leafKeys(english).sort());
    const t = createTranslator(locale);
    const tEn = createTranslator("en");
    for (const key of leafKeys(english)) {
      const text = t(key as never);
      expect(text.trim(), key).not.toBe("");
      expect(placeholders(text), key).toEqual(placeholders(tEn(key as never)));
    }
  });

  it("fills placeholders and shows an unknown key as itself", () => {
    const t = createTranslator("en");
    expect(t("nav.signedInAs", { name: "Aisyah" })).toBe("Signed in as Aisyah");
    expect(t("no.such.key" as never)).toBe("no.such.key");
  });
});
