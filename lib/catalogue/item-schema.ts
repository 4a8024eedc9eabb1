import { z } from "zod";
import {
  challengeIds,
  countryCodes,
  dimensionIds,
  firmSizeBandIds,
  impactIds,
  isicDivisionCodes,
  localeIds,
  technologyIds,
  type ChallengeId,
  type CountryCode,
  type DimensionId,
  type FirmSizeBand,
  type ImpactId,
  type IsicDivision,
  type LocaleId,
  type TechnologyId,
} from "@/lib/questionnaire/taxonomy";
import { isBlankText, StorableTextSchema } from "@/lib/text/user-text";

// One catalogue item (a firm case study, a policy instrument or a generic instrument type) as
// data. The shipped items in ./items, the admin editor and the database seed all pass this
// schema, so an item the recommender reads always has the tags, texts and rules it relies on.
// No zod defaults: a parsed item equals its source, so an admin edit round-trips unchanged.

export const catalogueItemKinds = ["case-study", "policy-instrument", "instrument-type"] as const;
export type CatalogueItemKind = (typeof catalogueItemKinds)[number];

export const catalogueItemStatuses = ["active", "retired"] as const;
export type CatalogueItemStatus = (typeof catalogueItemStatuses)[number];

/** A summary must say what was done, with what and with what result: 80 words is about four sentences. */
export const minSummaryWords = 80;

/** Words as a reader counts them: runs of letters or digits (so "+10 %" is one word, "COSMO Plat" two). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,–-]*/gu)?.length ?? 0;
}

// Text that cannot be stored (NUL, a lone surrogate) or holds nothing visible is refused by the
// shared rule of every typed text (lib/text/user-text.ts).
const NonBlankSchema = StorableTextSchema.refine((value) => !isBlankText(value), "text must not be blank");

/**
 * Text in every product language. Built from localeIds, so adding a language makes every item
 * without it fail to parse (and the catalogue test name the item) instead of showing blanks.
 */
export const LocalizedTextSchema = z.strictObject(
  Object.fromEntries(localeIds.map((locale) => [locale, NonBlankSchema])) as Record<LocaleId, typeof NonBlankSchema>,
);
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

const uniqueList = <T extends z.ZodType>(schema: T, what: string) =>
  z.array(schema).refine((values) => new Set(values).size === values.length, `${what} must not repeat`);

const ChallengeIdSchema = z.enum(challengeIds);
const CountryCodeSchema = z.enum(countryCodes);
const DimensionIdSchema = z.enum(dimensionIds as [DimensionId, ...DimensionId[]]);
const FirmSizeBandSchema = z.enum(firmSizeBandIds as [FirmSizeBand, ...FirmSizeBand[]]);
const ImpactIdSchema = z.enum(impactIds as [ImpactId, ...ImpactId[]]);
const IsicDivisionSchema = z.enum(isicDivisionCodes as [IsicDivision, ...IsicDivision[]]);
const TechnologyIdSchema = z.enum(technologyIds);

/** Calendar day, inclusive; ISO strings compare correctly as text. */
const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "dates are YYYY-MM-DD")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "not a calendar date");

export const CatalogueItemIdSchema = z
  .string()
  // eslint-disable-next-line security/detect-unsafe-regex -- linear: every repetition starts with the one "-" it may match
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lower-case slugs: letters, digits and single hyphens")
  .max(80);

// ---------------------------------------------------------------------------------------------
// Key figures
// ---------------------------------------------------------------------------------------------

export const keyFigureUnits = [
  "%",
  "percentage-points",
  "USD",
  "EUR",
  "MYR",
  "count",
  "firms",
  "people",
  "units-per-year",
  "years",
  "months",
  "MW",
  "kg",
  "mAh",
  "tonnes-co2-per-year",
  "m3-per-year",
  "times",
] as const;
export type KeyFigureUnit = (typeof keyFigureUnits)[number];

export const KeyFigureSchema = z
  .strictObject({
    /** What was measured, e.g. "Labour efficiency"; shown before the value. */
    label: LocalizedTextSchema,
    /** The figure, or the lower end of a range ("15 to 30 %"). */
    value: z.number().finite(),
    /** Upper end of a range, when the source gives one. */
    valueMax: z.number().finite().optional(),
    /** The starting value of a change stated as "from → to" (e.g. 550 → 248 employees). */
    from: z.number().finite().optional(),
    unit: z.enum(keyFigureUnits),
    /** increase/decrease: `value` is the size of a change; level: `value` is an amount or a count. */
    direction: z.enum(["increase", "decrease", "level"]),
    /** achieved: measured; expected: the firm's own projection; target: a programme's goal. */
    status: z.enum(["achieved", "expected", "target"]),
    /** The readiness dimension the figure speaks to, so a reason about that gap can quote it. */
    dimension: DimensionIdSchema.optional(),
    impact: ImpactIdSchema.optional(),
  })
  .refine((figure) => figure.valueMax === undefined || figure.valueMax > figure.value, {
    message: "valueMax must be above value",
    path: ["valueMax"],
  });
