import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { isInstrument, type CatalogueItem } from "@/lib/catalogue/item-schema";
import { isicSectionOf } from "@/lib/questionnaire/taxonomy";
import { checkEligibility } from "@/lib/recommender/eligibility";
import { recommend, type RecommendInput } from "@/lib/recommender/recommend";
import { regionOf } from "@/lib/recommender/regions";
import { RecommendationsSchema, type Recommendation, type RecommendationReason } from "@/lib/recommender/result-schema";
import { buildMatchContext, roundPoints, scoreItem } from "@/lib/recommender/score-item";
import { isLargeFirmCase, isSmallFirmBand, sizeDistance } from "@/lib/recommender/size-fit";
import { recommenderWeights as weights } from "@/lib/recommender/weights";
import { answersArb, dayArb, inputArb, inputFrom, variantOf } from "./arbitraries";
import { evaluationDate, evaluationSet, inputFor } from "./evaluation-set";

/** Property tests run many scored firms; generous, as CI machines may be busy. */
const propertyTimeout = 60_000;

const today = "2026-11-01";
const runs = { numRuns: 150 };
const byId = new Map(catalogue.map((item) => [item.id, item] as const));
const itemOf = (recommendation: Recommendation, items: readonly CatalogueItem[] = catalogue) =>
  items.find((item) => item.id === recommendation.itemId) ?? byId.get(recommendation.itemId)!;
const all = (result: ReturnType<typeof recommend>) => [...result.firmsLikeYours, ...result.supportYouCanUse];

/** Why a reason does not describe a real match between this firm and this item (undefined when it does). */
function mismatch(reason: RecommendationReason, item: CatalogueItem, input: RecommendInput): string | undefined {
  const { firm } = input;
  const focus = buildMatchContext(firm, input.priorities, weights).focus;
  const ranked = (dimension: string) => input.priorities.ranking.find((entry) => entry.dimensionId === dimension);
  switch (reason.code) {
    case "gap-dimension": {
      const entry = ranked(reason.dimension);
      if (!item.dimensions.includes(reason.dimension)) return "the item does not address the dimension";
      if (!entry || entry.gap !== reason.gap || entry.rank !== reason.priorityRank || reason.gap <= 0) return "the firm has no such gap";
      if (!focus.some((target) => target.dimension === reason.dimension)) return "not one of the firm's focus dimensions";
      return undefined;
    }
    case "technology":
      if (!item.technologies.includes(reason.technology)) return "the item does not involve the technology";
      if (reason.basis === "in-use") return firm.technologies.includes(reason.technology) ? undefined : "the firm does not use it";
      if (reason.dimension === undefined || !focus.some((target) => target.dimension === reason.dimension)) return "no focus gap named";
      return weights.technologyDimensions[reason.technology].includes(reason.dimension) ? undefined : "the technology does not address that dimension";
    case "same-sector-division":
      return firm.sector === reason.sector && item.sectors.includes(reason.sector) ? undefined : "not the same division";
    case "related-sector": {
      const group = weights.sectorGroups.find((candidate) => candidate.id === reason.group);
      return firm.sector === reason.sector &&
        item.sectors.includes(reason.itemSector) &&
        !item.sectors.includes(reason.sector) &&
        group?.divisions.includes(reason.sector) &&
        group.divisions.includes(reason.itemSector)
        ? undefined
        : "not related sectors";
    }
    case "same-sector-section":
      return firm.sector !== undefined && item.sectors.includes(reason.itemSector) && isicSectionOf(firm.sector) === reason.section && isicSectionOf(reason.itemSector) === reason.section
        ? undefined
        : "not the same section";
    case "challenge":
      return firm.challenges.includes(reason.challenge) && item.challenges.includes(reason.challenge) ? undefined : "not a shared challenge";
    case "size-fit":
      return firm.sizeBand === reason.band && item.firmSizes.includes(reason.band) ? undefined : "not the firm's size";
    case "size-near": {
      const near = firm.sizeBand === undefined ? undefined : sizeDistance(firm.sizeBand, item.firmSizes);
      return firm.sizeBand === reason.band && near?.distance === 1 && near.nearest === reason.itemBand ? undefined : "not a band next to the firm's";
    }
    case "size-transfer":
      if (!isLargeFirmCase(item) || firm.sizeBand !== reason.band || !isSmallFirmBand(firm.sizeBand)) return "not a large case for a small firm";
      if (reason.basis === "small-scale-technology") {
        return reason.technology !== undefined && reason.technology === item.technologies[0] && weights.smallScaleTechnologies.includes(reason.technology) ? undefined : "not a small-scale primary technology";
      }
      return item.firmSizes.includes(reason.band) && reason.lesson?.en === item.lessons[0]?.en ? undefined : "not marked for the firm's size";
    case "condition-met":
      return isInstrument(item) &&
        item.eligibility.conditions.some((condition) => condition.kind === reason.condition && condition.value === (reason.condition === "exports" ? firm.exports : firm.offersServices))
        ? undefined
        : "the firm does not meet that condition";
    case "same-country":
      return firm.country === reason.country && item.country === reason.country ? undefined : "not the same country";
    case "same-region": {
      const region = firm.country === undefined ? undefined : regionOf(firm.country);
      return region?.id === reason.region && item.country === reason.country && item.country !== firm.country && region.countries.includes(reason.country)
        ? undefined
        : "not the same region";
    }
    case "check-eligibility": {
      if (!isInstrument(item)) return "a case study has no eligibility rules";
      const rules = item.eligibility;
      if (reason.rule === "condition") {
        const condition = rules.conditions.find((candidate) => candidate.text.en === reason.condition.en);
        if (!condition) return "no such condition";
        if (condition.kind === "text") return undefined;
        return (condition.kind === "exports" ? firm.exports : firm.offersServices) === undefined ? undefined : "the profile settles this condition";
      }
      if (reason.rule === "firm-size") return rules.firmSizes.length > 0 && firm.sizeBand === undefined ? undefined : "the size rule is settled";
      return rules.sectors.length > 0 && firm.sector === undefined ? undefined : "the sector rule is settled";
    }
  }
}

