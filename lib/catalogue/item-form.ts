import { z } from "zod";
import { localeIds, technologyIds } from "@/lib/questionnaire/taxonomy";
import { blankRows, countFormRows, fieldName, maxRows, rowIndices, type CatalogueFormValues } from "./item-form-fields";
import { CatalogueItemSchema, catalogueItemKinds, supportMechanisms, type CatalogueItem, type CatalogueItemKind } from "./item-schema";

// The catalogue editor's form as data: an item becomes named form values (toCatalogueFormValues)
// and submitted values become an item candidate (readCatalogueForm) that CatalogueItemSchema then
// judges — the form adds no rules of its own, so the editor accepts exactly what the shipped files
// may hold. Field names are the schema's paths joined with hyphens ("summary-ms",
// "keyFigures-0-value"), so an issue's path names the field to show it next to
// (fieldForIssuePath); not with dots, which react-hook-form would read as nested paths, so the
// browser's values are the posted FormData as it is. Works without JavaScript: lists are
// checkboxes, one-per-line textareas or a few repeated rows.

/**
 * CatalogueItemSchema's verdict on a submitted item, with each issue's input kept (zod leaves it
 * out by default), so a message can tell an empty field from a wrong one.
 */
export function validateCatalogueItem(candidate: unknown): ReturnType<typeof CatalogueItemSchema.safeParse> {
  return CatalogueItemSchema.safeParse(candidate, { reportInput: true });
}

/** Form values by field name: text, or the ticked values of a checkbox group (as readForm and react-hook-form give them). */

/** Localized text fields of every item; `activity` belongs to case studies only. */
export { blankRows, countFormRows, fieldName, type CatalogueFormValues };

export const localizedTextFields = ["name", "title", "approach", "summary"] as const;

/** Checkbox groups holding lists of ids (eligibility groups are instruments only). */
export const tagGroups = ["sectors", "firmSizes", "technologies", "dimensions", "challenges", "impacts"] as const;
export const eligibilityTagGroups = ["eligibility-countries", "eligibility-firmSizes", "eligibility-sectors"] as const;
/** Every checkbox group of the form (its value is a list). */
export const catalogueListFields: readonly string[] = [...tagGroups, ...eligibilityTagGroups, "mechanisms"];

/** Fields of one key-figure row, after "keyFigures-<index>-". */
export const keyFigureFields = ["label-en", "label-ms", "value", "valueMax", "from", "unit", "direction", "status", "dimension", "impact"] as const;
/** Fields of one eligibility-condition row, after "eligibility-conditions-<index>-". */
export const conditionFields = ["kind", "value", "text-en", "text-ms"] as const;


const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : typeof value === "string" ? [value] : []);
const first = (values: CatalogueFormValues, name: string): string => listOf(values[name])[0] ?? "";
/** Text as typed, without surrounding spaces and with the browser's CRLF line ends as LF. */
const text = (values: CatalogueFormValues, name: string): string => first(values, name).replace(/\r\n?/g, "\n").trim();
const all = (values: CatalogueFormValues, name: string): string[] => [...new Set(listOf(values[name]).map((value) => value.trim()).filter(Boolean))];
const lines = (value: string): string[] => value.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);

/** A number as typed, or the text itself when it is not one (so the schema reports "expected number"), or undefined when blank. */
function numberOrText(value: string): number | string | undefined {
  if (value === "") return undefined;
  // eslint-disable-next-line security/detect-unsafe-regex -- linear: the optional groups are separated by "." and "e"
  return /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(value) ? Number(value) : value;
}

function localized(values: CatalogueFormValues, name: string): Record<string, string> {
  return Object.fromEntries(localeIds.map((locale) => [locale, text(values, fieldName(name, locale))]));
}

/** Sets `key` only when the value is present, so an optional field left blank is absent (as in the shipped files). */
function optional(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined && value !== "") target[key] = value;
}

/**
 * The ticked ids of a list whose first entry is its primary one: the chosen primary first, then
 * the stored order (hidden "<name>Order" field) of the others still ticked, then newly ticked ones
 * in the order of `known`. So an unchanged form gives the stored list back unchanged.
 */
