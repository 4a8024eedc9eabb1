import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildCatalogue, catalogue, getCatalogueItem } from "@/lib/catalogue/catalogue";
import { CatalogueItemSchema, countWords, minSummaryWords, type CatalogueItem } from "@/lib/catalogue/item-schema";
import { shippedItems } from "@/lib/catalogue/items";
import { localeIds } from "@/lib/questionnaire/taxonomy";

/** Every object in `value` that looks like localized text (has an `en` key), with its path. */
function listLocalizedTexts(value: unknown, at: string, found: Array<{ at: string; text: Record<string, unknown> }> = []) {
  if (Array.isArray(value)) value.forEach((child, index) => listLocalizedTexts(child, `${at}[${index}]`, found));
  else if (value !== null && typeof value === "object") {
    if ("en" in value) found.push({ at, text: value as Record<string, unknown> });
    else for (const [key, child] of Object.entries(value)) listLocalizedTexts(child, `${at}.${key}`, found);
  }
  return found;
}

describe("the shipped catalogue", () => {
  it("parses every shipped item with the schema the admin editor uses", () => {
    for (const source of shippedItems) {
      const parsed = CatalogueItemSchema.safeParse(source);
      expect(parsed.error?.issues ?? [], `item ${(source as { id: string }).id}`).toEqual([]);
    }
    expect(catalogue).toHaveLength(shippedItems.length);
  });

  it("has unique ids, sorted, and every related item exists", () => {
    const ids = catalogue.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    for (const item of catalogue) for (const related of item.relatedItemIds) expect(getCatalogueItem(related), `${item.id} → ${related}`).toBeDefined();
  });

  it("holds all ten firm case studies of the source", () => {
    const names = catalogue.filter((item) => item.kind === "case-study").map((item) => item.name.en);
    expect(names.sort()).toEqual(
      ["AEDesign", "Arçelik", "AVS Technology", "China Baowu Steel", "Genesis Bionics", "Haier", "Mahindra & Mahindra", "New-Tek", "Thales 3D", "ZC Rubber"].sort(),
    );
  });

  it("holds the seven policy initiatives and at least eight generic instrument types", () => {
    expect(catalogue.filter((item) => item.kind === "policy-instrument").map((item) => item.id).sort()).toEqual([
      "c4i4-lab-pune",
      "ignite-national-technology-fund",
      "industry4wrd-first-enablers",
      "industry4wrd-readiness-assessment",
      "penang-automation-cluster",
      "sino-german-smart-manufacturing",
      "zhejiang-cloud-adoption",
    ]);
    const types = catalogue.filter((item) => item.kind === "instrument-type").map((item) => item.id);
    expect(types.length).toBeGreaterThanOrEqual(8);
    for (const required of [
      "technology-vouchers",
      "matching-grants",
      "demonstration-labs",
      "training-and-apprenticeships",
      "cluster-programmes",
      "technology-transfer-partnerships",
      "advisory-and-diagnostic-services",
      "free-zone-incentives",
    ]) {
      expect(types).toContain(required);
    }
  });

  it("has every text in every product language, none blank", () => {
    for (const item of catalogue) {
      const texts = listLocalizedTexts(item, item.id);
      // name, title, approach, summary, ≥1 lesson, and each figure label and condition.
      expect(texts.length).toBeGreaterThanOrEqual(5);
      for (const { at, text } of texts) {
        expect(Object.keys(text).sort(), at).toEqual([...localeIds].sort());
        for (const locale of localeIds) expect(String(text[locale]).trim().length, `${at}.${locale}`).toBeGreaterThan(0);
      }
    }
  });

  it("has a summary of at least 80 words in every language", () => {
    for (const item of catalogue) {
      for (const locale of localeIds) expect(countWords(item.summary[locale]), `${item.id}.summary.${locale}`).toBeGreaterThanOrEqual(minSummaryWords);
    }
  });

  it("differs between languages (a missing translation is not the English text copied)", () => {
    for (const item of catalogue) {
      expect(item.summary.ms, item.id).not.toBe(item.summary.en);
      expect(item.approach.ms, item.id).not.toBe(item.approach.en);
      item.lessons.forEach((lesson, index) => expect(lesson.ms, `${item.id}.lessons[${index}]`).not.toBe(lesson.en));
    }
  });

  it("cites the report for every case study and policy instrument, and general practice for instrument types", () => {
    for (const item of catalogue) {
      if (item.kind === "instrument-type") expect(item.source, item.id).toEqual({ kind: "generic" });
      else expect(item.source.kind, item.id).toBe("report");
    }
  });

  it("ties key figures to dimensions the item addresses", () => {
    for (const item of catalogue) {
      for (const figure of item.keyFigures) {
        if (figure.dimension !== undefined) expect(item.dimensions, `${item.id}: ${figure.label.en}`).toContain(figure.dimension);
        if (figure.impact !== undefined) expect(item.impacts, `${item.id}: ${figure.label.en}`).toContain(figure.impact);
      }
    }
  });

  it("gives every case study at least three key figures with units", () => {
    for (const item of catalogue.filter((candidate) => candidate.kind === "case-study")) expect(item.keyFigures.length, item.id).toBeGreaterThanOrEqual(3);
  });

  it("is frozen, so no caller can change shipped content in memory", () => {
    expect(Object.isFrozen(catalogue)).toBe(true);
    expect(Object.isFrozen(catalogue[0]!.summary)).toBe(true);
  });
});

// A copy of the source report (UNIDO 2019, free to reprint with acknowledgement) is kept in
// docs/sources so this check runs on every machine.
const sourcePath = path.join(process.cwd(), "docs", "sources", "adp-case-studies-2019.txt");

