import type { CatalogueItem } from "@/lib/catalogue/item-schema";
import type { LocaleId } from "@/lib/questionnaire/taxonomy";

export type InstrumentChoice = { id: string; name: string; recommended: boolean };

/**
 * The support instruments an action of `dimensionId` may name, in the order a firm looks for them:
 * those recommended for the dimension (in recommended order), then the other active instruments a
 * firm of `country` could use (its country's, international programmes and generic types), by name.
 */
export function instrumentChoices(input: {
  dimensionId: string;
  recommended: readonly CatalogueItem[];
  catalogue: readonly CatalogueItem[];
  country: string;
  locale: LocaleId;
  collator: Intl.Collator;
}): InstrumentChoice[] {
  const { dimensionId, locale } = input;
  const isInstrument = (item: CatalogueItem) => item.kind === "policy-instrument" || item.kind === "instrument-type";
  const first = input.recommended.filter((item) => isInstrument(item) && (item.dimensions as readonly string[]).includes(dimensionId));
  const firstIds = new Set(first.map((item) => item.id));
  const rest = input.catalogue
    .filter((item) => isInstrument(item) && !firstIds.has(item.id) && [input.country, "international", "generic"].includes(item.country))
    .sort((a, b) => input.collator.compare(a.name[locale], b.name[locale]) || a.id.localeCompare(b.id));
  return [...first.map((item) => ({ id: item.id, name: item.name[locale], recommended: true })), ...rest.map((item) => ({ id: item.id, name: item.name[locale], recommended: false }))];
}
