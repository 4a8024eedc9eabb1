import { countryOf, isInstrument, primaryTechnologyOf, type CatalogueItem } from "@/lib/catalogue/item-schema";
import type { DiversityRule } from "./weights-schema";

export type Candidate = { item: CatalogueItem; score: number };

/** Highest score first; equal scores by id, so the order never depends on the catalogue's order. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return b.score - a.score || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0);
}

type Facet = (item: CatalogueItem) => string | undefined;

const facets: Array<{ facet: Facet; cap: (rule: DiversityRule) => number }> = [
  { facet: (item) => primaryTechnologyOf(item), cap: (rule) => rule.maxSameTechnology },
  { facet: (item) => countryOf(item), cap: (rule) => rule.maxSameCountry },
  { facet: (item) => (isInstrument(item) ? item.mechanisms[0] : undefined), cap: (rule) => rule.maxSameMechanism },
];

/**
 * Greedy diversity re-rank. Candidates are taken in score order (ties by id); while filling the
 * first `rule.window` positions, a candidate that would push a primary technology, a country or a
 * primary support mechanism over its cap is skipped for now. If every remaining candidate would
 * break a cap, the best one is taken anyway (a short list beats an empty slot). Below the window,
 * and for the skipped candidates, the order is by score again. Deterministic: it only reads
 * scores, ids and tags.
 */
export function diversify<T extends Candidate>(candidates: readonly T[], rule: DiversityRule, limit: number): T[] {
  const remaining = [...candidates].sort(compareCandidates);
  const chosen: T[] = [];
  const counts = facets.map(() => new Map<string, number>());
  const fits = (item: CatalogueItem) =>
    facets.every(({ facet, cap }, index) => {
      const value = facet(item);
      return value === undefined || (counts[index]!.get(value) ?? 0) < cap(rule);
    });
  while (chosen.length < limit && remaining.length > 0) {
    const inWindow = chosen.length < rule.window;
    const index = inWindow ? Math.max(0, remaining.findIndex((candidate) => fits(candidate.item))) : 0;
    const [next] = remaining.splice(index, 1);
    chosen.push(next!);
    facets.forEach(({ facet }, facetIndex) => {
      const value = facet(next!.item);
      if (value !== undefined) counts[facetIndex]!.set(value, (counts[facetIndex]!.get(value) ?? 0) + 1);
    });
  }
  return chosen;
}