function orderedList(values: CatalogueFormValues, name: string, primaryName: string, known: readonly string[]): string[] {
  const ticked = all(values, name);
  const primary = text(values, primaryName);
  const stored = text(values, `${name}Order`).split(",").filter(Boolean);
  const chosen = new Set(primary ? [...ticked, primary] : ticked);
  const order = [
    ...(primary ? [primary] : []),
    ...stored,
    ...known,
    ...ticked, // forged ids the schema will refuse, kept so it can name them
  ];
  return [...new Set(order)].filter((id) => chosen.has(id));
}

function isBlankRow(values: CatalogueFormValues, prefix: string, fields: readonly string[]): boolean {
  return fields.every((field) => text(values, `${prefix}-${field}`) === "");
}

function readKeyFigures(values: CatalogueFormValues): unknown[] {
  return rowIndices(values, "keyFigures")
    .filter((index) => !isBlankRow(values, fieldName("keyFigures", index), keyFigureFields))
    .map((index) => {
      const at = (field: string) => text(values, fieldName("keyFigures", index, field));
      const figure: Record<string, unknown> = { label: localized(values, fieldName("keyFigures", index, "label")), value: numberOrText(at("value")) };
      optional(figure, "valueMax", numberOrText(at("valueMax")));
      optional(figure, "from", numberOrText(at("from")));
      figure.unit = at("unit") || undefined;
      figure.direction = at("direction") || undefined;
      figure.status = at("status") || undefined;
      optional(figure, "dimension", at("dimension"));
      optional(figure, "impact", at("impact"));
      return figure;
    });
}

function readConditions(values: CatalogueFormValues): unknown[] {
  return rowIndices(values, "eligibility-conditions")
    .filter((index) => !isBlankRow(values, fieldName("eligibility-conditions", index), conditionFields))
    .map((index) => {
      const prefix = fieldName("eligibility-conditions", index);
      const kind = text(values, `${prefix}-kind`);
      const condition: Record<string, unknown> = { kind: kind || undefined };
      if (kind !== "text") {
        const answer = text(values, `${prefix}-value`);
        condition.value = answer === "yes" ? true : answer === "no" ? false : undefined;
      }
      condition.text = localized(values, `${prefix}-text`);
      return condition;
    });
}

function readSource(values: CatalogueFormValues): unknown {
  const kind = text(values, "source-kind");
  if (kind === "report") {
    return { kind, document: text(values, "source-document") || undefined, section: text(values, "source-section"), pages: text(values, "source-pages") };
  }
  if (kind === "other") return { kind, citation: text(values, "source-citation") };
  return { kind: kind || undefined };
}

/** Lessons: line n of the English box pairs with line n of every other language's box. */
function readLessons(values: CatalogueFormValues): unknown[] {
  const byLocale = localeIds.map((locale) => lines(first(values, fieldName("lessons", locale))));
  const count = Math.min(Math.max(...byLocale.map((list) => list.length)), maxRows);
  // A missing line stays blank, so the schema reports it at that lesson's other language.
  return Array.from({ length: count }, (_, index) => Object.fromEntries(localeIds.map((locale, at) => [locale, byLocale[at]![index] ?? ""])));
}

/** Fields of the how-to-apply block (instruments only); a block left wholly blank is absent. */
export const howToApplyFields = ["howToApply-website", ...localeIds.flatMap((locale) => ["contact", "whoMayApply", "steps"].map((field) => fieldName("howToApply", field, locale)))];

/** How to apply: absent when every box is blank; steps pair line by line across languages, as lessons do. */
function readHowToApply(values: CatalogueFormValues): unknown {
  if (howToApplyFields.every((name) => text(values, name) === "")) return undefined;
  const block: Record<string, unknown> = {};
  optional(block, "website", text(values, "howToApply-website"));
  const contact = localized(values, "howToApply-contact");
  if (Object.values(contact).some(Boolean)) block.contact = contact;
  block.whoMayApply = localized(values, "howToApply-whoMayApply");
  const byLocale = localeIds.map((locale) => lines(first(values, fieldName("howToApply", "steps", locale))));
  const count = Math.min(Math.max(...byLocale.map((list) => list.length)), maxRows);
  block.steps = Array.from({ length: count }, (_, index) => Object.fromEntries(localeIds.map((locale, at) => [locale, byLocale[at]![index] ?? ""])));
  return block;
}

/**
 * The item the submitted form describes, for CatalogueItemSchema to judge. `kind` comes from the
 * page (chosen before the form opens; an item's kind never changes), never from the values. The
 * status is left to the caller (new items start active; edits keep theirs).
 */
