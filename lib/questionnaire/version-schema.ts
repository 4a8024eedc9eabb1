import { z } from "zod";
import { levelValues } from "./levels";
import { dimensionIdsByFactor, factorIds, localeIds, type FactorId } from "./taxonomy";
import { listRuleQuestionIds, VisibilityRuleSchema, type VisibilityRule } from "./visibility-rule";

// Every level is an integer on one fixed scale so scores stay comparable across versions.
export const minLevel = 0;
export const maxLevel = 5;
export { levelValues };
export const LevelSchema = z.number().int().min(minLevel).max(maxLevel);

// Ids end up in URLs and form field names, so no dots, slashes or spaces.
const idPattern = /^[a-z][a-zA-Z0-9-]*$/;
const optionIdPattern = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
export const IdSchema = z.string().regex(idPattern, "ids are letters, digits and hyphens, starting with a lower-case letter");
const OptionIdSchema = z.string().regex(optionIdPattern, "option ids are letters, digits and hyphens");

/** Relative weight; scoring divides by the sum of the weights of the visible siblings. */
const WeightSchema = z.number().positive().finite();

// No zod defaults anywhere: the parsed structure must equal the source file byte for byte
// in canonical form, otherwise a schema change would silently move a published hash.

export const IndicatorSchema = z.strictObject({
  id: IdSchema,
  weight: WeightSchema,
  /** Whether every locale carries help text for this indicator. */
  hasHelp: z.boolean(),
  visibleWhen: VisibilityRuleSchema.optional(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const DimensionSchema = z.strictObject({
  id: IdSchema,
  weight: WeightSchema,
  /**
   * The target a new programme proposes for this dimension. A firm outside a programme
   * (or in one that sets none) starts from one level above its current level instead;
   * see defaultTargetLevel.
   */
  defaultTarget: LevelSchema,
  visibleWhen: VisibilityRuleSchema.optional(),
  indicators: z.array(IndicatorSchema).min(1),
});
export type Dimension = z.infer<typeof DimensionSchema>;

export const FactorSchema = z.strictObject({
  id: z.enum(factorIds),
  dimensions: z.array(DimensionSchema).min(1),
});
export type Factor = z.infer<typeof FactorSchema>;

const profileQuestionBase = {
  id: IdSchema,
  /** A required question must be answered before submit whenever it is visible. */
  required: z.boolean(),
  /** Whether every locale carries a hint for this question. */
  hasHint: z.boolean(),
  visibleWhen: VisibilityRuleSchema.optional(),
};

export const ProfileQuestionSchema = z.discriminatedUnion("type", [
  z.strictObject({ ...profileQuestionBase, type: z.literal("single-select"), options: z.array(OptionIdSchema).min(2) }),
  z.strictObject({
    ...profileQuestionBase,
    type: z.literal("multi-select"),
    options: z.array(OptionIdSchema).min(1),
    /** Options that cannot be combined with any other (e.g. "none"). */
    exclusiveOptions: z.array(OptionIdSchema).optional(),
    maxSelected: z.number().int().min(1).optional(),
  }),
  z.strictObject({
    ...profileQuestionBase,
    type: z.literal("integer"),
    min: z.number().int(),
    max: z.number().int().optional(),
  }),
  z.strictObject({ ...profileQuestionBase, type: z.literal("boolean") }),
]);
export type ProfileQuestion = z.infer<typeof ProfileQuestionSchema>;
export type ProfileQuestionType = ProfileQuestion["type"];

export const SectionSchema = z.discriminatedUnion("kind", [
  z.strictObject({ id: IdSchema, kind: z.literal("profile"), questions: z.array(ProfileQuestionSchema).min(1) }),
  z.strictObject({
    id: IdSchema,
    kind: z.literal("factor"),
    factorId: z.enum(factorIds),
    visibleWhen: VisibilityRuleSchema.optional(),
  }),
  z.strictObject({ id: IdSchema, kind: z.literal("targets") }),
]);
export type Section = z.infer<typeof SectionSchema>;
export type ProfileSection = Extract<Section, { kind: "profile" }>;
export type FactorSection = Extract<Section, { kind: "factor" }>;
export type TargetsSection = Extract<Section, { kind: "targets" }>;

type IssueSink = (message: string, path: Array<string | number>) => void;

function findDuplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) duplicates.add(value);
    seen.add(value);
  }
  return [...duplicates];
}

