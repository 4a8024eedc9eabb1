import fc from "fast-check";
import { catalogue } from "@/lib/catalogue/catalogue";
import type { CatalogueItem } from "@/lib/catalogue/item-schema";
import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import { getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { challengeIds, countryCodes, isicDivisionCodes, technologyIds } from "@/lib/questionnaire/taxonomy";
import { readFirmProfile } from "@/lib/recommender/firm-profile";
import type { RecommendInput } from "@/lib/recommender/recommend";
import { scoreSubmission } from "@/lib/scoring/submission-scores";

// Firms over the real v1 questionnaire: random profiles (some answers missing, as in a draft or a
// partial API call), random levels and targets, scored and ranked exactly as a submission is.

const v1 = getPublishedQuestionnaire("v1")!.structure;
const indicatorIds = v1.factors.flatMap((factor) => factor.dimensions.flatMap((dimension) => dimension.indicators.map((indicator) => indicator.id)));
const dimensionIds = v1.factors.flatMap((factor) => factor.dimensions.map((dimension) => dimension.id));

const level = fc.integer({ min: 0, max: 5 });

export const profileArb: fc.Arbitrary<AnswerSet["profile"]> = fc.record(
  {
    country: fc.constantFrom(...countryCodes),
    sector: fc.constantFrom(...isicDivisionCodes),
    employees: fc.oneof(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 20_000 })),
    exports: fc.boolean(),
    "offers-services": fc.boolean(),
    technologies: fc.oneof(fc.constant(["none"]), fc.shuffledSubarray([...technologyIds], { maxLength: 5 })),
    challenges: fc.shuffledSubarray([...challengeIds], { maxLength: 3 }),
  },
  // Country, sector and size are usually there; a missing one must turn into "check eligibility", never a guess.
  { requiredKeys: ["technologies", "challenges"] },
) as fc.Arbitrary<AnswerSet["profile"]>;

export const answersArb: fc.Arbitrary<AnswerSet> = fc.record({
  profile: profileArb,
  levels: fc.record(Object.fromEntries(indicatorIds.map((id) => [id, level]))) as fc.Arbitrary<Record<string, number>>,
  notes: fc.constant({}),
  targets: fc.record(Object.fromEntries(dimensionIds.map((id) => [id, level])), { requiredKeys: [] }) as fc.Arbitrary<Record<string, number>>,
});

export function inputFrom(answers: AnswerSet, items: readonly CatalogueItem[] = catalogue): RecommendInput {
  return { firm: readFirmProfile(answers.profile), priorities: scoreSubmission(v1, answers).priorities, catalogue: items };
}

export const inputArb: fc.Arbitrary<RecommendInput> = answersArb.map((answers) => inputFrom(answers));

/** A day between 2015 and 2030, YYYY-MM-DD. */
export const dayArb: fc.Arbitrary<string> = fc
  .integer({ min: Date.UTC(2015, 0, 1) / 86_400_000, max: Date.UTC(2030, 11, 31) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

/** A deep copy of a shipped item with changes (tests never touch the frozen catalogue). */
export function variantOf(id: string, change: (item: CatalogueItem) => void = () => undefined): CatalogueItem {
  const original = catalogue.find((item) => item.id === id);
  if (!original) throw new Error(`no item "${id}"`);
  const copy = structuredClone(original) as CatalogueItem;
  change(copy);
  return copy;
}
