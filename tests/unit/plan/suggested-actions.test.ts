import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import type { CatalogueItem } from "@/lib/catalogue/item-schema";
import { instrumentChoices } from "@/lib/plan/instrument-choices";
import { sortPlanActions, type PlanAction } from "@/lib/plan/plan-action";
import { shortClause, suggestActions, type SuggestionPhrases } from "@/lib/plan/suggested-actions";

// Suggested actions are written from the items the results recommend for a dimension: a case
// study's first lesson, an instrument's name and purpose; never twice for the same item and dimension.

const phrases: SuggestionPhrases = {
  fromCase: (name, lesson) => `Learn from ${name}: ${lesson}`,
  fromInstrument: (name) => `Apply for ${name}`,
  instrumentNotes: (name, approach) => `${name}: ${approach}.`,
};

const items = catalogue as readonly CatalogueItem[];
const forDimension = (dimension: string, kind: "case" | "instrument") =>
  items.filter((item) => (kind === "case" ? item.kind === "case-study" : item.kind !== "case-study") && (item.dimensions as readonly string[]).includes(dimension));

describe("shortClause", () => {
  it("keeps a short sentence whole, without its full stop", () => {
    expect(shortClause("Start with one line.")).toBe("Start with one line");
  });
  it("stops at the first colon or semicolon", () => {
    expect(shortClause("Skills and work culture were the hurdle: workers become platform managers.")).toBe("Skills and work culture were the hurdle");
  });
  it("cuts a long clause at a word boundary with an ellipsis", () => {
    const clause = shortClause(`${"word ".repeat(40)}end`, 50);
    expect(clause.length).toBeLessThanOrEqual(51);
    expect(clause.endsWith("word…")).toBe(true);
  });
});

describe("suggestActions", () => {
  const dimension = "skills";
  const cases = forDimension(dimension, "case");
  const instruments = forDimension(dimension, "instrument");

  it("alternates instruments and case studies, at most three, each from an item about the dimension", () => {
    const suggestions = suggestActions({ dimensionId: dimension, caseStudies: cases, instruments, existing: [], locale: "en", phrases });
    expect(suggestions).toHaveLength(3);
    expect(suggestions.map((s) => s.suggestedFrom)).toEqual([instruments[0]!.id, cases[0]!.id, instruments[1]!.id]);
    const [fromInstrument, fromCase] = suggestions;
    expect(fromInstrument).toMatchObject({ dimensionId: dimension, title: `Apply for ${instruments[0]!.name.en}`, instrumentId: instruments[0]!.id });
    expect(fromCase!.instrumentId).toBeNull();
    expect(fromCase!.title.startsWith(`Learn from ${cases[0]!.name.en}: `)).toBe(true);
    expect(fromCase!.notes).toBe((cases[0] as Extract<CatalogueItem, { kind: "case-study" }>).lessons[0]!.en);
    for (const s of suggestions) expect(s.title.length).toBeLessThanOrEqual(200);
  });

  it("is written in the reader's language", () => {
    const [first] = suggestActions({ dimensionId: dimension, caseStudies: [], instruments, existing: [], locale: "ms", phrases: { ...phrases, fromInstrument: (name) => `Mohon ${name}` } });
    expect(first!.title).toBe(`Mohon ${instruments[0]!.name.ms}`);
  });

  it("leaves out items the plan already holds for this dimension, not for another", () => {
    const existing = [
      { dimensionId: dimension, suggestedFrom: instruments[0]!.id },
      { dimensionId: "leadership", suggestedFrom: cases[0]!.id },
    ];
    const ids = suggestActions({ dimensionId: dimension, caseStudies: cases, instruments, existing, locale: "en", phrases }).map((s) => s.suggestedFrom);
    expect(ids).not.toContain(instruments[0]!.id);
    expect(ids).toContain(cases[0]!.id);
  });

  it("skips recommended items that do not address the dimension", () => {
    const other = items.filter((item) => !(item.dimensions as readonly string[]).includes(dimension));
    expect(suggestActions({ dimensionId: dimension, caseStudies: other, instruments: other, existing: [], locale: "en", phrases })).toEqual([]);
  });
});

describe("instrumentChoices", () => {
  it("lists the dimension's recommended instruments first, then the others a Malaysian firm could use, by name", () => {
    const recommended = forDimension("skills", "instrument").slice(0, 2);
    const choices = instrumentChoices({ dimensionId: "skills", recommended, catalogue: items, country: "MY", locale: "en", collator: new Intl.Collator("en") });
    expect(choices.slice(0, 2)).toEqual(recommended.map((item) => ({ id: item.id, name: item.name.en, recommended: true })));
    const rest = choices.slice(2);
    expect(rest.every((choice) => !choice.recommended)).toBe(true);
    expect(rest.map((c) => c.name)).toEqual([...rest.map((c) => c.name)].sort(new Intl.Collator("en").compare));
    const countries = new Set(rest.map((choice) => items.find((item) => item.id === choice.id)!.country));
    for (const country of countries) expect(["MY", "international", "generic"]).toContain(country);
    expect(choices.some((choice) => items.find((item) => item.id === choice.id)!.kind === "case-study")).toBe(false);
  });
});

describe("sortPlanActions", () => {
  const action = (id: string, status: PlanAction["status"], dueOn: string | null): PlanAction => ({
    id, firmId: "f", dimensionId: "skills", title: id, notes: null, ownerUserId: null, ownerName: null, startsOn: null, dueOn,
    estimatedCost: null, currency: null, instrumentId: null, suggestedFrom: null, status, completedAt: null, version: 1, updatedAt: new Date(0),
  });
  it("puts open work first, by due date, undated last", () => {
    const sorted = sortPlanActions([action("d", "done", "2027-01-01"), action("p2", "planned", null), action("p1", "planned", "2027-02-01"), action("i", "in_progress", "2027-09-01"), action("x", "dropped", "2026-01-01")]);
    expect(sorted.map((a) => a.id)).toEqual(["i", "p1", "p2", "d", "x"]);
  });
});
