import { describe, expect, it } from "vitest";
import { catalogue, getCatalogueItem } from "@/lib/catalogue/catalogue";
import {
  countFormRows,
  fieldForIssuePath,
  catalogueListFields,
  readCatalogueForm,
  toCatalogueFormValues,
  validateCatalogueItem,
  type CatalogueFormValues,
} from "@/lib/catalogue/item-form";
import { CatalogueItemSchema, type CatalogueItem } from "@/lib/catalogue/item-schema";
import { readForm } from "@/lib/forms/read-form";

/** The form as a browser posts it: FormData entries, Windows line ends in textareas. */
function post(values: CatalogueFormValues): CatalogueFormValues {
  const data = new FormData();
  for (const [name, list] of Object.entries(values)) for (const value of [list].flat()) data.append(name, value.replace(/\n/g, "\r\n"));
  data.append("$ACTION_ID_abc", "");
  return readForm(data, { lists: catalogueListFields }).input;
}

function reparse(item: CatalogueItem, change: (values: CatalogueFormValues) => void = () => {}) {
  const values = toCatalogueFormValues(item);
  change(values);
  return CatalogueItemSchema.safeParse({ ...readCatalogueForm(post(values), item.kind), status: item.status });
}

function item(id: string): CatalogueItem {
  const found = getCatalogueItem(id);
  if (!found) throw new Error(`no shipped item ${id}`);
  return found;
}