describe("recommend: shape and invariants", () => {
  it("returns two lists that match the public schema, scored as the sum of their reasons", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = recommend(input, { today });
        expect(RecommendationsSchema.safeParse(result).success).toBe(true);
        expect(result.asOf).toBe(today);
        for (const list of [result.firmsLikeYours, result.supportYouCanUse]) {
          expect(list.length).toBeLessThanOrEqual(weights.listLength);
          expect(list.map((entry) => entry.rank)).toEqual(list.map((_, index) => index + 1));
          expect(new Set(list.map((entry) => entry.itemId)).size).toBe(list.length);
          for (const entry of list) {
            expect(entry.score).toBe(roundPoints(entry.reasons.reduce((sum, reason) => sum + reason.points, 0)));
            expect(entry.score).toBeGreaterThanOrEqual(weights.minScore);
          }
        }
        expect(result.firmsLikeYours.every((entry) => entry.kind === "case-study")).toBe(true);
        expect(result.supportYouCanUse.every((entry) => entry.kind !== "case-study")).toBe(true);
      }),
      runs,
    );
  }, propertyTimeout);

  it("gives only reasons that name a real match between the firm and the item", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const entry of all(recommend(input, { today }))) {
          const item = itemOf(entry);
          for (const reason of entry.reasons) expect(mismatch(reason, item, input), `${entry.itemId}: ${JSON.stringify(reason)}`).toBeUndefined();
          expect(entry.reasons.some((reason) => reason.points > 0)).toBe(true);
        }
      }),
      runs,
    );
  }, propertyTimeout);

  it("has a match checker that catches a reason with no match behind it", () => {
    const input = inputFor(evaluationSet[0]!, catalogue);
    const genesis = byId.get("genesis-bionics")!;
    expect(mismatch({ code: "gap-dimension", dimension: "after-sales", gap: 1, priorityRank: 1, points: 3 }, genesis, input)).toBeDefined();
    expect(mismatch({ code: "same-sector-division", sector: "22", points: 3 }, genesis, input)).toBeDefined();
    expect(mismatch({ code: "technology", technology: "cobots", basis: "in-use", points: 1 }, genesis, input)).toBeDefined();
    expect(mismatch({ code: "same-country", country: "CN", points: 2 }, genesis, input)).toBeDefined();
    expect(mismatch({ code: "check-eligibility", rule: "condition", condition: { en: "x", ms: "x" }, points: 0 }, genesis, input)).toBeDefined();
  });

  it("never lists a retired item", () => {
    fc.assert(
      fc.property(inputArb, fc.subarray(catalogue.map((item) => item.id)), (input, retiredIds) => {
        const items = catalogue.map((item) => (retiredIds.includes(item.id) ? variantOf(item.id, (copy) => (copy.status = "retired")) : item));
        const listed = all(recommend({ ...input, catalogue: items }, { today })).map((entry) => entry.itemId);
        expect(listed.filter((id) => retiredIds.includes(id))).toEqual([]);
      }),
      runs,
    );
  }, propertyTimeout);

  it("lists in 'Support you can use' only instruments of the firm's country, international or generic", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const entry of recommend(input, { today }).supportYouCanUse) {
          const item = itemOf(entry);
          expect(item.country === "generic" || item.country === "international" || item.country === input.firm.country, entry.itemId).toBe(true);
        }
      }),
      runs,
    );
  }, propertyTimeout);

  it("never lists an instrument whose rules exclude the firm, on any day", () => {
    fc.assert(
      fc.property(inputArb, dayArb, (input, day) => {
        for (const entry of all(recommend(input, { today: day }))) {
          const item = itemOf(entry);
          expect(checkEligibility(item, input.firm, day).eligible, `${entry.itemId} on ${day}`).toBe(true);
          if (isInstrument(item)) {
            if (item.eligibility.opensOn) expect(day >= item.eligibility.opensOn).toBe(true);
            if (item.eligibility.closesOn) expect(day <= item.eligibility.closesOn).toBe(true);
          }
        }
      }),
      runs,
    );
  }, propertyTimeout);

  it("gives the same output whatever the order of the catalogue", () => {
    fc.assert(
      fc.property(inputArb, fc.shuffledSubarray([...catalogue], { minLength: catalogue.length }), (input, shuffled) => {
        expect(recommend({ ...input, catalogue: shuffled }, { today })).toEqual(recommend(input, { today }));
      }),
      runs,
    );
  }, propertyTimeout);

  it("refuses a date that is not a calendar day and a limit below 1", () => {
    const input = inputFor(evaluationSet[0]!, catalogue);
    expect(() => recommend(input, { today: "01/11/2026" })).toThrow(RangeError);
    expect(() => recommend(input, { today, limit: 0 })).toThrow(RangeError);
  });
});

