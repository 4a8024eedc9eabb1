import type { CatalogueItem, KeyFigure, KeyFigureUnit, LocalizedText } from "@/lib/catalogue/item-schema";
import { createFormats } from "@/lib/i18n/format";
import type { DimensionId, LocaleId, TechnologyId } from "@/lib/questionnaire/taxonomy";
import { getRecommendationNames, getRegionName, sectionNames, sizeBandNames, type RecommendationNames } from "./names";
import type { Recommendation, RecommendationReason } from "./result-schema";
import { isLargeFirmCase } from "./size-fit";

// Sentences a manager understands, built from reason codes in the reader's language. English and
// Bahasa Malaysia are written out here; a new language adds one branch per template (the
// Record<LocaleId, …> types make the compiler list what is missing).

// createFormats shares one set of formatters per language; only numbers are formatted here, so
// the display time zone does not matter.
function formatNumber(value: number, locale: LocaleId, maximumFractionDigits = 2): string {
  return createFormats(locale).number(value, maximumFractionDigits);
}

/** A gap in levels with one decimal, without a trailing ".0": 2 → "2", 5/3 → "1.7". */
export function formatGap(gap: number, locale: LocaleId): string {
  return formatNumber(Math.round(gap * 10) / 10, locale, 1);
}

/** Lower-cases a leading capital of an ordinary word ("Lack of funds" → "lack of funds"), not of a name or acronym ("IoT", "CAD"). */
function midSentence(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLocaleLowerCase() + text.slice(1) : text;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Key figures
// ---------------------------------------------------------------------------------------------

const scaleWords: Record<LocaleId, Array<[number, string]>> = {
  en: [
    [1e9, "billion"],
    [1e6, "million"],
  ],
  ms: [
    [1e9, "bilion"],
    [1e6, "juta"],
  ],
};

/** 15,000,000 → "15 million" (shared scale for a range, so 15–20 million reads right). */
function scaled(values: number[], locale: LocaleId): string[] {
  const smallest = Math.min(...values.map(Math.abs));
  const scale = scaleWords[locale].find(([size]) => smallest >= size);
  return scale ? values.map((value) => `${formatNumber(value / scale[0], locale)} ${scale[1]}`) : values.map((value) => formatNumber(value, locale));
}

type UnitFormat = { before?: string; after?: (value: number) => string; scale?: boolean };
const unitFormats: Record<LocaleId, Record<KeyFigureUnit, UnitFormat>> = {
  en: {
    "%": { after: () => " %" },
    "percentage-points": { after: () => " percentage points" },
    USD: { before: "USD ", scale: true },
    EUR: { before: "EUR ", scale: true },
    MYR: { before: "MYR ", scale: true },
    count: {},
    firms: { after: (value) => (value === 1 ? " firm" : " firms") },
    people: { after: (value) => (value === 1 ? " person" : " people") },
    "units-per-year": { after: () => " units a year" },
    years: { after: (value) => (value === 1 ? " year" : " years") },
    months: { after: (value) => (value === 1 ? " month" : " months") },
    MW: { after: () => " MW" },
    kg: { after: () => " kg" },
    mAh: { after: () => " mAh" },
    "tonnes-co2-per-year": { after: () => " tonnes of CO₂ a year" },
    "m3-per-year": { after: () => " m³ a year" },
    times: { after: () => " times" },
  },
  ms: {
    "%": { after: () => " %" },
    "percentage-points": { after: () => " mata peratusan" },
    USD: { before: "USD ", scale: true },
    EUR: { before: "EUR ", scale: true },
    MYR: { before: "RM", scale: true },
    count: {},
    firms: { after: () => " syarikat" },
    people: { after: () => " orang" },
    "units-per-year": { after: () => " unit setahun" },
    years: { after: () => " tahun" },
    months: { after: () => " bulan" },
    MW: { after: () => " MW" },
    kg: { after: () => " kg" },
    mAh: { after: () => " mAh" },
    "tonnes-co2-per-year": { after: () => " tan CO₂ setahun" },
    "m3-per-year": { after: () => " m³ setahun" },
    times: { after: () => " kali ganda" },
  },
};

const statusWords: Record<LocaleId, Record<KeyFigure["status"], string>> = {
  en: { achieved: "", expected: " (expected)", target: " (target)" },
  ms: { achieved: "", expected: " (dijangka)", target: " (sasaran)" },
};

/** The figure's value with its unit: "+10 %", "−15–30 %", "550 → 248 people", "EUR 15–20 million". */
export function formatKeyFigureValue(figure: KeyFigure, locale: LocaleId): string {
  const unit = unitFormats[locale][figure.unit];
  const wrap = (text: string, value: number) => `${unit.before ?? ""}${text}${unit.after?.(value) ?? ""}`;
  const numbers = (values: number[]) => (unit.scale ? scaled(values, locale) : values.map((value) => formatNumber(value, locale)));
  if (figure.from !== undefined) {
    const [from, to] = numbers([figure.from, figure.value]);
    return `${wrap(from!, figure.from)} → ${wrap(to!, figure.value)}`;
  }
  const sign = figure.direction === "increase" ? "+" : figure.direction === "decrease" ? "−" : "";
  if (figure.valueMax !== undefined) {
    const [low, high] = numbers([figure.value, figure.valueMax]);
    // "EUR 15–20 million": the scale word is written once, after the upper end.
    const lowText = unit.scale ? low!.replace(/\s\D+$/, "") : low!;
    return `${sign}${wrap(`${lowText}–${high!}`, figure.valueMax)}`;
  }
  return `${sign}${wrap(numbers([figure.value])[0]!, figure.value)}`;
}

/** "Labour efficiency: +10 %", with "(expected)" or "(target)" where the figure is not a result yet. */
export function formatKeyFigure(figure: KeyFigure, locale: LocaleId): string {
  return `${figure.label[locale]}: ${formatKeyFigureValue(figure, locale)}${statusWords[locale][figure.status]}`;
}

// ---------------------------------------------------------------------------------------------
// One sentence per reason
// ---------------------------------------------------------------------------------------------

function levels(gap: number, locale: LocaleId): string {
  const text = formatGap(gap, locale);
  if (locale === "ms") return `${text} tahap`;
  return text === "1" ? "1 level" : `${text} levels`;
}

/** Why a technology works at small scale (weights.smallScaleTechnologies); a technology without its own words gets a general one. */
const smallScaleWhys: Partial<Record<TechnologyId, LocalizedText>> = {
  "cloud-computing": { en: "cloud services are rented by use, with no servers to buy", ms: "perkhidmatan awan disewa mengikut penggunaan, tanpa pelayan untuk dibeli" },
  cobots: {
    en: "a single cobot works beside people, without fences or a rebuilt line",
    ms: "sebuah cobot bekerja di sebelah pekerja, tanpa pagar atau barisan yang dibina semula",
  },
  "additive-manufacturing": {
    en: "one printer, or a print service paid per part, is enough to start",
    ms: "sebuah pencetak, atau perkhidmatan cetakan yang dibayar mengikut komponen, sudah cukup untuk bermula",
  },
  "cad-cam": { en: "design software is licensed per seat", ms: "perisian reka bentuk dilesenkan mengikut pengguna" },
};

function smallScaleWhy(technology: TechnologyId, locale: LocaleId, names: RecommendationNames): string {
  const why = smallScaleWhys[technology]?.[locale];
  if (why) return why;
  const name = midSentence(names.technology(technology));
  return locale === "ms" ? `${name} boleh dimulakan secara kecil-kecilan` : `${name} can be started at small scale`;
}

/** One sentence for one reason, in `locale`; names come from the questionnaire text unless given. */
export function describeRecommendationReason(
  reason: RecommendationReason,
  locale: LocaleId,
  names: RecommendationNames = getRecommendationNames(locale),
): string {
  const ms = locale === "ms";
  switch (reason.code) {
    case "gap-dimension": {
      const dimension = midSentence(names.dimension(reason.dimension));
      return ms
        ? `Ia menangani ${dimension}, dengan jurang anda sebanyak ${levels(reason.gap, locale)} (keutamaan ke-${reason.priorityRank}).`
        : `It addresses ${dimension}, where your gap is ${levels(reason.gap, locale)} (priority ${reason.priorityRank}).`;
    }
    case "technology": {
      const technology = midSentence(names.technology(reason.technology));
      if (reason.basis === "in-use" || reason.dimension === undefined) {
        return ms ? `Ia melibatkan ${technology}, yang sudah anda gunakan.` : `It involves ${technology}, which you already use.`;
      }
      const dimension = midSentence(names.dimension(reason.dimension));
      return ms
        ? `Ia melibatkan ${technology}, yang membantu merapatkan jurang anda dalam ${dimension}.`
        : `It involves ${technology}, which helps close your gap in ${dimension}.`;
    }
    case "same-sector-division":
      return ms ? `Sektor yang sama dengan anda: ${names.sector(reason.sector)}.` : `Same sector as yours: ${names.sector(reason.sector)}.`;
    case "related-sector":
      return ms
        ? `Sektor yang berkaitan dengan sektor anda: ${names.sector(reason.itemSector)}.`
        : `A sector related to yours: ${names.sector(reason.itemSector)}.`;
    case "same-sector-section": {
      const section = sectionNames[reason.section]?.[locale] ?? reason.section;
      return ms ? `Juga dalam ${section}: ${names.sector(reason.itemSector)}.` : `Also in ${section}: ${names.sector(reason.itemSector)}.`;
    }
    case "challenge": {
      const challenge = midSentence(names.challenge(reason.challenge));
      return ms ? `Ia menangani cabaran yang anda nyatakan: ${challenge}.` : `It tackles a challenge you named: ${challenge}.`;
    }
    case "size-fit":
      return ms
        ? `Ia sesuai untuk syarikat sebesar anda: ${sizeBandNames[reason.band].ms}.`
        : `It suits firms of your size: ${sizeBandNames[reason.band].en}.`;
    case "size-near":
      return ms
        ? `Ia sesuai untuk syarikat yang hampir sebesar anda: ${sizeBandNames[reason.itemBand].ms}.`
        : `It suits firms near your size: ${sizeBandNames[reason.itemBand].en}.`;
    case "size-transfer":
      if (reason.basis === "small-scale-technology" && reason.technology !== undefined) {
        return ms
          ? `Syarikat besar, tetapi pengajarannya sesuai untuk syarikat sebesar anda: ${smallScaleWhy(reason.technology, locale, names)}.`
          : `A large firm, but its lesson carries to a firm your size: ${smallScaleWhy(reason.technology, locale, names)}.`;
      }
      return ms
        ? `Syarikat besar, tetapi katalog menandakan pengajarannya untuk syarikat sebesar anda juga: ${reason.lesson?.ms ?? ""}`.trim()
        : `A large firm, but the catalogue marks its lessons for firms your size too: ${reason.lesson?.en ?? ""}`.trim();
    case "condition-met":
      return ms
        ? `Anda memenuhi syaratnya: ${reason.text.ms}`
        : `You meet its condition: ${reason.text.en}`;
    case "same-country":
      return ms ? `Dari negara anda: ${names.country(reason.country)}.` : `From your country: ${names.country(reason.country)}.`;
    case "same-region":
      return ms
        ? `Dari rantau anda, ${getRegionName(reason.region, locale)}: ${names.country(reason.country)}.`
        : `From your region, ${getRegionName(reason.region, locale)}: ${names.country(reason.country)}.`;
    case "check-eligibility":
      return ms ? `Semak kelayakan: ${reason.condition.ms}` : `Check eligibility: ${reason.condition.en}`;
  }
}

// ---------------------------------------------------------------------------------------------
// The headline: the strongest reason, the item, what it did and a figure
// ---------------------------------------------------------------------------------------------

/**
 * The key figure to quote: the first one about the first of `dimensions` that has one (the
 * firm's gaps the item addresses, most urgent first), else the item's headline figure (its first).
 */
export function pickKeyFigure(item: CatalogueItem, dimensions: readonly DimensionId[] = []): KeyFigure | undefined {
  for (const dimension of dimensions) {
    const figure = item.keyFigures.find((candidate) => candidate.dimension === dimension);
    if (figure) return figure;
  }
  return item.keyFigures[0];
}

export type RecommendationText = {
  /** e.g. "ZC Rubber, also a tyre and rubber products maker, used … — rate of …: +3–5 %; it addresses your gap in intelligence (3 levels)." */
  headline: string;
  /** One sentence per reason, in the recommendation's order. */
  reasons: string[];
};

/**
 * The words shown with a recommendation: a headline that leads with what is specific to the item
 * (its sector match, its fit to the firm's size, or its result on one of the firm's gaps, then
 * what it did) and ends with the firm's gap it answers, and one sentence per reason. The lead
 * changes with the item's strongest match, so cards in a list do not all open alike. `item` must be
 * the catalogue item the recommendation names.
 */
export function describeRecommendation(
  recommendation: Recommendation,
  item: CatalogueItem,
  locale: LocaleId,
  names: RecommendationNames = getRecommendationNames(locale),
): RecommendationText {
  if (item.id !== recommendation.itemId) throw new Error(`describeRecommendation: item "${item.id}" is not "${recommendation.itemId}"`);
  const ms = locale === "ms";
  const reasons = recommendation.reasons;
  const gapDimensions = reasons.flatMap((reason) =>
    reason.code === "gap-dimension" ? [reason.dimension] : reason.code === "technology" && reason.dimension ? [reason.dimension] : [],
  );
  const figure = pickKeyFigure(item, gapDimensions);
  // A change on one of the firm's gaps ("+8.4 %", "550 → 248"), not a count or a level, can lead the headline.
  const resultOnGap =
    figure?.dimension !== undefined && gapDimensions.includes(figure.dimension) && (figure.direction !== "level" || figure.from !== undefined);
  const figureText = figure ? ` — ${midSentence(formatKeyFigure(figure, locale))}` : "";

  let body: string;
  if (item.kind === "case-study") {
    const name = item.name[locale];
    const activity = item.activity[locale];
    const approach = item.approach[locale];
    const country = names.country(item.country);
    const sameSector = reasons.some((reason) => reason.code === "same-sector-division");
    // "Your size" only for a case not of a large firm: a large firm shown to a small one says so in its transfer reason.
    const sameSize = reasons.some((reason) => reason.code === "size-fit") && !isLargeFirmCase(item);
    if (sameSector) {
      body = ms ? `${name}, juga ${activity}, ${approach}${figureText}` : `${name}, also ${activity}, ${approach}${figureText}`;
    } else if (sameSize) {
      body = `${name}, ${activity} ${ms ? "di" : "in"} ${country} ${sizePhrases[locale][variantOf(item.id, sizePhrases[locale].length)]}, ${approach}${figureText}`;
    } else if (figure && resultOnGap) {
      // The result first: what the item achieved on one of the firm's gaps.
      const result = formatKeyFigure(figure, locale);
      body = ms ? `${result} di ${name}, ${activity} di ${country}, yang ${approach}` : `${result} at ${name}, ${activity} in ${country}, which ${approach}`;
    } else {
      body = ms ? `${name}, ${activity} di ${country}, ${approach}${figureText}` : `${name}, ${activity} in ${country}, ${approach}${figureText}`;
    }
  } else {
    // A generic type is a common noun ("technology vouchers"); a programme keeps its capitals.
    const name = item.kind === "instrument-type" ? midSentence(item.name[locale]) : item.name[locale];
    body = `${name} ${item.approach[locale]}${figureText}`;
  }

  return {
    headline: capitalise(`${body}${describeTail(reasons, locale, names)}.`),
    reasons: reasons.map((reason) => describeRecommendationReason(reason, locale, names)),
  };
}

/** Ways to say a case suits the reader's size; each item keeps one, so a list of small-firm cases does not repeat itself. */
const sizePhrases: Record<LocaleId, string[]> = {
  en: ["and a case for firms of your size", "whose story suits a firm your size", "with lessons for firms your size"],
  ms: ["dan kes untuk syarikat sebesar anda", "yang kisahnya sesuai untuk syarikat sebesar anda", "dengan pengajaran untuk syarikat sebesar anda"],
};

/** A stable choice among `count` wordings from the item's id (same item, same words; neighbours usually differ). */
function variantOf(id: string, count: number): number {
  let sum = 0;
  for (const char of id) sum += char.charCodeAt(0);
  return sum % count;
}

/** The firm's side, after the item's: the top gap it addresses, else the technology or the challenge it shares. */
function describeTail(reasons: readonly RecommendationReason[], locale: LocaleId, names: RecommendationNames): string {
  const ms = locale === "ms";
  const gap = reasons.find((reason) => reason.code === "gap-dimension");
  if (gap) {
    const dimension = midSentence(names.dimension(gap.dimension));
    return ms ? `; ia menangani jurang anda dalam ${dimension} (${levels(gap.gap, locale)})` : `; it addresses your gap in ${dimension} (${levels(gap.gap, locale)})`;
  }
  const technology = reasons.find((reason) => reason.code === "technology");
  if (technology) {
    const name = midSentence(names.technology(technology.technology));
    if (technology.basis === "gap" && technology.dimension !== undefined) {
      const dimension = midSentence(names.dimension(technology.dimension));
      return ms ? `; ${name} membantu merapatkan jurang anda dalam ${dimension}` : `; ${name} helps close your gap in ${dimension}`;
    }
    return ms ? `; anda sudah menggunakan ${name}` : `; you already use ${name}`;
  }
  const challenge = reasons.find((reason) => reason.code === "challenge");
  if (challenge) {
    const name = midSentence(names.challenge(challenge.challenge));
    return ms ? `; ia menangani ${name}, cabaran yang anda nyatakan` : `; it tackles ${name}, a challenge you named`;
  }
  return "";
}
