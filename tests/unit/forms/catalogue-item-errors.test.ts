import { describe, expect, it } from "vitest";
import { getCatalogueItem } from "@/lib/catalogue/catalogue";
import { readCatalogueForm, toCatalogueFormValues, validateCatalogueItem, type CatalogueFormValues } from "@/lib/catalogue/item-form";
import type { CatalogueItem } from "@/lib/catalogue/item-schema";
import { describeCatalogueIssue, describeCatalogueIssues } from "@/lib/forms/catalogue-item-errors";
import { createTranslator } from "@/lib/i18n";

const en = createTranslator("en");
const ms = createTranslator("ms");

function issuesAfter(id: string, change: (values: CatalogueFormValues) => void) {
  const item = getCatalogueItem(id) as CatalogueItem;
  const values = toCatalogueFormValues(item);
  change(values);
  const parsed = validateCatalogueItem({ ...readCatalogueForm(values, item.kind), status: "active" });
  expect(parsed.success).toBe(false);
  return parsed.error!.issues;
}

// Broken forms an admin could submit, one rule each.
const mistakes: Array<[string, string, (values: CatalogueFormValues) => void, string, string]> = [
  ["zc-rubber", "a blank title", (v) => (v["title.ms"] = [""]), "title.ms", "Enter this information."],
  ["zc-rubber", "a short summary", (v) => (v["summary.en"] = ["Too short."]), "summary.en", "Write at least 80 words; this summary has 2."],
  ["zc-rubber", "no dimension", (v) => (v.dimensions = []), "dimensions", "Tick at least one."],
  ["zc-rubber", "a word for a number", (v) => (v["keyFigures.0.value"] = ["five"]), "keyFigures.0.value", "Enter a number, such as 12 or 4.5."],
  ["zc-rubber", "a range upside down", (v) => (v["keyFigures.0.valueMax"] = ["1"]), "keyFigures.0.valueMax", "The upper end must be above the value."],
  ["zc-rubber", "a lesson without its translation", (v) => (v["lessons.ms"] = ["Satu sahaja."]), "lessons.ms", "Give every lesson in both languages, one per line, in the same order."],
  ["zc-rubber", "a figure about an untagged dimension", (v) => (v["keyFigures.0.dimension"] = ["automation"]), "keyFigures.0.dimension", "Choose a dimension the item is tagged with, or none."],
  ["zc-rubber", "a bad year", (v) => (v.year = ["1800"]), "year", "Enter a year from 1950 to 2100."],
  ["zc-rubber", "a bad id", (v) => (v.id = ["Not A Slug"]), "id", "Use lower-case letters, digits and single hyphens, such as penang-smart-factory-grant."],
  ["zc-rubber", "a bad page range", (v) => (v["source.pages"] = ["p. 16"]), "source.pages", "Enter a page number or a range such as 16–31."],
  ["zc-rubber", "a case study from general practice", (v) => (v["source.kind"] = ["generic"]), "source.kind", "A case study needs a source: a report section or another citation."],
  ["zc-rubber", "no source kind", (v) => (v["source.kind"] = [""]), "source.kind", "Choose one of the options."],
  ["zc-rubber", "no country", (v) => (v.country = [""]), "country", "Choose one of the options."],
  ["technology-vouchers", "a generic type tied to a country", (v) => (v["eligibility.countries"] = ["MY"]), "eligibility.countries", "A generic instrument type is open to every country: untick the countries."],
  ["industry4wrd-first-enablers", "a national instrument closed to its own country", (v) => (v["eligibility.countries"] = ["ID"]), "eligibility.countries", "Tick Malaysia: a national instrument is open to its own country's firms."],
  ["technology-vouchers", "dates the wrong way round", (v) => ((v["eligibility.opensOn"] = ["2026-05-01"]), (v["eligibility.closesOn"] = ["2026-04-01"])), "eligibility.closesOn", "The closing date must be on or after the opening date."],
  ["technology-vouchers", "a day that does not exist", (v) => (v["eligibility.opensOn"] = ["2026-02-30"]), "eligibility.opensOn", "Enter a real date as YYYY-MM-DD, such as 2026-03-01."],
  ["technology-vouchers", "a condition without its answer", (v) => ((v["eligibility.conditions.3.kind"] = ["exports"]), (v["eligibility.conditions.3.text.en"] = ["Exporters."]), (v["eligibility.conditions.3.text.ms"] = ["Pengeksport."])), "eligibility.conditions.0.value", ""],
];

describe("catalogue editor messages", () => {
  it.each(mistakes.filter(([, , , , message]) => message !== ""))("%s with %s: %s says so in English and in Malay", (id, _what, change, field, message) => {
    const issues = issuesAfter(id, change);
    const english = describeCatalogueIssues(issues, en);
    expect(english[field]).toBe(message);
    const malay = describeCatalogueIssues(issues, ms);
    expect(malay[field]).toBeDefined();
    expect(malay[field]).not.toBe(message);
    expect(malay[field]).not.toMatch(/^catalogue\./);
  });

  it("never shows a message key, and translates every issue the mistakes raise", () => {
    for (const [id, , change] of mistakes) {
      for (const issue of issuesAfter(id, change)) {
        const text = describeCatalogueIssue(issue, ms);
        expect(text, JSON.stringify(issue)).not.toMatch(/^catalogue\./);
        expect(text, `untranslated: ${issue.message}`).not.toBe(issue.message);
      }
    }
  });

  it("names our own checks: a taken id, unknown related items, a fixed kind", () => {
    const custom = (reason: string, params: Record<string, unknown> = {}) =>
      describeCatalogueIssue({ code: "custom", path: [], message: "x", input: undefined, params: { reason, ...params } }, en);
    expect(custom("id-taken")).toBe("An item with this id already exists. Choose another id.");
    expect(custom("related-unknown", { ids: ["a", "b"] })).toBe("No catalogue item has the id a, b.");
    expect(custom("kind-fixed")).toBe("An item's kind cannot be changed.");
  });
});
