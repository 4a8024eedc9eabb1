import { describe, expect, it } from "vitest";
import { getCatalogueItem } from "@/lib/catalogue/catalogue";
import { catalogueIssueMessages } from "@/lib/catalogue/issue-messages";
import { catalogueItemFormSchema, toCatalogueFormValues, type CatalogueFormValues } from "@/lib/catalogue/item-form";
import type { CatalogueItem } from "@/lib/catalogue/item-schema";
import { translateFieldErrors } from "@/lib/forms/field-errors";
import { createTranslator } from "@/lib/i18n";

// The catalogue editor's schema (the browser's and the server action's): each problem at its
// form field (a bilingual text's field names its language), as a message naming the rule, every
// problem in one pass.

const en = createTranslator("en");
const ms = createTranslator("ms");

function refusal(id: string, change: (values: CatalogueFormValues) => void, context: Parameters<typeof catalogueItemFormSchema>[0] = {}) {
  const item = getCatalogueItem(id) as CatalogueItem;
  const values = toCatalogueFormValues(item);
  change(values);
  const parsed = catalogueItemFormSchema(context).safeParse(values);
  expect(parsed.success, "the form is refused").toBe(false);
  return { english: translateFieldErrors(parsed.error!, en), malay: translateFieldErrors(parsed.error!, ms) };
}

// Broken forms an admin could submit, one rule each: the field that shows it and the English sentence.
const mistakes: Array<[string, string, (values: CatalogueFormValues) => void, string, string]> = [
  ["zc-rubber", "a blank Malay title", (v) => (v["title-ms"] = " "), "title-ms", "Enter this information."],
  ["zc-rubber", "a short Malay summary", (v) => (v["summary-ms"] = "Terlalu pendek."), "summary-ms", "Write at least 80 words; this one has 2."],
  ["zc-rubber", "no dimension", (v) => (v.dimensions = []), "dimensions", "Tick at least one."],
  ["zc-rubber", "a word for a number", (v) => (v["keyFigures-0-value"] = "five"), "keyFigures-0-value", "Enter a number, such as 12 or 4.5."],
  ["zc-rubber", "a range upside down", (v) => (v["keyFigures-0-valueMax"] = "1"), "keyFigures-0-valueMax", "The upper end must be above the value."],
  ["zc-rubber", "a lesson without its translation", (v) => (v["lessons-ms"] = "Satu sahaja."), "lessons-ms", "Give every lesson in both languages, one per line, in the same order."],
  ["zc-rubber", "a figure about an untagged dimension", (v) => (v["keyFigures-0-dimension"] = "automation"), "keyFigures-0-dimension", "Choose a dimension the item is tagged with, or none."],
  ["zc-rubber", "a bad year", (v) => (v.year = "1800"), "year", "Enter a year from 1950 to 2100."],
  ["zc-rubber", "a bad id", (v) => (v.id = "Not A Slug"), "id", "Use lower-case letters, digits and single hyphens, such as penang-smart-factory-grant."],
  ["zc-rubber", "a bad page range", (v) => (v["source-pages"] = "p. 16"), "source-pages", "Enter a page number or a range such as 16–31."],
  ["zc-rubber", "a case study from general practice", (v) => (v["source-kind"] = "generic"), "source-kind", "A case study needs a source: a report section or another citation."],
  ["zc-rubber", "no source kind", (v) => (v["source-kind"] = ""), "source-kind", "Choose one of the options."],
  ["zc-rubber", "no country", (v) => (v.country = ""), "country", "Choose one of the options."],
  ["technology-vouchers", "a generic type tied to a country", (v) => (v["eligibility-countries"] = ["MY"]), "eligibility-countries", "A generic instrument type is open to every country: untick the countries."],
  [
    "industry4wrd-first-enablers",
    "a national instrument closed to its own country",
    (v) => (v["eligibility-countries"] = ["ID"]),
    "eligibility-countries",
    "Tick the instrument's own country: a national instrument is open to its own country's firms.",
  ],
  [
    "technology-vouchers",
    "dates the wrong way round",
    (v) => ((v["eligibility-opensOn"] = "2026-05-01"), (v["eligibility-closesOn"] = "2026-04-01")),
    "eligibility-closesOn",
    "The closing date must be on or after the opening date.",
  ],
  ["ignite-national-technology-fund", "an http: website", (v) => (v["howToApply-website"] = "http://www.ignite.org.pk/"), "howToApply-website", "Enter a full web address starting with https://, such as https://www.example.gov.my/apply."],
  ["matching-grants", "a javascript: website", (v) => (v["howToApply-website"] = "javascript:alert(1)"), "howToApply-website", "Enter a full web address starting with https://, such as https://www.example.gov.my/apply."],
  ["matching-grants", "a step without its translation", (v) => (v["howToApply-steps-ms"] = "Satu sahaja."), "howToApply-steps-ms", "Give every step in both languages, one per line, in the same order."],
  ["matching-grants", "no one said to be able to apply", (v) => (v["howToApply-whoMayApply-en"] = ""), "howToApply-whoMayApply-en", "Enter this information."],
  ["technology-vouchers", "a day that does not exist", (v) => (v["eligibility-opensOn"] = "2026-02-30"), "eligibility-opensOn", "Enter a real date as YYYY-MM-DD, such as 2026-03-01."],
];

