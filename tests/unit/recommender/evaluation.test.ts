import { describe, expect, it } from "vitest";
import { catalogue, getCatalogueItem } from "@/lib/catalogue/catalogue";
import { hasHitAt, averageOf, measurePrecisionAt, measureRecallAt, measureReciprocalRank } from "@/lib/recommender/evaluate";
import { recommend } from "@/lib/recommender/recommend";
import { evaluationDate, evaluationSet, inputFor } from "./evaluation-set";

const lists = ["firmsLikeYours", "supportYouCanUse"] as const;

describe("the evaluation set", () => {
  it("has at least twelve firms, each expecting items that exist in the right list", () => {
    expect(evaluationSet.length).toBeGreaterThanOrEqual(12);
    expect(new Set(evaluationSet.map((entry) => entry.id)).size).toBe(evaluationSet.length);
    for (const entry of evaluationSet) {
      expect(entry.expected.firmsLikeYours.length + entry.expected.supportYouCanUse.length, entry.id).toBeGreaterThan(0);
      for (const id of entry.expected.firmsLikeYours) expect(getCatalogueItem(id)?.kind, `${entry.id}: ${id}`).toBe("case-study");
      for (const id of entry.expected.supportYouCanUse) expect(getCatalogueItem(id)?.kind, `${entry.id}: ${id}`).not.toBe("case-study");
    }
  });

  it("covers every firm case study and every policy instrument of the source as an expected item", () => {
    const expected = new Set(evaluationSet.flatMap((entry) => [...entry.expected.firmsLikeYours, ...entry.expected.supportYouCanUse]));
    // The Zhejiang plan closed in 2020, so no firm today should be sent to it.
    const reachable = catalogue.filter((item) => item.kind !== "instrument-type" && item.id !== "zhejiang-cloud-adoption");
    expect(reachable.filter((item) => !expected.has(item.id)).map((item) => item.id)).toEqual([]);
  });
});

describe.each(evaluationSet)("evaluation firm $id", (entry) => {
  const result = recommend(inputFor(entry, catalogue), { today: evaluationDate });

  it.each(lists.filter((list) => entry.expected[list].length > 0))("has an expected item in the top 5 of %s", (list) => {
    const ranked = result[list].slice(0, 5).map((recommendation) => recommendation.itemId);
    expect(ranked.filter((id) => entry.expected[list].includes(id)), `top 5: ${ranked.join(", ")}`).not.toEqual([]);
  });
});

describe("evaluation metrics", () => {
  it("compute precision@k, recall@k, reciprocal rank and hits", () => {
    const ranked = ["a", "b", "c", "d", "e", "f"];
    expect(measurePrecisionAt(5, ranked, ["b", "e", "z"])).toBe(0.4);
    expect(measurePrecisionAt(5, ["a"], ["a"])).toBe(0.2);
    expect(measureRecallAt(5, ranked, ["b", "f"])).toBe(0.5);
    expect(measureRecallAt(5, ranked, [])).toBe(0);
    expect(measureReciprocalRank(ranked, ["c", "e"])).toBeCloseTo(1 / 3);
    expect(measureReciprocalRank(ranked, ["z"])).toBe(0);
    expect(hasHitAt(5, ranked, ["f"])).toBe(false);
    expect(hasHitAt(6, ranked, ["f"])).toBe(true);
    expect(averageOf([])).toBe(0);
    expect(averageOf([1, 0, 0.5])).toBe(0.5);
  });

  it("put the expected item first for most firms (MRR over both lists at least 0.7)", () => {
    const reciprocalRanks = evaluationSet.flatMap((entry) => {
      const result = recommend(inputFor(entry, catalogue), { today: evaluationDate });
      return lists
        .filter((list) => entry.expected[list].length > 0)
        .map((list) => measureReciprocalRank(result[list].map((recommendation) => recommendation.itemId), entry.expected[list]));
    });
    expect(averageOf(reciprocalRanks)).toBeGreaterThanOrEqual(0.7);
  });
});