export function readCatalogueForm(values: CatalogueFormValues, kind: CatalogueItemKind): Record<string, unknown> {
  const candidate: Record<string, unknown> = { id: text(values, "id"), kind };
  for (const field of localizedTextFields) candidate[field] = localized(values, field);
  candidate.country = kind === "instrument-type" ? "generic" : text(values, "country");
  if (kind === "case-study") candidate.activity = localized(values, "activity");
  candidate.year = numberOrText(text(values, "year"));
  candidate.sectors = all(values, "sectors");
  candidate.firmSizes = all(values, "firmSizes");
  candidate.technologies = orderedList(values, "technologies", "primaryTechnology", technologyIds);
  candidate.dimensions = all(values, "dimensions");
  candidate.challenges = all(values, "challenges");
  candidate.impacts = all(values, "impacts");
  candidate.keyFigures = readKeyFigures(values);
  candidate.lessons = readLessons(values);
  candidate.source = readSource(values);
  candidate.relatedItemIds = [...new Set(lines(first(values, "relatedItemIds").replace(/,/g, "\n")))];
  if (kind !== "case-study") {
    candidate.mechanisms = orderedList(values, "mechanisms", "primaryMechanism", supportMechanisms);
    const eligibility: Record<string, unknown> = {
      countries: all(values, "eligibility-countries"),
      firmSizes: all(values, "eligibility-firmSizes"),
      sectors: all(values, "eligibility-sectors"),
      conditions: readConditions(values),
    };
    optional(eligibility, "opensOn", text(values, "eligibility-opensOn"));
    optional(eligibility, "closesOn", text(values, "eligibility-closesOn"));
    candidate.eligibility = eligibility;
    optional(candidate, "howToApply", readHowToApply(values));
  }
  return candidate;
}

/** The form values that show `item` (the inverse of readCatalogueForm). */
export function toCatalogueFormValues(item: CatalogueItem): CatalogueFormValues {
  const values: CatalogueFormValues = { kind: item.kind, id: item.id, country: item.country, year: String(item.year) };
  const set = (name: string, value: string | number | undefined) => {
    if (value !== undefined) values[name] = String(value);
  };
  for (const field of localizedTextFields) for (const locale of localeIds) set(fieldName(field, locale), item[field][locale]);
  if (item.kind === "case-study") for (const locale of localeIds) set(fieldName("activity", locale), item.activity[locale]);
  for (const group of tagGroups) values[group] = [...item[group]];
  set("primaryTechnology", item.technologies[0]);
  set("technologiesOrder", item.technologies.join(","));
  item.keyFigures.forEach((figure, index) => {
    const at = (field: string) => fieldName("keyFigures", index, field);
    for (const locale of localeIds) set(at(fieldName("label", locale)), figure.label[locale]);
    set(at("value"), figure.value);
    set(at("valueMax"), figure.valueMax);
    set(at("from"), figure.from);
    set(at("unit"), figure.unit);
    set(at("direction"), figure.direction);
    set(at("status"), figure.status);
    set(at("dimension"), figure.dimension);
    set(at("impact"), figure.impact);
  });
  for (const locale of localeIds) set(fieldName("lessons", locale), item.lessons.map((lesson) => lesson[locale]).join("\n"));
  set("source-kind", item.source.kind);
  if (item.source.kind === "report") {
    set("source-document", item.source.document);
    set("source-section", item.source.section);
    set("source-pages", item.source.pages);
  }
  if (item.source.kind === "other") set("source-citation", item.source.citation);
  set("relatedItemIds", item.relatedItemIds.join("\n"));
  if (item.kind !== "case-study") {
    values.mechanisms = [...item.mechanisms];
    set("primaryMechanism", item.mechanisms[0]);
    set("mechanismsOrder", item.mechanisms.join(","));
    const rules = item.eligibility;
    values["eligibility-countries"] = [...rules.countries];
    values["eligibility-firmSizes"] = [...rules.firmSizes];
    values["eligibility-sectors"] = [...rules.sectors];
    rules.conditions.forEach((condition, index) => {
      const at = (field: string) => fieldName("eligibility-conditions", index, field);
      set(at("kind"), condition.kind);
      if (condition.kind !== "text") set(at("value"), condition.value ? "yes" : "no");
      for (const locale of localeIds) set(at(fieldName("text", locale)), condition.text[locale]);
    });
    set("eligibility-opensOn", rules.opensOn);
    set("eligibility-closesOn", rules.closesOn);
    const apply = item.howToApply;
    if (apply) {
      set("howToApply-website", apply.website);
      for (const locale of localeIds) {
        set(fieldName("howToApply", "contact", locale), apply.contact?.[locale]);
        set(fieldName("howToApply", "whoMayApply", locale), apply.whoMayApply[locale]);
        set(fieldName("howToApply", "steps", locale), apply.steps.map((step) => step[locale]).join("\n"));
      }
    }
  }
  return values;
}

