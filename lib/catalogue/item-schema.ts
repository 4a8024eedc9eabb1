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
import { messageRef } from "@/lib/forms/message-ref";
import { isBlankText, StorableTextSchema } from "@/lib/text/user-text";

// One catalogue item (a firm case study, a policy instrument or a generic instrument type) as
// data. The shipped items in ./items, the admin editor and the database seed all pass this
// schema, so an item the recommender reads always has the tags, texts and rules it relies on.
// No zod defaults: a parsed item equals its source, so an admin edit round-trips unchanged.
// Messages are lib/i18n keys (with figures through messageRef), so the editor shows them in the
// reader's language in the browser and from the server alike. Every rule runs in one pass: a
// field's own rules sit on the field, and the item-wide rules run even when a field failed.

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
const nonBlank = (message: string) => StorableTextSchema.refine((value) => !isBlankText(value), message);
const NonBlankSchema = nonBlank("catalogue.errors.required");
/** A missing text: nothing at all (a field left out) reads like an empty one. */
const textError = { error: "catalogue.errors.required" };

/** Text in every product language, each checked on its own (so each language's box shows its problem). */
function localizedText(text: (locale: LocaleId) => z.ZodType<string>) {
  return z.strictObject(Object.fromEntries(localeIds.map((locale) => [locale, text(locale)])) as Record<LocaleId, z.ZodType<string>>, textError);
}

/**
 * Text in every product language. Built from localeIds, so adding a language makes every item
 * without it fail to parse (and the catalogue test name the item) instead of showing blanks.
 */
export const LocalizedTextSchema = localizedText(() => z.string(textError).pipe(NonBlankSchema));
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** A summary says what was done, with what and with what result: minSummaryWords in every language. */
const SummarySchema = localizedText(() =>
  z
    .string(textError)
    .pipe(NonBlankSchema)
    .superRefine((text, ctx) => {
      const words = countWords(text);
      if (words < minSummaryWords) ctx.addIssue({ code: "custom", message: messageRef("catalogue.errors.summaryTooShort", { min: minSummaryWords, words }) });
    }),
);

/** A lesson missing in one language breaks the line-by-line pairing of the editor's boxes. */
const LessonSchema = localizedText(() => z.string({ error: "catalogue.errors.lessonsPaired" }).pipe(nonBlank("catalogue.errors.lessonsPaired")));

const uniqueList = <T extends z.ZodType>(schema: T) =>
  z.array(schema, { error: "catalogue.errors.invalid" }).refine((values) => new Set(values).size === values.length, "catalogue.errors.duplicate");

const chooseOption = { error: "catalogue.errors.chooseOption" };
const ChallengeIdSchema = z.enum(challengeIds, chooseOption);
const CountryCodeSchema = z.enum(countryCodes, chooseOption);
const DimensionIdSchema = z.enum(dimensionIds as [DimensionId, ...DimensionId[]], chooseOption);
const FirmSizeBandSchema = z.enum(firmSizeBandIds as [FirmSizeBand, ...FirmSizeBand[]], chooseOption);
const ImpactIdSchema = z.enum(impactIds as [ImpactId, ...ImpactId[]], chooseOption);
const IsicDivisionSchema = z.enum(isicDivisionCodes as [IsicDivision, ...IsicDivision[]], chooseOption);
const TechnologyIdSchema = z.enum(technologyIds, chooseOption);

/** A number field: "required" when left blank, "a number" when it holds words. */
const numberError = { error: (issue: { input?: unknown }) => (issue.input === undefined ? "catalogue.errors.required" : "catalogue.errors.number") };

/** Calendar day, inclusive; ISO strings compare correctly as text. */
const IsoDateSchema = z
  .string({ error: "catalogue.errors.date" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "catalogue.errors.date")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "catalogue.errors.date");