describe("the catalogue editor form", () => {
  it("gives every shipped item back unchanged when the form is submitted as shown", () => {
    for (const shipped of catalogue) {
      const parsed = reparse(shipped);
      expect(parsed.error?.issues ?? [], shipped.id).toEqual([]);
      expect(parsed.data, shipped.id).toEqual(shipped);
    }
  });

  it("applies a changed title and leaves everything else alone", () => {
    const zc = item("zc-rubber");
    const parsed = reparse(zc, (values) => (values["title-en"] = "  ZC Rubber: a new headline  "));
    expect(parsed.data).toEqual({ ...zc, title: { ...zc.title, en: "ZC Rubber: a new headline" } });
  });

  it("puts the chosen primary technology first and keeps the others' stored order", () => {
    const zc = item("zc-rubber");
    expect(zc.technologies[0]).toBe("cloud-computing");
    const parsed = reparse(zc, (values) => {
      values.primaryTechnology = "machine-learning";
      values.technologies = [...(values.technologies as string[]), "iot"];
    });
    expect(parsed.data?.technologies).toEqual(["machine-learning", ...zc.technologies.filter((id) => id !== "machine-learning"), "iot"]);
  });

  it("ticks the primary technology even when its box was left empty", () => {
    const zc = item("zc-rubber");
    const parsed = reparse(zc, (values) => {
      values.technologies = [];
      values.primaryTechnology = "cobots";
    });
    expect(parsed.data?.technologies).toEqual(["cobots"]);
  });

  it("reads a wholly blank how-to-apply section as absent, and its steps line by line", () => {
    const grants = item("matching-grants");
    const cleared = reparse(grants, (values) => {
      for (const name of Object.keys(values)) if (name.startsWith("howToApply-")) values[name] = "";
    });
    expect(cleared.data && "howToApply" in cleared.data).toBe(false);
    const edited = reparse(grants, (values) => {
      values["howToApply-website"] = "https://grants.example.gov.my/apply";
      values["howToApply-steps-en"] = "Read the call.\nApply online.";
      values["howToApply-steps-ms"] = "Baca panggilan.\nMohon dalam talian.";
    });
    expect(edited.error?.issues ?? []).toEqual([]);
    expect(edited.data && "howToApply" in edited.data && edited.data.howToApply).toEqual({
      website: "https://grants.example.gov.my/apply",
      whoMayApply: grants.kind === "case-study" ? undefined : grants.howToApply!.whoMayApply,
      steps: [
        { en: "Read the call.", ms: "Baca panggilan." },
        { en: "Apply online.", ms: "Mohon dalam talian." },
      ],
    });
  });

  it("skips blank figure and condition rows, and reads yes/no conditions as booleans", () => {
    const ignite = item("ignite-national-technology-fund");
    const values = toCatalogueFormValues(ignite);
    values["keyFigures-7-value"] = "";
    values["keyFigures-7-unit"] = "";
    values["eligibility-conditions-5-kind"] = "exports";
    values["eligibility-conditions-5-value"] = "yes";
    values["eligibility-conditions-5-text-en"] = "Exporters only.";
    values["eligibility-conditions-5-text-ms"] = "Pengeksport sahaja.";
    const candidate = readCatalogueForm(post(values), ignite.kind) as { keyFigures: unknown[]; eligibility: { conditions: unknown[] } };
    expect(candidate.keyFigures).toHaveLength(ignite.keyFigures.length);
    expect(candidate.eligibility.conditions.at(-1)).toEqual({ kind: "exports", value: true, text: { en: "Exporters only.", ms: "Pengeksport sahaja." } });
  });

  it("lets the schema name what is wrong: a word that is not a number, a lesson without its translation", () => {
    const zc = item("zc-rubber");
    const parsed = reparse(zc, (values) => {
      values["keyFigures-0-value"] = "about five";
      values["lessons-ms"] = (values["lessons-ms"] as string).split("\n").slice(1).join("\n");
      values.year = "";
    });
    const fields = (parsed.error?.issues ?? []).map((issue) => fieldForIssuePath(issue.path));
    expect(fields).toContain("keyFigures-0-value");
    expect(fields).toContain("lessons-ms");
    expect(fields).toContain("year");
  });

  it("never reads the kind or an instrument type's country from the values", () => {
    const vouchers = item("technology-vouchers");
    const values = toCatalogueFormValues(vouchers);
    values.kind = "case-study";
    values.country = "MY";
    const candidate = readCatalogueForm(post(values), "instrument-type");
    expect(candidate).toMatchObject({ kind: "instrument-type", country: "generic" });
  });

  it("offers the filled rows and two blank ones, never more than fifty", () => {
    expect(countFormRows({}, "keyFigures")).toBe(2);
    expect(countFormRows(toCatalogueFormValues(item("zc-rubber")), "keyFigures")).toBe(item("zc-rubber").keyFigures.length + 2);
    expect(countFormRows({ "keyFigures-999-value": "1" }, "keyFigures")).toBe(50);
  });

  it("maps issue paths to the field that shows them", () => {
    expect(fieldForIssuePath([])).toBe("form");
    expect(fieldForIssuePath(["summary", "ms"])).toBe("summary-ms");
    expect(fieldForIssuePath(["title"])).toBe("title-en");
    expect(fieldForIssuePath(["sectors", 2])).toBe("sectors");
    expect(fieldForIssuePath(["eligibility", "countries"])).toBe("eligibility-countries");
    expect(fieldForIssuePath(["eligibility", "closesOn"])).toBe("eligibility-closesOn");
    expect(fieldForIssuePath(["eligibility", "conditions", 1, "text", "ms"])).toBe("eligibility-conditions-1-text-ms");
    expect(fieldForIssuePath(["eligibility", "conditions", 1])).toBe("eligibility-conditions-1-kind");
    expect(fieldForIssuePath(["lessons", 3, "ms"])).toBe("lessons-ms");
    expect(fieldForIssuePath(["keyFigures", 0])).toBe("keyFigures-0-label-en");
    expect(fieldForIssuePath(["keyFigures", 0, "valueMax"])).toBe("keyFigures-0-valueMax");
    expect(fieldForIssuePath(["source"])).toBe("source-kind");
    expect(fieldForIssuePath(["relatedItemIds"])).toBe("relatedItemIds");
  });

  it("reports a short summary together with every other problem, not only once the rest is valid", () => {
    const zc = item("zc-rubber");
    const values = toCatalogueFormValues(zc);
    values["title-en"] = "";
    values["summary-en"] = "Far too short.";
    const parsed = validateCatalogueItem({ ...readCatalogueForm(post(values), zc.kind), status: "active" });
    const fields = (parsed.error?.issues ?? []).map((issue) => [fieldForIssuePath(issue.path), issue.message]);
    expect(fields).toContainEqual(["title-en", "catalogue.errors.required"]);
    expect(fields).toContainEqual(["summary-en", 'catalogue.errors.summaryTooShort|{"min":80,"words":3}']);
    expect(fields.filter(([field]) => field === "summary-en")).toHaveLength(1);
  });
});