function checkRule(
  rule: VisibilityRule,
  path: Array<string | number>,
  allowed: ReadonlyMap<string, ProfileQuestion>,
  scope: string,
  report: IssueSink,
): void {
  for (const questionId of listRuleQuestionIds(rule)) {
    if (!allowed.has(questionId)) report(`rule reads "${questionId}", which is not ${scope}`, path);
  }
  checkRuleOperands(rule, path, allowed, report);
}

function checkRuleOperands(
  rule: VisibilityRule,
  path: Array<string | number>,
  questions: ReadonlyMap<string, ProfileQuestion>,
  report: IssueSink,
): void {
  if (rule.op === "all" || rule.op === "any") {
    rule.rules.forEach((child, index) => checkRuleOperands(child, [...path, "rules", index], questions, report));
    return;
  }
  if (rule.op === "not") {
    checkRuleOperands(rule.rule, [...path, "rule"], questions, report);
    return;
  }
  const question = questions.get(rule.questionId);
  if (!question) return;
  const values = rule.op === "in" ? rule.values : [rule.value];
  if (rule.op === "includes" && question.type !== "multi-select") {
    report(`"includes" needs a multi-select question; "${question.id}" is ${question.type}`, path);
  }
  if (rule.op !== "includes" && question.type === "multi-select") {
    report(`use "includes" for the multi-select question "${question.id}"`, path);
  }
  if (rule.op === "in" && question.type === "boolean") {
    report(`use "equals" for the boolean question "${question.id}"`, path);
  }
  for (const value of values) {
    const fits =
      question.type === "boolean"
        ? typeof value === "boolean"
        : question.type === "integer"
          ? typeof value === "number"
          : typeof value === "string" && question.options.includes(value);
    if (!fits) report(`value ${JSON.stringify(value)} can never match "${question.id}"`, path);
  }
}