export type KeyFigure = z.infer<typeof KeyFigureSchema>;

// ---------------------------------------------------------------------------------------------
// Source reference
// ---------------------------------------------------------------------------------------------

/** The report the seed catalogue comes from. */
export const sourceDocuments = {
  "unido-2019-adp": "UNIDO (2019), Absorbing Advanced Digital Production Technologies to Foster Industrialization: Evidence from Case Studies in Developing Countries",
} as const;

export const SourceReferenceSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("report"),
    document: z.enum(Object.keys(sourceDocuments) as [keyof typeof sourceDocuments]),
    /** The section as the report titles it, e.g. "Part II – Competitiveness: case studies". */
    section: NonBlankSchema,
    /** Pages of that section in the report's table of contents, e.g. "16–31". */
    // eslint-disable-next-line security/detect-unsafe-regex -- linear: an optional group, no nested repetition
    pages: z.string().regex(/^\d+(?:–\d+)?$/, "pages are a number or a range like 16–31"),
  }),
  /** A type of instrument described from general practice, not from one source. */
  z.strictObject({ kind: z.literal("generic") }),
  /** An item added by an admin or officer: where its facts come from (URL, decree, brochure). */
  z.strictObject({ kind: z.literal("other"), citation: NonBlankSchema }),
]);
export type SourceReference = z.infer<typeof SourceReferenceSchema>;

// ---------------------------------------------------------------------------------------------
// Eligibility (instruments only)
// ---------------------------------------------------------------------------------------------

/**
 * A condition beyond country, size and sector. The checkable kinds are decided from the firm
 * profile (a firm that fails one is never shown the instrument); `text` is shown to the firm as
 * "check eligibility". Every kind carries its words, so the firm always sees what the rule says.
 */
export const EligibilityConditionSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("exports"), value: z.boolean(), text: LocalizedTextSchema }),
  z.strictObject({ kind: z.literal("offers-services"), value: z.boolean(), text: LocalizedTextSchema }),
  z.strictObject({ kind: z.literal("text"), text: LocalizedTextSchema }),
]);
export type EligibilityCondition = z.infer<typeof EligibilityConditionSchema>;
export type EligibilityConditionKind = EligibilityCondition["kind"];

export const EligibilitySchema = z
  .strictObject({
    /** Countries whose firms may apply; empty = any country (international and generic items). */
    countries: uniqueList(CountryCodeSchema, "countries"),
    /** Firm size bands that may apply; empty = any size. */
    firmSizes: uniqueList(FirmSizeBandSchema, "firm sizes"),
    /** ISIC divisions that may apply; empty = any sector. */
    sectors: uniqueList(IsicDivisionSchema, "sectors"),
    conditions: z.array(EligibilityConditionSchema),
    /** First day applications are accepted; absent = open since the item's year. */
    opensOn: IsoDateSchema.optional(),
    /** Last day applications are accepted; absent = no announced end. */
    closesOn: IsoDateSchema.optional(),
  })
  .refine((rules) => rules.opensOn === undefined || rules.closesOn === undefined || rules.opensOn <= rules.closesOn, {
    message: "opensOn must not be after closesOn",
    path: ["closesOn"],
  });
export type Eligibility = z.infer<typeof EligibilitySchema>;

/** The main forms of support an instrument gives; the first is its primary form (diversity rule). */
export const supportMechanisms = [
  "funding",
  "tax-incentive",
  "advisory",
  "demonstration",
  "training",
  "network",
  "technology-transfer",
  "policy-framework",
] as const;
export type SupportMechanism = (typeof supportMechanisms)[number];

// ---------------------------------------------------------------------------------------------
// The item
// ---------------------------------------------------------------------------------------------

const baseFields = {
  id: CatalogueItemIdSchema,
  status: z.enum(catalogueItemStatuses),
  /** Short proper name for sentences ("ZC Rubber", "Technology vouchers"). */
  name: LocalizedTextSchema,
  /** Headline for cards and lists. */
  title: LocalizedTextSchema,
  /** The year the described adoption or programme started, or the source's year when it gives none. */
  year: z.number().int().min(1950).max(2100),
  /** ISIC divisions the item is about (a case study's own activity, an instrument's focus); empty = any. */
  sectors: uniqueList(IsicDivisionSchema, "sectors"),
  /** Firm size bands the item is relevant to. */
  firmSizes: uniqueList(FirmSizeBandSchema, "firm sizes").min(1),
  /** ADP technologies involved; the first is the primary one (diversity rule). Empty = technology-neutral. */
  technologies: uniqueList(TechnologyIdSchema, "technologies"),
  /** Readiness dimensions the item shows a way to improve. */
  dimensions: uniqueList(DimensionIdSchema, "dimensions").min(1),
  /** Firm challenges (profile checklist) the item shows a way through. */
  challenges: uniqueList(ChallengeIdSchema, "challenges"),
  impacts: uniqueList(ImpactIdSchema, "impacts").min(1),
  keyFigures: z.array(KeyFigureSchema),
  /**
   * What the firm or programme did, as a phrase that follows the name in a sentence:
   * "ZC Rubber [used cloud analytics and AI to tune its rubber mixing]".
   */
  approach: LocalizedTextSchema,
  /** Our own account of the case or instrument; at least minSummaryWords in every language. */
  summary: LocalizedTextSchema,
  /** Lessons learnt and challenges met, one point each. */
  lessons: z.array(LocalizedTextSchema).min(1),
  source: SourceReferenceSchema,
  /** Other catalogue items this one is linked to (a firm and the programme it took part in). */
  relatedItemIds: uniqueList(CatalogueItemIdSchema, "related items"),
};

