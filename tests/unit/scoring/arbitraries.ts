import fc from "fast-check";
import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import { getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { challengeIds, countryCodes, isicDivisionCodes } from "@/lib/questionnaire/taxonomy";
import { levelValues } from "@/lib/questionnaire/version-schema";

// Answer sets over the real v1 version: every id and level comes from the version itself, so
// the properties hold for the questionnaire firms actually fill in.

export const v1 = getPublishedQuestionnaire("v1")!.structure;

export const v1DimensionIds = v1.factors.flatMap((f) => f.dimensions.map((d) => d.id));
export const v1IndicatorIds = v1.factors.flatMap((f) => f.dimensions.flatMap((d) => d.indicators.map((i) => i.id)));
export const v1ServicesIndicatorIds = v1.factors
  .filter((f) => f.id === "services")
  .flatMap((f) => f.dimensions.flatMap((d) => d.indicators.map((i) => i.id)));
export const v1ServicesDimensionIds = v1.factors.filter((f) => f.id === "services").flatMap((f) => f.dimensions.map((d) => d.id));

export const levelArb: fc.Arbitrary<number> = fc.constantFrom(...levelValues);

const byId = <T>(ids: readonly string[], arb: fc.Arbitrary<T>) => Object.fromEntries(ids.map((id) => [id, arb])) as Record<string, fc.Arbitrary<T>>;

/** A profile with the answers scoring reads; offers-services decides whether the services module shows. */
export const profileArb = (offersServices: fc.Arbitrary<boolean> = fc.boolean()) =>
  fc.record({
    country: fc.constantFrom(...countryCodes),
    sector: fc.constantFrom(...isicDivisionCodes),
    employees: fc.integer({ min: 1, max: 5000 }),
    "offers-services": offersServices,
    challenges: fc.shuffledSubarray([...challengeIds], { maxLength: 3 }),
  });

/** Every indicator answered (hidden ones too: a firm that switches the module off keeps them). */
export const completeLevelsArb = fc.record(byId(v1IndicatorIds, levelArb));
// Optional keys are absent, never undefined, so these are plain records of levels.
/** Any subset of indicators answered. */
export const partialLevelsArb = fc.record(byId(v1IndicatorIds, levelArb), { requiredKeys: [] }) as fc.Arbitrary<Record<string, number>>;
/** Targets for any subset of dimensions; the rest get the default. */
export const targetsArb = fc.record(byId(v1DimensionIds, levelArb), { requiredKeys: [] }) as fc.Arbitrary<Record<string, number>>;

export const answersArb = (options: { complete?: boolean; offersServices?: fc.Arbitrary<boolean> } = {}): fc.Arbitrary<AnswerSet> =>
  fc.record({
    profile: profileArb(options.offersServices),
    levels: options.complete ? completeLevelsArb : partialLevelsArb,
    notes: fc.constant({}),
    targets: targetsArb,
  });

/** The same answers with every level set to one value. */
export function withAllLevels(answers: AnswerSet, level: number): AnswerSet {
  return { ...answers, levels: Object.fromEntries(v1IndicatorIds.map((id) => [id, level])) };
}

/** A copy whose object keys come in a different order (same entries). */
export function reorderKeys(answers: AnswerSet, order: (keys: string[]) => string[]): AnswerSet {
  const reorder = <T>(record: Record<string, T>) => Object.fromEntries(order(Object.keys(record)).map((key) => [key, record[key]!]));
  return { profile: reorder(answers.profile), levels: reorder(answers.levels), notes: reorder(answers.notes), targets: reorder(answers.targets) };
}