describe("recommend: eligibility on examples", () => {
  const tyreMaker = evaluationSet.find((entry) => entry.id === "cn-tyre-analytics")!;
  const electronicsSme = evaluationSet.find((entry) => entry.id === "my-electronics-automation")!;

  it("shows Malaysian programmes to a Malaysian firm and never to a Chinese one", () => {
    const malaysian = recommend(inputFor(electronicsSme, catalogue), { today: evaluationDate }).supportYouCanUse.map((entry) => entry.itemId);
    expect(malaysian).toContain("penang-automation-cluster");
    const chinese = inputFor(electronicsSme, catalogue);
    chinese.firm = { ...chinese.firm, country: "CN" };
    const listed = recommend(chinese, { today: evaluationDate }).supportYouCanUse.map((entry) => byId.get(entry.itemId)!);
    expect(listed.filter((item) => item.country === "MY")).toEqual([]);
  });

  it("drops an instrument once it closes or before it opens", () => {
    const input = inputFor(electronicsSme, catalogue);
    const withDates = (opensOn: string | undefined, closesOn: string | undefined) =>
      catalogue.map((item) =>
        item.id === "penang-automation-cluster"
          ? variantOf(item.id, (copy) => {
              if (copy.kind === "policy-instrument") Object.assign(copy.eligibility, { opensOn, closesOn });
            })
          : item,
      );
    const listed = (items: readonly CatalogueItem[]) => recommend({ ...input, catalogue: items }, { today: "2026-06-15" }).supportYouCanUse.map((entry) => entry.itemId);
    expect(listed(withDates("2026-01-01", "2026-12-31"))).toContain("penang-automation-cluster");
    expect(listed(withDates("2026-01-01", "2026-06-14"))).not.toContain("penang-automation-cluster");
    expect(listed(withDates("2026-06-16", undefined))).not.toContain("penang-automation-cluster");
  });

  it("drops an instrument the firm's size or sector is not eligible for", () => {
    const input = inputFor(electronicsSme, catalogue);
    const restricted = (change: (rules: { firmSizes: string[]; sectors: string[] }, item: CatalogueItem) => void) =>
      catalogue.map((item) =>
        item.id === "penang-automation-cluster"
          ? variantOf(item.id, (copy) => {
              if (copy.kind === "policy-instrument") change(copy.eligibility as { firmSizes: string[]; sectors: string[] }, copy);
            })
          : item,
      );
    const listed = (items: readonly CatalogueItem[]) => recommend({ ...input, catalogue: items }, { today }).supportYouCanUse.map((entry) => entry.itemId);
    expect(listed(restricted(() => undefined))).toContain("penang-automation-cluster");
    expect(listed(restricted((rules, item) => ((rules.firmSizes = ["medium"]), (item.firmSizes = ["medium"]))))).not.toContain("penang-automation-cluster");
    expect(listed(restricted((rules, item) => ((rules.sectors = ["25"]), (item.sectors = ["25"]))))).not.toContain("penang-automation-cluster");
  });

  it("attaches 'check eligibility' with the instrument's own words", () => {
    const support = recommend(inputFor(electronicsSme, catalogue), { today: evaluationDate }).supportYouCanUse;
    const cluster = support.find((entry) => entry.itemId === "penang-automation-cluster")!;
    expect(cluster.reasons.filter((reason) => reason.code === "check-eligibility").map((reason) => reason.code === "check-eligibility" && reason.condition.en)).toEqual([
      expect.stringMatching(/^Mainly for SMEs in precision engineering/),
      expect.stringMatching(/^The dual vocational training/),
    ]);
  });

  it("never shows the closed Zhejiang cloud plan today, but did while it ran", () => {
    const input = inputFor(tyreMaker, catalogue);
    expect(recommend(input, { today, limit: 20 }).supportYouCanUse.map((entry) => entry.itemId)).not.toContain("zhejiang-cloud-adoption");
    expect(recommend(input, { today: "2019-06-01", limit: 20 }).supportYouCanUse.map((entry) => entry.itemId)).toContain("zhejiang-cloud-adoption");
  });
});

