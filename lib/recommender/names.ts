import type { LocalizedText } from "@/lib/catalogue/item-schema";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import type {
  ChallengeId,
  CountryCode,
  DimensionId,
  FirmSizeBand,
  IsicDivision,
  LocaleId,
  TechnologyId,
} from "@/lib/questionnaire/taxonomy";
import { getRegion } from "./regions";

/**
 * Display names the sentences use. The default takes them from the current questionnaire's
 * text (the words the firm saw when it answered); a caller may pass the texts of the version the
 * assessment was submitted with instead.
 */
export type RecommendationNames = {
  dimension: (id: DimensionId) => string;
  technology: (id: TechnologyId) => string;
  challenge: (id: ChallengeId) => string;
  sector: (code: IsicDivision) => string;
  country: (code: CountryCode) => string;
};

/** Size bands as a manager reads them, with their employee ranges (taxonomy firmSizeBands). */
export const sizeBandNames: Record<FirmSizeBand, LocalizedText> = {
  micro: { en: "micro (1–4 employees)", ms: "mikro (1–4 pekerja)" },
  small: { en: "small (5–74 employees)", ms: "kecil (5–74 pekerja)" },
  medium: { en: "medium (75–200 employees)", ms: "sederhana (75–200 pekerja)" },
  large: { en: "large (over 200 employees)", ms: "besar (lebih 200 pekerja)" },
};

/** ISIC sections of the divisions in the taxonomy. */
export const sectionNames: Record<string, LocalizedText> = {
  C: { en: "manufacturing", ms: "pembuatan" },
  J: { en: "information and communication", ms: "maklumat dan komunikasi" },
  M: { en: "professional, scientific and technical activities", ms: "aktiviti profesional, saintifik dan teknikal" },
};

export function getRegionName(id: string, locale: LocaleId): string {
  return getRegion(id)?.name[locale] ?? id;
}

const cache = new Map<LocaleId, RecommendationNames>();

/** Names from the current questionnaire's text in `locale`; an id without a text is shown as the id. */
export function getRecommendationNames(locale: LocaleId): RecommendationNames {
  const cached = cache.get(locale);
  if (cached) return cached;
  const text = getPublishedQuestionnaire(currentQuestionnaireId)?.texts[locale];
  const option = (question: string, id: string) => text?.profile[question]?.options?.[id] ?? id;
  const names: RecommendationNames = {
    dimension: (id) => text?.dimensions[id]?.title ?? id,
    technology: (id) => option("technologies", id),
    challenge: (id) => option("challenges", id),
    sector: (code) => option("sector", code),
    country: (code) => option("country", code),
  };
  cache.set(locale, names);
  return names;
}
