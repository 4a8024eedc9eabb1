import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countryOf, isInstrument, primaryTechnologyOf, type CatalogueItem } from "@/lib/catalogue/item-schema";
import { diversify, type Candidate } from "@/lib/recommender/diversify";
import { recommend } from "@/lib/recommender/recommend";
import { recommenderWeights as weights } from "@/lib/recommender/weights";
import type { DiversityRule } from "@/lib/recommender/weights-schema";
import { inputArb, variantOf } from "./arbitraries";

/** Property tests run many scored firms; generous, as CI machines may be busy. */
const propertyTimeout = 60_000;

const rule: DiversityRule = { window: 5, maxSameTechnology: 2, maxSameCountry: 2, maxSameMechanism: 2 };

/** A case study with the given id, country and primary technology. */
function caseStudy(id: string, country: "CN" | "MY" | "IN" | "KG", technology: "iot" | "cobots" | "cloud-computing" | "additive-manufacturing"): CatalogueItem {
  return variantOf("zc-rubber", (copy) => {
    copy.id = id;
    if (copy.kind === "case-study") copy.country = country;
    copy.technologies = [technology];
  });
}

const candidates = (entries: Array<[CatalogueItem, number]>): Candidate[] => entries.map(([item, score]) => ({ item, score }));
const ids = (list: Candidate[]) => list.map((candidate) => candidate.item.id);

describe("diversify", () => {
  it("keeps at most two items of one primary technology in the top five", () => {
    const list = candidates([
      [caseStudy("a", "CN", "iot"), 10],
      [caseStudy("b", "MY", "iot"), 9],
      [caseStudy("c", "IN", "iot"), 8],
      [caseStudy("d", "KG", "iot"), 7],
      [caseStudy("e", "MY", "cobots"), 3],
      [caseStudy("f", "IN", "cloud-computing"), 2],
      [caseStudy("g", "KG", "additive-manufacturing"), 1],
    ]);
    // c and d wait until the window is full; the capped items then follow in score order.
    expect(ids(diversify(list, rule, 7))).toEqual(["a", "b", "e", "f", "g", "c", "d"]);
  });

  it("keeps at most two items from one country in the top five", () => {
    const list = candidates([
      [caseStudy("a", "CN", "iot"), 10],
      [caseStudy("b", "CN", "cobots"), 9],
      [caseStudy("c", "CN", "cloud-computing"), 8],
      [caseStudy("d", "MY", "additive-manufacturing"), 1],
    ]);
    expect(ids(diversify(list, rule, 4))).toEqual(["a", "b", "d", "c"]);
  });

  it("keeps at most two instruments of one primary mechanism in the support window", () => {
    const grant = (id: string) => variantOf("matching-grants", (copy) => (copy.id = id));
    const list = candidates([
      [grant("g1"), 10],
      [grant("g2"), 9],
      [grant("g3"), 8],
      [variantOf("training-and-apprenticeships"), 1],
    ]);
    expect(ids(diversify(list, rule, 3))).toEqual(["g1", "g2", "training-and-apprenticeships"]);
  });

  it("fills the list anyway when every remaining item would break a cap", () => {
    const list = candidates([
      [caseStudy("a", "CN", "iot"), 10],
      [caseStudy("b", "CN", "iot"), 9],
      [caseStudy("c", "CN", "iot"), 8],
    ]);
    expect(ids(diversify(list, rule, 5))).toEqual(["a", "b", "c"]);
  });

  it("does not count generic items for any country, nor technology-neutral items for any technology", () => {
    const neutral = (id: string) =>
      variantOf("training-and-apprenticeships", (copy) => {
        copy.id = id;
        if (isInstrument(copy)) copy.mechanisms = [id === "t1" ? "training" : "advisory"];
      });
    const list = candidates([
      [neutral("t1"), 10],
      [neutral("t2"), 9],
      [caseStudy("a", "CN", "iot"), 8],
    ]);
    expect(ids(diversify(list, rule, 3))).toEqual(["t1", "t2", "a"]);
  });

  it("follows the greedy rule on real recommendations: an item breaks a cap only when every other candidate would too", () => {
    const noCaps: DiversityRule = { window: 50, maxSameTechnology: 50, maxSameCountry: 50, maxSameMechanism: 50 };
    const unlimited = { ...weights, listLength: 50, diversity: { firmsLikeYours: noCaps, supportYouCanUse: noCaps } };
    fc.assert(
      fc.property(inputArb, (input) => {
        const pool = recommend(input, { today: "2026-11-01", weights: unlimited, limit: 50 });
        const diverse = recommend(input, { today: "2026-11-01" });
        for (const [listName, capRule] of [
          ["firmsLikeYours", weights.diversity.firmsLikeYours],
          ["supportYouCanUse", weights.diversity.supportYouCanUse],
        ] as const) {
          const items = new Map(input.catalogue.map((item) => [item.id, item] as const));
          const chosen = diverse[listName].map((entry) => items.get(entry.itemId)!);
          const all = pool[listName].map((entry) => items.get(entry.itemId)!);
          const facets = [primaryTechnologyOf, countryOf, (item: CatalogueItem) => (isInstrument(item) ? item.mechanisms[0] : undefined)];
          const caps = [capRule.maxSameTechnology, capRule.maxSameCountry, capRule.maxSameMechanism];
          const breaks = (item: CatalogueItem, before: CatalogueItem[]) =>
            facets.some((facet, index) => {
              const value = facet(item);
              return value !== undefined && before.filter((other) => facet(other) === value).length >= caps[index]!;
            });
          chosen.slice(0, capRule.window).forEach((item, position) => {
            const before = chosen.slice(0, position);
            if (breaks(item, before)) {
              const others = all.filter((candidate) => !chosen.slice(0, position + 1).includes(candidate));
              expect(others.every((candidate) => breaks(candidate, before)), `${listName}[${position}] ${item.id}`).toBe(true);
            }
          });
          // The diverse list is drawn from the same candidates, best first where no cap interferes.
          expect(chosen.every((item) => all.includes(item))).toBe(true);
          expect(chosen.length).toBe(Math.min(weights.listLength, all.length));
        }
      }),
      { numRuns: 100 },
    );
  }, propertyTimeout);
});