describe("recommend: ties and determinism", () => {
  it("breaks equal scores by id, whatever the catalogue order", () => {
    const input = inputFor(evaluationSet[0]!, catalogue);
    const twin = (id: string) => variantOf("zc-rubber", (copy) => (copy.id = id));
    const items = [twin("zz-twin"), ...catalogue.filter((item) => item.id !== "zc-rubber"), twin("aa-twin")];
    for (const order of [items, [...items].reverse()]) {
      const listed = recommend({ ...input, catalogue: order }, { today }).firmsLikeYours;
      expect(listed.slice(0, 2).map((entry) => entry.itemId)).toEqual(["aa-twin", "zz-twin"]);
      expect(listed[0]!.score).toBe(listed[1]!.score);
    }
  });

  it("gives the same answer twice", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(recommend(inputFrom(answers), { today })).toEqual(recommend(inputFrom(structuredClone(answers)), { today }));
      }),
      { numRuns: 50 },
    );
  }, propertyTimeout);
});

describe("relevance: adding a matching tag never lowers a score", () => {
  type TagKind = "dimension" | "technology" | "sector" | "challenge" | "size";
  /** The item with one more tag that matches the firm (or the item unchanged when it has it already). */
  function withMatchingTag(item: CatalogueItem, input: RecommendInput, kind: TagKind, pick: number): CatalogueItem {
    const copy = structuredClone(item) as CatalogueItem;
    const add = <T,>(list: T[], value: T | undefined) => value !== undefined && !list.includes(value) && list.push(value);
    const focus = buildMatchContext(input.firm, input.priorities, weights).focus;
    const technologies = [...input.firm.technologies, ...Object.entries(weights.technologyDimensions).filter(([, dimensions]) => focus.some((target) => dimensions.includes(target.dimension))).map(([id]) => id)];
    if (kind === "dimension") add(copy.dimensions, focus[pick % Math.max(1, focus.length)]?.dimension);
    if (kind === "technology") add(copy.technologies as string[], technologies[pick % Math.max(1, technologies.length)]);
    if (kind === "sector") add(copy.sectors, input.firm.sector);
    if (kind === "challenge") add(copy.challenges, input.firm.challenges[pick % Math.max(1, input.firm.challenges.length)]);
    if (kind === "size") add(copy.firmSizes, input.firm.sizeBand);
    return copy;
  }

  it("holds for every item, tag kind and firm", () => {
    fc.assert(
      fc.property(
        inputArb,
        fc.constantFrom(...catalogue),
        fc.constantFrom<TagKind>("dimension", "technology", "sector", "challenge", "size"),
        fc.nat(20),
        (input, item, kind, pick) => {
          const context = buildMatchContext(input.firm, input.priorities, weights);
          const before = scoreItem(item, context).score;
          const after = scoreItem(withMatchingTag(item, input, kind, pick), context).score;
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
      { numRuns: 400 },
    );
  }, propertyTimeout);

  it("holds for the listed score too: a tagged item stays listed with a score at least as high", () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom<TagKind>("dimension", "technology", "sector", "challenge"), fc.nat(20), (input, kind, pick) => {
        const before = recommend(input, { today, limit: 50 });
        for (const entry of all(before)) {
          const tagged = withMatchingTag(itemOf(entry), input, kind, pick);
          const items = catalogue.map((item) => (item.id === tagged.id ? tagged : item));
          const after = all(recommend({ ...input, catalogue: items }, { today, limit: 50 })).find((candidate) => candidate.itemId === entry.itemId);
          expect(after?.score ?? -1).toBeGreaterThanOrEqual(entry.score);
        }
      }),
      { numRuns: 30 },
    );
  }, propertyTimeout);
});
