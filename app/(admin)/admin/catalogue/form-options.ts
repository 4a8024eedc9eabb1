import "server-only";
import type { CatalogueFormOptions, FormOption } from "@/components/catalogue/catalogue-item-form";
import { keyFigureUnits, sourceDocuments, supportMechanisms } from "@/lib/catalogue/item-schema";
import type { MessageKey, Translate } from "@/lib/i18n";
import { locales, type Locale } from "@/lib/i18n";
import { countryCodes, dimensionIds, firmSizeBandIds, impactIds, isicDivisionCodes, technologyIds } from "@/lib/questionnaire/taxonomy";
import { challengeIds } from "@/lib/questionnaire/taxonomy";
import { getRecommendationNames, sizeBandNames } from "@/lib/recommender/names";

/** The message namespaces the editor shows in the browser (besides errors.*), for getFormMessages. */
export const catalogueFormTexts = ["catalogue.errors", "catalogue.form", "catalogue.languages", "catalogue.country"] as const;

/** A country's name in the reader's language, "International" and "Generic" included. */
export function catalogueCountryName(country: string, t: Translate): string {
  if (country === "international") return t("catalogue.international");
  if (country === "generic") return t("catalogue.generic");
  const name = t(`countries.${country}` as MessageKey);
  return name === `countries.${country}` ? country : name;
}

export function countryOptions(t: Translate): FormOption[] {
  return countryCodes.map((code) => ({ value: code, label: catalogueCountryName(code, t) })).sort((a, b) => a.label.localeCompare(b.label));
}

/** Every option list of the editor, labelled in `locale` (taxonomy names come from the questionnaire's own text). */
export function buildCatalogueFormOptions(locale: Locale, t: Translate): CatalogueFormOptions {
  const names = getRecommendationNames(locale);
  return {
    locales,
    countries: countryOptions(t),
    sectors: isicDivisionCodes.map((code) => ({ value: code, label: `${code} – ${names.sector(code)}` })),
    firmSizes: firmSizeBandIds.map((band) => ({ value: band, label: sizeBandNames[band][locale] })),
    technologies: technologyIds.map((id) => ({ value: id, label: names.technology(id) })),
    dimensions: dimensionIds.map((id) => ({ value: id, label: names.dimension(id) })),
    challenges: challengeIds.map((id) => ({ value: id, label: names.challenge(id) })),
    impacts: impactIds.map((id) => ({ value: id, label: t(`catalogue.impacts.${id}` as MessageKey) })),
    mechanisms: supportMechanisms.map((id) => ({ value: id, label: t(`catalogue.mechanisms.${id}` as MessageKey) })),
    units: keyFigureUnits.map((unit) => ({ value: unit, label: unit })),
    sourceDocuments: Object.entries(sourceDocuments).map(([value, label]) => ({ value, label })),
  };
}