const groupFields: readonly string[] = [...tagGroups, "eligibility.countries", "eligibility.firmSizes", "eligibility.sectors", "mechanisms", "relatedItemIds"];

/**
 * The form field an issue at `path` belongs to (its name in the form): the checkbox group for a
 * list entry, the language box for a lesson, the first field of a row for a row-level problem,
 * "form" for the item as a whole.
 */
export function fieldForIssuePath(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  if (parts.length === 0) return "form";
  const [head] = parts;
  for (let length = parts.length; length > 0; length -= 1) {
    const key = parts.slice(0, length).join(".");
    if (groupFields.includes(key)) return fieldName(...parts.slice(0, length));
  }
  if (head === "lessons") return fieldName("lessons", parts[2] ?? localeIds[0]);
  if (head === "howToApply" && parts[1] === "steps") return fieldName("howToApply", "steps", parts[3] ?? localeIds[0]);
  if (head === "howToApply" && (parts[1] === "whoMayApply" || parts[1] === "contact")) return fieldName("howToApply", parts[1], parts[2] ?? localeIds[0]);
  if (head === "howToApply" && parts.length === 1) return fieldName("howToApply", "whoMayApply", localeIds[0]);
  if (head === "source") return fieldName("source", parts[1] ?? "kind");
  if (head === "keyFigures" && parts.length === 2) return fieldName("keyFigures", parts[1]!, "label", localeIds[0]);
  if (head === "eligibility" && parts[1] === "conditions" && parts.length === 3) return fieldName("eligibility-conditions", parts[2]!, "kind");
  if (head === "eligibility" && parts.length === 1) return "eligibility-countries";
  if ((localizedTextFields as readonly string[]).includes(head!) || head === "activity") return parts.length >= 2 ? fieldName(...parts) : fieldName(head!, localeIds[0]);
  return fieldName(...parts);
}

/** What the browser knows of the places an item may be for: an officer's programmes and their countries. */
export type CatalogueFormContext = { programmeCountries?: Readonly<Record<string, string>> };

/**
 * The editor's schema, the same in the browser (react-hook-form) and in the server action: reads
 * the form values into an item (readCatalogueForm) and reports CatalogueItemSchema's every
 * problem at its form field, all in one pass, as message keys. An officer's new instrument takes
 * its country from the chosen programme.
 */
export function catalogueItemFormSchema({ programmeCountries }: CatalogueFormContext = {}) {
  return z.record(z.string(), z.unknown()).transform((raw, ctx) => {
    const values: CatalogueFormValues = Object.fromEntries(
      Object.entries(raw).map(([name, value]) => [name, catalogueListFields.includes(name) ? listOf(value) : (listOf(value)[0] ?? "")]),
    );
    const kind = catalogueItemKinds.find((candidate) => candidate === text(values, "kind"));
    if (!kind) {
      ctx.addIssue({ code: "custom", message: "catalogue.errors.kindUnknown", path: ["kind"] });
      return z.NEVER;
    }
    if (programmeCountries) {
      const country = programmeCountries[text(values, "programmeId")];
      if (country === undefined) ctx.addIssue({ code: "custom", message: "catalogue.errors.programme", path: ["programmeId"] });
      else values.country = country;
    }
    const candidate = { ...readCatalogueForm(values, kind), status: "active" };
    const parsed = validateCatalogueItem(candidate);
    if (parsed.success) return candidate;
    for (const issue of parsed.error.issues) {
      // An officer's country comes from the programme: a problem with it is the programme's.
      const field = programmeCountries && issue.path[0] === "country" ? "programmeId" : fieldForIssuePath(issue.path);
      ctx.addIssue({ code: "custom", message: issue.message, path: [field] });
    }
    return z.NEVER;
  });
}
