import type { CatalogueItem } from "@/lib/catalogue/item-schema";
import type { LocaleId } from "@/lib/questionnaire/taxonomy";
import { maxTitleLength } from "./action-schema";
import type { PlanAction } from "./plan-action";

// Suggested actions for one dimension of the plan, written from what the results page recommends:
// a matched case study's lesson ("Learn from Arçelik: skills and work culture, not machines, were
// the biggest hurdle") and a matched instrument's purpose ("Apply for Technology vouchers"). A
// suggestion is only a starting point: once added it is an ordinary action, edited freely.

export type SuggestedAction = {
  dimensionId: string;
  title: string;
  notes: string;
  /** The catalogue item it was written from (stored with the action, so it is not suggested twice). */
  suggestedFrom: string;
  /** Preset when the suggestion comes from an instrument. */
  instrumentId: string | null;
};

/** The sentences a suggestion is made of, in the reader's language (plan.suggest.* messages). */
export type SuggestionPhrases = {
  fromCase: (name: string, lesson: string) => string;
  fromInstrument: (name: string) => string;
  instrumentNotes: (name: string, approach: string) => string;
};

export const maxSuggestionsPerDimension = 3;
const maxLessonInTitle = 110;

/**
 * The first clause of a sentence, short enough for a title: up to its first full stop, colon or
 * semicolon, then cut at a word boundary (with an ellipsis) when still long; no closing full stop.
 */
export function shortClause(text: string, max = maxLessonInTitle): string {
  const clause = (text.trim().split(/(?<=\S)[.:;](?:\s|$)/)[0] ?? "").trim().replace(/[.!]+$/, "");
  if (clause.length <= max) return clause;
  const cut = clause.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:\s]+$/, "")}…`;
}

/** A sentence's first letter in lower case, to follow a colon ("Learn from X: skills…"), unless it is an acronym. */
function continueSentence(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function clampTitle(title: string): string {
  return title.length <= maxTitleLength ? title : `${title.slice(0, maxTitleLength - 1).trimEnd()}…`;
}

function suggestionFrom(item: CatalogueItem, dimensionId: string, locale: LocaleId, phrases: SuggestionPhrases): SuggestedAction | null {
  const name = item.name[locale];
  if (item.kind === "case-study") {
    const lesson = item.lessons[0]?.[locale];
    if (!lesson) return null;
    return { dimensionId, title: clampTitle(phrases.fromCase(name, continueSentence(shortClause(lesson)))), notes: lesson, suggestedFrom: item.id, instrumentId: null };
  }
  return { dimensionId, title: clampTitle(phrases.fromInstrument(name)), notes: phrases.instrumentNotes(name, item.approach[locale]), suggestedFrom: item.id, instrumentId: item.id };
}

/**
 * Up to `limit` suggestions for `dimensionId`: instruments and case studies taken in turn (an
 * instrument first: it is what a firm can act on), each list in its recommended order, only items
 * that address the dimension, none the plan already holds for it (same item, same dimension).
 */
export function suggestActions(input: {
  dimensionId: string;
  caseStudies: readonly CatalogueItem[];
  instruments: readonly CatalogueItem[];
  existing: readonly Pick<PlanAction, "dimensionId" | "suggestedFrom">[];
  locale: LocaleId;
  phrases: SuggestionPhrases;
  limit?: number;
}): SuggestedAction[] {
  const { dimensionId, locale, phrases, limit = maxSuggestionsPerDimension } = input;
  const taken = new Set(input.existing.filter((action) => action.dimensionId === dimensionId && action.suggestedFrom).map((action) => action.suggestedFrom));
  const fits = (item: CatalogueItem) => (item.dimensions as readonly string[]).includes(dimensionId) && !taken.has(item.id);
  const instruments = input.instruments.filter((item) => item.kind !== "case-study" && fits(item));
  const cases = input.caseStudies.filter((item) => item.kind === "case-study" && fits(item));
  const suggestions: SuggestedAction[] = [];
  const seen = new Set<string>();
  for (let i = 0; suggestions.length < limit && (i < instruments.length || i < cases.length); i++) {
    for (const item of [instruments[i], cases[i]]) {
      if (!item || seen.has(item.id) || suggestions.length >= limit) continue;
      seen.add(item.id);
      const suggestion = suggestionFrom(item, dimensionId, locale, phrases);
      if (suggestion) suggestions.push(suggestion);
    }
  }
  return suggestions;
}