export const CatalogueItemIdSchema = z
  .string(textError)
  // eslint-disable-next-line security/detect-unsafe-regex -- linear: every repetition starts with the one "-" it may match
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "catalogue.errors.idFormat")
  .max(80, messageRef("catalogue.errors.tooLong", { maximum: 80 }));

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
    value: z.number(numberError).finite("catalogue.errors.number"),
    /** Upper end of a range, when the source gives one. */
    valueMax: z.number(numberError).finite("catalogue.errors.number").optional(),
    /** The starting value of a change stated as "from → to" (e.g. 550 → 248 employees). */
    from: z.number(numberError).finite("catalogue.errors.number").optional(),
    unit: z.enum(keyFigureUnits, chooseOption),
    /** increase/decrease: `value` is the size of a change; level: `value` is an amount or a count. */
    direction: z.enum(["increase", "decrease", "level"], chooseOption),
    /** achieved: measured; expected: the firm's own projection; target: a programme's goal. */
    status: z.enum(["achieved", "expected", "target"], chooseOption),
    /** The readiness dimension the figure speaks to, so a reason about that gap can quote it. */
    dimension: DimensionIdSchema.optional(),
    impact: ImpactIdSchema.optional(),
  })
  .refine((figure) => figure.valueMax === undefined || figure.valueMax > figure.value, {
    message: "catalogue.errors.valueMaxAbove",
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
    document: z.enum(Object.keys(sourceDocuments) as [keyof typeof sourceDocuments], chooseOption),
    /** The section as the report titles it, e.g. "Part II – Competitiveness: case studies". */
    section: NonBlankSchema,
    /** Pages of that section in the report's table of contents, e.g. "16–31". */
    // eslint-disable-next-line security/detect-unsafe-regex -- linear: an optional group, no nested repetition
    pages: z.string(textError).regex(/^\d+(?:–\d+)?$/, "catalogue.errors.pagesFormat"),
  }),
  /** A type of instrument described from general practice, not from one source. */
  z.strictObject({ kind: z.literal("generic") }),
  /** An item added by an admin or officer: where its facts come from (URL, decree, brochure). */
  z.strictObject({ kind: z.literal("other"), citation: z.string(textError).pipe(NonBlankSchema) }),
], chooseOption);
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
  z.strictObject({ kind: z.literal("exports"), value: z.boolean(chooseOption), text: LocalizedTextSchema }),
  z.strictObject({ kind: z.literal("offers-services"), value: z.boolean(chooseOption), text: LocalizedTextSchema }),
  z.strictObject({ kind: z.literal("text"), text: LocalizedTextSchema }),
], chooseOption);
export type EligibilityCondition = z.infer<typeof EligibilityConditionSchema>;
export type EligibilityConditionKind = EligibilityCondition["kind"];

export const EligibilitySchema = z
  .strictObject({
    /** Countries whose firms may apply; empty = any country (international and generic items). */
    countries: uniqueList(CountryCodeSchema),
    /** Firm size bands that may apply; empty = any size. */
    firmSizes: uniqueList(FirmSizeBandSchema),
    /** ISIC divisions that may apply; empty = any sector. */
    sectors: uniqueList(IsicDivisionSchema),
    conditions: z.array(EligibilityConditionSchema),
    /** First day applications are accepted; absent = open since the item's year. */
    opensOn: IsoDateSchema.optional(),
    /** Last day applications are accepted; absent = no announced end. */
    closesOn: IsoDateSchema.optional(),
  })
  .refine((rules) => rules.opensOn === undefined || rules.closesOn === undefined || rules.opensOn <= rules.closesOn, {
    message: "catalogue.errors.closesBeforeOpens",
    path: ["closesOn"],
  });
export type Eligibility = z.infer<typeof EligibilitySchema>;

// ---------------------------------------------------------------------------------------------
// How to apply (instruments only)
// ---------------------------------------------------------------------------------------------

/**
 * A link a firm is sent to: an absolute https: URL only. Refused with a field error: http: (the
 * firm would leave over an unencrypted link), javascript: and data: (they run or show content in
 * our page rather than lead anywhere), and anything the URL parser cannot read.
 */