export const CaseStudySchema = z.strictObject({
  ...baseFields,
  kind: z.literal("case-study"),
  /** The firm's home country. */
  country: CountryCodeSchema,
  /** What the firm makes or does, as a noun phrase: "a rubber and tyre maker". */
  activity: LocalizedTextSchema,
});
export type CaseStudy = z.infer<typeof CaseStudySchema>;

const instrumentFields = {
  ...baseFields,
  mechanisms: uniqueList(z.enum(supportMechanisms), "mechanisms").min(1),
  eligibility: EligibilitySchema,
};

export const PolicyInstrumentSchema = z.strictObject({
  ...instrumentFields,
  kind: z.literal("policy-instrument"),
  /** The country that runs it, or "international" for a programme run across countries. */
  country: z.union([CountryCodeSchema, z.literal("international")]),
});
export type PolicyInstrument = z.infer<typeof PolicyInstrumentSchema>;

export const InstrumentTypeSchema = z.strictObject({
  ...instrumentFields,
  kind: z.literal("instrument-type"),
  /** A type of instrument many governments run, not one programme. */
  country: z.literal("generic"),
});
export type InstrumentType = z.infer<typeof InstrumentTypeSchema>;

export const CatalogueItemSchema = z
  .discriminatedUnion("kind", [CaseStudySchema, PolicyInstrumentSchema, InstrumentTypeSchema])
  .superRefine((item, ctx) => {
    const report = (message: string, path: PropertyKey[]) => ctx.addIssue({ code: "custom", message, path });
    for (const locale of localeIds) {
      const words = countWords(item.summary[locale]);
      if (words < minSummaryWords) report(`summary (${locale}) has ${words} words; at least ${minSummaryWords} are needed`, ["summary", locale]);
    }
    if (item.relatedItemIds.includes(item.id)) report("an item cannot be related to itself", ["relatedItemIds"]);
    // A figure quoted for a dimension or impact must be about something the item is tagged with.
    item.keyFigures.forEach((figure, index) => {
      if (figure.dimension !== undefined && !item.dimensions.includes(figure.dimension)) {
        report(`the figure's dimension "${figure.dimension}" is not among the item's dimensions`, ["keyFigures", index, "dimension"]);
      }
      if (figure.impact !== undefined && !item.impacts.includes(figure.impact)) {
        report(`the figure's impact "${figure.impact}" is not among the item's impacts`, ["keyFigures", index, "impact"]);
      }
    });
    if (item.kind === "case-study") {
      if (item.source.kind === "generic") report("a case study comes from a source, not from general practice", ["source"]);
      return;
    }
    const rules = item.eligibility;
    if (item.kind === "instrument-type" && rules.countries.length > 0) {
      report("a generic instrument type is not tied to countries", ["eligibility", "countries"]);
    }
    if (item.kind === "policy-instrument" && item.country !== "international" && !rules.countries.includes(item.country)) {
      report(`a national instrument of ${item.country} must be open to firms of ${item.country}`, ["eligibility", "countries"]);
    }
    // The fit tags never promise a size or sector the rules turn away.
    if (rules.firmSizes.length > 0) {
      item.firmSizes.forEach((band, index) => {
        if (!rules.firmSizes.includes(band)) report(`firm size "${band}" is not eligible`, ["firmSizes", index]);
      });
    }
    if (rules.sectors.length > 0) {
      item.sectors.forEach((sector, index) => {
        if (!rules.sectors.includes(sector)) report(`sector ${sector} is not eligible`, ["sectors", index]);
      });
    }
  });
export type CatalogueItem = z.infer<typeof CatalogueItemSchema>;
/** What an item file or an admin form provides (identical to the parsed item: no defaults). */
export type CatalogueItemInput = z.input<typeof CatalogueItemSchema>;
export type Instrument = PolicyInstrument | InstrumentType;

export function isInstrument(item: CatalogueItem): item is Instrument {
  return item.kind !== "case-study";
}

/** The primary technology (diversity rule), if the item names any. */
export function primaryTechnologyOf(item: CatalogueItem): TechnologyId | undefined {
  return item.technologies[0];
}

/** The country an item counts for in the diversity rule: national items only. */
export function countryOf(item: CatalogueItem): CountryCode | undefined {
  return item.country === "generic" || item.country === "international" ? undefined : item.country;
}

export type { ChallengeId, DimensionId, FirmSizeBand, ImpactId, IsicDivision, TechnologyId };
