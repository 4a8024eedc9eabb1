import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTranslator, locales, messagesByLocale } from "@/lib/i18n";

function leafKeys(node: unknown, prefix = ""): string[] {
  if (typeof node === "string") return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

const english = messagesByLocale.en;
/** The names of "{name}" and "{name, plural, …}" placeholders. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:\}|, plural, )/g)].map((m) => m[1]).sort();

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

  it("picks the plural form for the count, in English only where English has one", () => {
    const en = createTranslator("en");
    const ms = createTranslator("ms");
    expect(en("cohort.bands.firmTotal", { count: 1 })).toBe("1 firm");
    expect(en("cohort.bands.firmTotal", { count: 0 })).toBe("0 firms");
    expect(en("cohort.bands.firmTotal", { count: 2 })).toBe("2 firms");
    expect(en("catalogue.resultCount", { count: 1 })).toBe("1 item matches.");
    expect(en("queue.sizeCell", { size: "Micro", employees: 1 })).toBe("Micro, 1 employee");
    expect(ms("cohort.bands.firmTotal", { count: 1 })).toBe(ms("cohort.bands.firmTotal", { count: 2 }).replace("2", "1"));
  });

  it("writes number values with the language's digit grouping", () => {
    expect(createTranslator("en")("queue.resultCount", { count: 113_042 })).toBe("113,042 assessments match these filters.");
    expect(createTranslator("ms")("queue.resultCount", { count: 113_042 })).toContain("113,042");
    expect(createTranslator("en")("cohort.bands.firmTotal", { count: 12_500 })).toBe("12,500 firms");
  });
});

// Each area keeps its text in namespace files messages/<namespace>.<locale>.ts. A namespace file
// that is not registered in its locale's root file would be invisible to the check above, so every
// file on disk is checked on its own and must be reachable from messagesByLocale.
const messagesDir = path.resolve(__dirname, "../../../lib/i18n/messages");
const namespaceFiles = readdirSync(messagesDir)
  .map((file) => /^([\w-]+)\.([a-z]{2,3})\.ts$/.exec(file))
  .filter((match): match is RegExpExecArray => match !== null)
  .map(([file, namespace, locale]) => ({ file: file!, namespace: namespace!, locale: locale! }));
const namespaces = [...new Set(namespaceFiles.map((entry) => entry.namespace))].sort();

async function loadNamespace(namespace: string, locale: string): Promise<unknown> {
  const loaded = (await import(path.join(messagesDir, `${namespace}.${locale}.ts`))) as Record<string, unknown>;
  const exported = Object.values(loaded);
  expect(exported, `${namespace}.${locale}.ts exports one message object`).toHaveLength(1);
  return exported[0];
}

describe("message namespace files", () => {
  it("exist on disk (the check below is not empty)", () => {
    expect(namespaces.length).toBeGreaterThan(0);
    expect(namespaceFiles.every((entry) => (locales as readonly string[]).includes(entry.locale)), "every file's locale is registered in lib/i18n/index.ts").toBe(true);
  });

  it.each(namespaces)("%s: a file per locale, the same keys in each, registered in every locale's messages", async (namespace) => {
    const englishMessages = await loadNamespace(namespace, "en");
    for (const locale of locales) {
      expect(namespaceFiles.some((entry) => entry.namespace === namespace && entry.locale === locale), `${namespace}.${locale}.ts exists`).toBe(true);
      const messages = await loadNamespace(namespace, locale);
      expect(leafKeys(messages).sort(), `${namespace}.${locale}.ts keys`).toEqual(leafKeys(englishMessages).sort());
      const registered = Object.values(messagesByLocale[locale]).includes(messages as never);
      expect(registered, `${namespace}.${locale}.ts is registered in messages/${locale}.ts`).toBe(true);
    }
  });
});