export const HttpsUrlSchema = z
  .string(textError)
  .trim()
  .max(500, messageRef("catalogue.errors.tooLong", { maximum: 500 }))
  .refine((value) => {
    if (!URL.canParse(value)) return false;
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".") && url.username === "" && url.password === "";
  }, "catalogue.errors.httpsUrl");

/** A step of how to apply; a step missing in one language breaks the line-by-line pairing of the editor's boxes. */
const ApplyStepSchema = localizedText(() => z.string({ error: "catalogue.errors.stepsPaired" }).pipe(nonBlank("catalogue.errors.stepsPaired")));

/**
 * What a firm needs to act on an instrument. Optional in the schema because items stored before it
 * existed must keep parsing (items are stored whole); every shipped instrument carries it (unit
 * test). Website and contact only where the source names them: never guessed. Open and close
 * dates stay in `eligibility` (they decide eligibility too).
 */
export const HowToApplySchema = z.strictObject({
  /** The programme's own page. */
  website: HttpsUrlSchema.optional(),
  /** Who to ask, in plain words (an office, a desk, an e-mail address or a phone number the source gives). */
  contact: LocalizedTextSchema.optional(),
  /** Who may apply, in plain words ("Malaysian manufacturers with at least 5 employees"). */
  whoMayApply: LocalizedTextSchema,
  /** The steps to apply, in order, one sentence each. */
  steps: z.array(ApplyStepSchema, { error: "catalogue.errors.stepsRequired" }).min(1, "catalogue.errors.stepsRequired").max(12, messageRef("catalogue.errors.tooManySteps", { maximum: 12 })),
});
export type HowToApply = z.infer<typeof HowToApplySchema>;

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
  status: z.enum(catalogueItemStatuses, chooseOption),
  /** Short proper name for sentences ("ZC Rubber", "Technology vouchers"). */
  name: LocalizedTextSchema,
  /** Headline for cards and lists. */
  title: LocalizedTextSchema,
  /** The year the described adoption or programme started, or the source's year when it gives none. */
  year: z.number(numberError).int("catalogue.errors.yearRange").min(1950, "catalogue.errors.yearRange").max(2100, "catalogue.errors.yearRange"),
  /** ISIC divisions the item is about (a case study's own activity, an instrument's focus); empty = any. */
  sectors: uniqueList(IsicDivisionSchema),
  /** Firm size bands the item is relevant to. */
  firmSizes: uniqueList(FirmSizeBandSchema).min(1, "catalogue.errors.chooseAtLeastOne"),
  /** ADP technologies involved; the first is the primary one (diversity rule). Empty = technology-neutral. */
  technologies: uniqueList(TechnologyIdSchema),
  /** Readiness dimensions the item shows a way to improve. */
  dimensions: uniqueList(DimensionIdSchema).min(1, "catalogue.errors.chooseAtLeastOne"),
  /** Firm challenges (profile checklist) the item shows a way through. */
  challenges: uniqueList(ChallengeIdSchema),
  impacts: uniqueList(ImpactIdSchema).min(1, "catalogue.errors.chooseAtLeastOne"),
  keyFigures: z.array(KeyFigureSchema, { error: "catalogue.errors.invalid" }),
  /**
   * What the firm or programme did, as a phrase that follows the name in a sentence:
   * "ZC Rubber [used cloud analytics and AI to tune its rubber mixing]".
   */
  approach: LocalizedTextSchema,
  /** Our own account of the case or instrument; at least minSummaryWords in every language. */
  summary: SummarySchema,
  /** Lessons learnt and challenges met, one point each. */
  lessons: z.array(LessonSchema, { error: "catalogue.errors.lessonsRequired" }).min(1, "catalogue.errors.lessonsRequired"),
  source: SourceReferenceSchema,
  /** Other catalogue items this one is linked to (a firm and the programme it took part in). */
  relatedItemIds: uniqueList(CatalogueItemIdSchema),
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
  mechanisms: uniqueList(z.enum(supportMechanisms, chooseOption)).min(1, "catalogue.errors.chooseAtLeastOne"),
  eligibility: EligibilitySchema,
  /** Website, contact, who may apply and the steps (absent on items stored before it existed). */
  howToApply: HowToApplySchema.optional(),
};