describe("the catalogue editor's schema", () => {
  it.each(mistakes)("%s with %s: %s says so at its field, in English and in Malay", (id, _what, change, field, message) => {
    const { english, malay } = refusal(id, change);
    expect(english[field]).toBe(message);
    expect(malay[field]).toBeDefined();
    expect(malay[field]).not.toBe(message);
    expect(malay[field]).not.toMatch(/^(catalogue|errors)\./);
  });

  // Regression: the word count ran only once every field had its type, so a short summary and a
  // missing country were named one submit apart, and the summary's two languages read the same.
  it("names every problem at once: both summaries (each at its language's box, with its count), the country and a blank title", () => {
    const { english } = refusal("zc-rubber", (v) => {
      v["summary-en"] = "Far too short.";
      v["summary-ms"] = "Terlalu pendek.";
      v.country = "";
      v["title-en"] = "";
    });
    expect(english).toEqual({
      "summary-en": "Write at least 80 words; this one has 3.",
      "summary-ms": "Write at least 80 words; this one has 2.",
      country: "Choose one of the options.",
      "title-en": "Enter this information.",
    });
    // The field's own label names the language, and the summary names the field by it.
    expect(en("catalogue.form.summary", { language: en("catalogue.languages.ms") })).toBe("Summary (Malay)");
  });

  it("lists every empty required field of a blank form in one pass", () => {
    const parsed = catalogueItemFormSchema().safeParse({ kind: "policy-instrument" });
    const fields = Object.keys(translateFieldErrors(parsed.error!, en));
    for (const field of ["id", "country", "name-en", "name-ms", "title-en", "title-ms", "approach-en", "summary-ms", "year", "firmSizes", "dimensions", "impacts", "mechanisms", "lessons-en", "source-kind"]) {
      expect(fields, field).toContain(field);
    }
  });

  it("takes an officer's country from the chosen programme, and names the programme when it is not theirs", () => {
    const programme = "2b1c0f7e-0000-4000-8000-000000000001";
    const item = getCatalogueItem("industry4wrd-first-enablers") as CatalogueItem;
    const values = { ...toCatalogueFormValues(item), country: "", programmeId: programme };
    expect(catalogueItemFormSchema({ programmeCountries: { [programme]: "MY" } }).safeParse(values).success).toBe(true);
    const other = catalogueItemFormSchema({ programmeCountries: { [programme]: "ID" } }).safeParse(values);
    // An Indonesian programme's instrument must be open to Indonesian firms; this one is for Malaysia's only.
    expect(translateFieldErrors(other.error!, en)).toEqual({ "eligibility-countries": "Tick the instrument's own country: a national instrument is open to its own country's firms." });
    const unknown = catalogueItemFormSchema({ programmeCountries: {} }).safeParse(values);
    expect(translateFieldErrors(unknown.error!, en)).toEqual({ programmeId: "Choose one of your programmes." });
  });

  it("names the database's own checks: a taken id, unknown related items, a fixed kind", () => {
    const custom = (reason: string, path: string[], params: Record<string, unknown> = {}) =>
      catalogueIssueMessages([{ code: "custom", path, message: "x", input: undefined, params: { reason, ...params } }], en);
    expect(custom("id-taken", ["id"])).toEqual({ id: "An item with this id already exists. Choose another id." });
    expect(custom("related-unknown", ["relatedItemIds"], { ids: ["a", "b"] })).toEqual({ relatedItemIds: "No catalogue item has the id a, b." });
    expect(custom("kind-fixed", ["kind"])).toEqual({ kind: "An item's kind cannot be changed." });
  });
});