describe("our own words", () => {
  // Facts carry over from the report, sentences do not. Eight words in a row shared with the
  // report is a copied phrase; names of ministries are at most seven words, so they pass.
  const run = 8;
  const words = (text: string) => text.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
  const source = words(readFileSync(sourcePath, "utf8"));
  const sourceRuns = new Set<string>();
  for (let i = 0; i + run <= source.length; i++) sourceRuns.add(source.slice(i, i + run).join(" "));

  it(`shares no run of ${run} words with the source report`, () => {
    const copied: string[] = [];
    for (const item of catalogue) {
      for (const { at, text } of listLocalizedTexts(item, item.id)) {
        const own = words(String(text.en));
        for (let i = 0; i + run <= own.length; i++) {
          const phrase = own.slice(i, i + run).join(" ");
          if (sourceRuns.has(phrase)) copied.push(`${at}: "${phrase}"`);
        }
      }
    }
    expect(copied).toEqual([]);
  });
});

describe("CatalogueItemSchema", () => {
  const valid = () => structuredClone(catalogue.find((item) => item.id === "penang-automation-cluster")!) as CatalogueItem & Record<string, unknown>;
  const issues = (value: unknown) => CatalogueItemSchema.safeParse(value).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];

  it("accepts a shipped item as it is", () => {
    expect(issues(valid())).toEqual([]);
  });

  it("rejects a text without its Bahasa Malaysia version", () => {
    const item = valid();
    item.title = { en: "Only English" } as CatalogueItem["title"];
    expect(issues(item).join("\n")).toMatch(/^title\.ms/m);
  });

  it("rejects a blank text", () => {
    const item = valid();
    item.lessons = [{ en: "A lesson", ms: "   " }];
    expect(issues(item).join("\n")).toMatch(/lessons\.0\.ms: catalogue\.errors\.lessonsPaired/);
  });

  it("rejects a summary under 80 words", () => {
    const item = valid();
    item.summary = { en: "Too short.", ms: "Terlalu pendek." };
    expect(issues(item)).toEqual(expect.arrayContaining([expect.stringMatching(/^summary\.en: catalogue\.errors\.summaryTooShort\|.*"words":2/), expect.stringMatching(/^summary\.ms: /)]));
  });

  it("rejects unknown ids, bad slugs, dates and units", () => {
    const item = valid();
    item.id = "Penang Cluster";
    (item as { technologies: string[] }).technologies = ["blockchain"];
    (item as { dimensions: string[] }).dimensions = ["marketing"];
    (item as { impacts: string[] }).impacts = ["profit"];
    if (item.kind === "policy-instrument") item.eligibility.opensOn = "2019-02-30";
    (item.keyFigures[0] as { unit: string }).unit = "furlongs";
    const found = issues(item).join("\n");
    for (const field of ["id", "technologies.0", "dimensions.0", "impacts.0", "eligibility.opensOn", "keyFigures.0.unit"]) expect(found).toContain(`${field}:`);
  });

  it("rejects a national instrument not open to its own country, and a generic type tied to countries", () => {
    const item = valid();
    if (item.kind !== "policy-instrument") throw new Error("fixture");
    item.eligibility.countries = ["ID"];
    expect(issues(item).join("\n")).toMatch(/eligibility\.countries: catalogue\.errors\.nationalOpenToOwn/);
    const generic = structuredClone(catalogue.find((candidate) => candidate.id === "technology-vouchers")!) as CatalogueItem;
    if (generic.kind !== "instrument-type") throw new Error("fixture");
    generic.eligibility.countries = ["MY"];
    expect(issues(generic).join("\n")).toMatch(/eligibility\.countries: catalogue\.errors\.genericNoCountries/);
  });

  it("rejects fit tags the rules turn away and dates in the wrong order", () => {
    const item = valid();
    if (item.kind !== "policy-instrument") throw new Error("fixture");
    item.firmSizes = ["small", "large"];
    item.eligibility.opensOn = "2020-01-01";
    item.eligibility.closesOn = "2019-12-31";
    const found = issues(item).join("\n");
    expect(found).toMatch(/firmSizes\.1: catalogue\.errors\.sizeNotEligible/);
    expect(found).toMatch(/eligibility\.closesOn: catalogue\.errors\.closesBeforeOpens/);
  });

  it("rejects a case study with instrument fields or without a source", () => {
    const item = structuredClone(catalogue.find((candidate) => candidate.id === "zc-rubber")!) as Record<string, unknown>;
    item.mechanisms = ["funding"];
    item.source = { kind: "generic" };
    const found = issues(item).join("\n");
    expect(found).toMatch(/mechanisms/);
    expect(found).toMatch(/source: catalogue\.errors\.caseStudySource/);
  });
});

describe("buildCatalogue", () => {
  it("names the item and field of every problem", () => {
    const broken = { ...structuredClone(shippedItems[0]!), title: { en: "x" } };
    expect(() => buildCatalogue([broken])).toThrow(/item "aedesign", title\.ms/);
  });

  it("refuses duplicate ids and missing related items", () => {
    const item = structuredClone(shippedItems.find((source) => source.id === "zc-rubber")!);
    expect(() => buildCatalogue([item, item])).toThrow(/"zc-rubber" is listed twice/);
    expect(() => buildCatalogue([item])).toThrow(/relatedItemIds: no item "zhejiang-cloud-adoption"/);
  });

  it("returns the same list whatever the order of the sources", () => {
    expect(buildCatalogue([...shippedItems].reverse())).toEqual(catalogue);
  });
});

describe("countWords", () => {
  it.each([
    ["", 0],
    ["One two three.", 3],
    ["Labour efficiency +10 %, and 15–30 % more output", 7],
    ["Arçelik's smart factory", 3],
    ["USD 1,500–2,000 per hand", 4],
  ])("%j has %i words", (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});