function checkStructure(version: {
  locales: string[];
  defaultLocale: string;
  sections: Section[];
  factors: Factor[];
}, report: IssueSink): void {
  const { sections, factors } = version;

  for (const locale of findDuplicates(version.locales)) report(`locale "${locale}" is listed twice`, ["locales"]);
  if (!version.locales.includes(version.defaultLocale)) {
    report(`default locale "${version.defaultLocale}" is not among the locales`, ["defaultLocale"]);
  }

  const sectionIds = sections.map((s) => s.id);
  for (const id of findDuplicates(sectionIds)) report(`section id "${id}" is used twice`, ["sections"]);
  const profileSections = sections.filter((s) => s.kind === "profile");
  const targetsSections = sections.filter((s) => s.kind === "targets");
  if (profileSections.length !== 1) report("there must be exactly one profile section", ["sections"]);
  if (sections[0]?.kind !== "profile") report("the profile section must come first", ["sections", 0]);
  if (targetsSections.length !== 1) report("there must be exactly one targets section", ["sections"]);

  const factorIdsInVersion = factors.map((f) => f.id);
  for (const id of findDuplicates(factorIdsInVersion)) report(`factor "${id}" is defined twice`, ["factors"]);
  for (const factor of factors) {
    const count = sections.filter((s) => s.kind === "factor" && s.factorId === factor.id).length;
    if (count !== 1) report(`factor "${factor.id}" needs exactly one section, found ${count}`, ["sections"]);
  }
  sections.forEach((section, index) => {
    if (section.kind === "factor" && !factorIdsInVersion.includes(section.factorId)) {
      report(`section "${section.id}" refers to undefined factor "${section.factorId}"`, ["sections", index, "factorId"]);
    }
  });

  const dimensionIds: string[] = [];
  const indicatorIds: string[] = [];
  factors.forEach((factor, factorIndex) => {
    const allowed: readonly string[] = dimensionIdsByFactor[factor.id as FactorId];
    factor.dimensions.forEach((dimension, dimensionIndex) => {
      dimensionIds.push(dimension.id);
      if (!allowed.includes(dimension.id)) {
        report(`dimension "${dimension.id}" is not a ${factor.id} dimension in the taxonomy`, [
          "factors", factorIndex, "dimensions", dimensionIndex, "id",
        ]);
      }
      for (const indicator of dimension.indicators) indicatorIds.push(indicator.id);
    });
  });
  for (const id of findDuplicates(dimensionIds)) report(`dimension "${id}" is defined twice`, ["factors"]);
  for (const id of findDuplicates(indicatorIds)) report(`indicator "${id}" is defined twice`, ["factors"]);

  const profileSectionIndex = sections.findIndex((s) => s.kind === "profile");
  const profileQuestions = profileSections[0]?.kind === "profile" ? profileSections[0].questions : [];
  const profileIds = profileQuestions.map((q) => q.id);
  for (const id of findDuplicates(profileIds)) report(`profile question "${id}" is defined twice`, ["sections"]);

  // Questions, dimensions and pages share one namespace so any id names one thing.
  const namespaces: Array<[string, string[]]> = [
    ["profile question", profileIds],
    ["indicator", indicatorIds],
    ["dimension", dimensionIds],
    ["section", sectionIds],
  ];
  for (let i = 0; i < namespaces.length; i += 1) {
    for (let j = i + 1; j < namespaces.length; j += 1) {
      const [kindA, idsA] = namespaces[i]!;
      const [kindB, idsB] = namespaces[j]!;
      for (const id of idsA.filter((id) => idsB.includes(id))) {
        report(`id "${id}" is both a ${kindA} and a ${kindB}`, ["sections"]);
      }
    }
  }

  const allProfile = new Map(profileQuestions.map((q) => [q.id, q] as const));
  const earlier = new Map<string, ProfileQuestion>();
  profileQuestions.forEach((question, index) => {
    const path = ["sections", profileSectionIndex, "questions", index];
    if (question.type !== "boolean" && question.type !== "integer") {
      for (const option of findDuplicates(question.options)) report(`option "${option}" is listed twice`, [...path, "options"]);
    }
    if (question.type === "multi-select") {
      for (const option of question.exclusiveOptions ?? []) {
        if (!question.options.includes(option)) report(`exclusive option "${option}" is not an option`, [...path, "exclusiveOptions"]);
      }
      if (question.maxSelected !== undefined && question.maxSelected > question.options.length) {
        report("maxSelected exceeds the number of options", [...path, "maxSelected"]);
      }
    }
    if (question.type === "integer" && question.max !== undefined && question.max < question.min) {
      report("max is below min", [...path, "max"]);
    }
    // Only earlier questions, so visibility is decided in one pass and cannot loop.
    if (question.visibleWhen) checkRule(question.visibleWhen, [...path, "visibleWhen"], earlier, "an earlier profile question", report);
    earlier.set(question.id, question);
  });

  sections.forEach((section, index) => {
    if (section.kind === "factor" && section.visibleWhen) {
      checkRule(section.visibleWhen, ["sections", index, "visibleWhen"], allProfile, "a profile question", report);
    }
  });
  factors.forEach((factor, factorIndex) => {
    factor.dimensions.forEach((dimension, dimensionIndex) => {
      const path = ["factors", factorIndex, "dimensions", dimensionIndex];
      if (dimension.visibleWhen) checkRule(dimension.visibleWhen, [...path, "visibleWhen"], allProfile, "a profile question", report);
      dimension.indicators.forEach((indicator, indicatorIndex) => {
        if (indicator.visibleWhen) {
          checkRule(indicator.visibleWhen, [...path, "indicators", indicatorIndex, "visibleWhen"], allProfile, "a profile question", report);
        }
      });
    });
  });
}

/**
 * The structure of one questionnaire version: ids, types, weights, rules and options, no
 * prose (that lives in the locale texts). Published versions are immutable; a change
 * means a new version id.
 */
export const QuestionnaireVersionSchema = z
  .strictObject({
    id: z.string().regex(/^v[1-9][0-9]*$/, 'version ids look like "v1"'),
    version: z.number().int().min(1),
    locales: z.array(z.enum(localeIds)).min(1),
    defaultLocale: z.enum(localeIds),
    sections: z.array(SectionSchema).min(1),
    factors: z.array(FactorSchema).min(1),
  })
  .superRefine((version, ctx) => {
    if (version.id !== `v${version.version}`) {
      ctx.addIssue({ code: "custom", message: `id "${version.id}" does not match version ${version.version}`, path: ["id"] });
    }
    checkStructure(version, (message, path) => ctx.addIssue({ code: "custom", message, path }));
  });
export type QuestionnaireVersion = z.infer<typeof QuestionnaireVersionSchema>;