export const PolicyInstrumentSchema = z.strictObject({
  ...instrumentFields,
  kind: z.literal("policy-instrument"),
  /** The country that runs it, or "international" for a programme run across countries. */
  country: z.union([CountryCodeSchema, z.literal("international")], chooseOption),
});
export type PolicyInstrument = z.infer<typeof PolicyInstrumentSchema>;

export const InstrumentTypeSchema = z.strictObject({
  ...instrumentFields,
  kind: z.literal("instrument-type"),
  /** A type of instrument many governments run, not one programme. */
  country: z.literal("generic", chooseOption),
});
export type InstrumentType = z.infer<typeof InstrumentTypeSchema>;

/** The parts of an item the item-wide rules read, as far as they are there (a field may have failed). */
type ItemDraft = {
  kind?: unknown;
  id?: unknown;
  country?: unknown;
  source?: { kind?: unknown };
  relatedItemIds?: unknown;
  keyFigures?: unknown;
  dimensions?: unknown;
  impacts?: unknown;
  firmSizes?: unknown;
  sectors?: unknown;
  eligibility?: { countries?: unknown; firmSizes?: unknown; sectors?: unknown };
};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Rules across fields. They run even when some field failed (zod would skip them otherwise), on
 * whatever parts are there, so the editor names every problem at the first try.
 */
function checkAcrossFields(draft: ItemDraft, report: (message: string, path: PropertyKey[]) => void): void {
  if (draft === null || typeof draft !== "object") return;
  if (typeof draft.id === "string" && list(draft.relatedItemIds).includes(draft.id)) report("catalogue.errors.relatedSelf", ["relatedItemIds"]);
  // A figure quoted for a dimension or impact must be about something the item is tagged with.
  list(draft.keyFigures).forEach((figure, index) => {
    const { dimension, impact } = (figure ?? {}) as { dimension?: unknown; impact?: unknown };
    if (dimension !== undefined && !list(draft.dimensions).includes(dimension)) report("catalogue.errors.figureDimension", ["keyFigures", index, "dimension"]);
    if (impact !== undefined && !list(draft.impacts).includes(impact)) report("catalogue.errors.figureImpact", ["keyFigures", index, "impact"]);
  });
  if (draft.kind === "case-study") {
    if (draft.source?.kind === "generic") report("catalogue.errors.caseStudySource", ["source"]);
    return;
  }
  const rules = draft.eligibility;
  if (!rules || typeof rules !== "object") return;
  const countries = list(rules.countries);
  if (draft.kind === "instrument-type" && countries.length > 0) report("catalogue.errors.genericNoCountries", ["eligibility", "countries"]);
  const national = typeof draft.country === "string" && (countryCodes as readonly string[]).includes(draft.country);
  if (draft.kind === "policy-instrument" && national && !countries.includes(draft.country)) report("catalogue.errors.nationalOpenToOwn", ["eligibility", "countries"]);
  // The fit tags never promise a size or sector the rules turn away.
  const sizes = list(rules.firmSizes);
  if (sizes.length > 0) list(draft.firmSizes).forEach((band, index) => !sizes.includes(band) && report("catalogue.errors.sizeNotEligible", ["firmSizes", index]));
  const sectors = list(rules.sectors);
  if (sectors.length > 0) list(draft.sectors).forEach((sector, index) => !sectors.includes(sector) && report("catalogue.errors.sectorNotEligible", ["sectors", index]));
}

export const CatalogueItemSchema = z
  .discriminatedUnion("kind", [CaseStudySchema, PolicyInstrumentSchema, InstrumentTypeSchema], { error: "catalogue.errors.kindUnknown" })
  .superRefine((item, ctx) => checkAcrossFields(item as ItemDraft, (message, path) => ctx.addIssue({ code: "custom", message, path, input: undefined })), {
    // Also when a field failed: payload.value is then the input as it came.
    when: () => true,
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
