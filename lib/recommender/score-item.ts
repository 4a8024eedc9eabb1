import { isInstrument, type CatalogueItem } from "@/lib/catalogue/item-schema";
import { isicSectionOf, technologyIds, type DimensionId, type IsicDivision, type TechnologyId } from "@/lib/questionnaire/taxonomy";
import type { PriorityRanking } from "@/lib/scoring/result-schema";
import type { FirmProfile } from "./firm-profile";
import { regionOf } from "./regions";
import { sizeDistance } from "./size-fit";
import type { RecommendationReason } from "./result-schema";
import type { RecommenderWeights } from "./weights-schema";

/** A gap the firm should act on: one of its top-priority dimensions with a gap. */
export type FocusDimension = {
  dimension: DimensionId;
  gap: number;
  /** Rank in the firm's priority ranking (1 = highest). */
  rank: number;
  /** Priority relative to the firm's top focus dimension, in (0, 1]. */
  relative: number;
};

export type MatchContext = {
  firm: FirmProfile;
  focus: readonly FocusDimension[];
  weights: RecommenderWeights;
};

const gridSize = 10_000;
/** Points and scores are kept to 4 decimals so that ties are exact, whatever the order of addition. */
export function roundPoints(value: number): number {
  return Math.round(value * gridSize) / gridSize;
}

/**
 * The firm's focus dimensions: the first `focusDimensionCount` dimensions of the priority ranking
 * with a gap and a priority above 0, each weighted by its priority relative to the top one.
 */
export function listFocusDimensions(priorities: PriorityRanking, weights: RecommenderWeights): FocusDimension[] {
  const candidates = priorities.ranking
    .filter((ranked) => ranked.gap > 0 && ranked.priority > 0)
    .slice(0, weights.focusDimensionCount);
  const top = candidates[0]?.priority ?? 0;
  return candidates.map((ranked) => ({
    dimension: ranked.dimensionId,
    gap: ranked.gap,
    rank: ranked.rank,
    relative: top > 0 ? ranked.priority / top : 0,
  }));
}

export function buildMatchContext(firm: FirmProfile, priorities: PriorityRanking, weights: RecommenderWeights): MatchContext {
  return { firm, focus: listFocusDimensions(priorities, weights), weights };
}

const technologyOrder = new Map<string, number>(technologyIds.map((id, index) => [id, index]));

/**
 * Relevance of one item to one firm: every match between them as a reason with the points it adds.
 * Eligibility is not judged here (see checkEligibility). Only matches add points, never subtract,
 * so adding a tag the firm matches to an item can only raise its score; and nothing depends on
 * the order of the item's tag lists.
 */
export function scoreItem(item: CatalogueItem, context: MatchContext): { score: number; reasons: RecommendationReason[] } {
  const { firm, focus, weights } = context;
  const kind = item.kind === "case-study" ? "caseStudy" : "instrument";
  const reasons: RecommendationReason[] = [];

  // 1. Gaps: the item addresses a dimension the firm should act on.
  for (const target of focus) {
    if (item.dimensions.includes(target.dimension)) {
      reasons.push({
        code: "gap-dimension",
        dimension: target.dimension,
        gap: target.gap,
        priorityRank: target.rank,
        points: roundPoints(weights.gapDimension * target.relative),
      });
    }
  }

  // 2. Technologies that close a focus gap or that the firm already uses (whichever is worth more);
  //    only the best few count.
  type TechnologyMatch = { technology: TechnologyId; basis: "gap" | "in-use"; dimension?: DimensionId; rank: number; points: number };
  const technologyMatches = item.technologies.flatMap((technology): TechnologyMatch[] => {
    const closes = focus.find((target) => weights.technologyDimensions[technology].includes(target.dimension));
    const forGap: TechnologyMatch | undefined = closes && {
      technology,
      basis: "gap",
      dimension: closes.dimension,
      rank: closes.rank,
      points: weights.technologyForGap * closes.relative,
    };
    const inUse: TechnologyMatch | undefined = firm.technologies.includes(technology)
      ? { technology, basis: "in-use", rank: Number.POSITIVE_INFINITY, points: weights.technologyInUse }
      : undefined;
    const best = forGap && inUse ? (inUse.points > forGap.points ? inUse : forGap) : (forGap ?? inUse);
    return best ? [best] : [];
  });
  technologyMatches.sort(
    (a, b) => b.points - a.points || a.rank - b.rank || technologyOrder.get(a.technology)! - technologyOrder.get(b.technology)!,
  );
  for (const { technology, basis, dimension, points } of technologyMatches.slice(0, weights.maxTechnologyMatches)) {
    reasons.push(
      dimension === undefined
        ? { code: "technology", technology, basis, points: roundPoints(points) }
        : { code: "technology", technology, basis, dimension, points: roundPoints(points) },
    );
  }

  // 3. Sector similarity: same division > related sector > same section > other.
  const sectorReason = matchSector(item.sectors, firm.sector, weights);
  if (sectorReason) reasons.push(sectorReason);

  // 4. Challenges the firm named, in taxonomy order.
  for (const challenge of firm.challenges) {
    if (item.challenges.includes(challenge)) reasons.push({ code: "challenge", challenge, points: roundPoints(weights.challenge[kind]) });
  }

  // 5. Firm size: tagged for the firm's band, else for the band next to it (nearer sizes first).
  const size = firm.sizeBand === undefined ? undefined : sizeDistance(firm.sizeBand, item.firmSizes);
  if (size?.distance === 0) {
    reasons.push({ code: "size-fit", band: firm.sizeBand!, points: roundPoints(weights.sizeFit[kind]) });
  } else if (size?.distance === 1 && weights.sizeNear[kind] > 0) {
    reasons.push({ code: "size-near", band: firm.sizeBand!, itemBand: size.nearest, points: roundPoints(weights.sizeNear[kind]) });
  }

  // 6. Checkable eligibility conditions the firm meets (an instrument for exporters, and the firm exports).
  if (isInstrument(item)) {
    for (const condition of item.eligibility.conditions) {
      if (condition.kind === "text") continue;
      const answer = condition.kind === "exports" ? firm.exports : firm.offersServices;
      if (answer === condition.value) {
        reasons.push({ code: "condition-met", condition: condition.kind, text: condition.text, points: roundPoints(weights.conditionMet) });
      }
    }
  }

  // 7. Country, else region (generic and international items belong to no country).
  if (firm.country !== undefined && item.country !== "generic" && item.country !== "international") {
    if (item.country === firm.country) {
      reasons.push({ code: "same-country", country: firm.country, points: roundPoints(weights.sameCountry) });
    } else {
      const region = regionOf(firm.country);
      if (region !== undefined && region.countries.includes(item.country)) {
        reasons.push({ code: "same-region", region: region.id, country: item.country, points: roundPoints(weights.sameRegion) });
      }
    }
  }

  return { score: roundPoints(reasons.reduce((sum, reason) => sum + reason.points, 0)), reasons };
}

function matchSector(itemSectors: readonly IsicDivision[], sector: IsicDivision | undefined, weights: RecommenderWeights): RecommendationReason | undefined {
  if (sector === undefined || itemSectors.length === 0) return undefined;
  if (itemSectors.includes(sector)) return { code: "same-sector-division", sector, points: roundPoints(weights.sameDivision) };
  // Lowest division code first, so the reason does not depend on the order of the item's list.
  const ordered = [...itemSectors].sort();
  const group = weights.sectorGroups.find((candidate) => candidate.divisions.includes(sector));
  const related = group ? ordered.find((candidate) => group.divisions.includes(candidate)) : undefined;
  if (group && related) {
    return { code: "related-sector", sector, itemSector: related, group: group.id, points: roundPoints(weights.relatedSector) };
  }
  const section = isicSectionOf(sector);
  const sameSection = ordered.find((candidate) => isicSectionOf(candidate) === section);
  if (section !== undefined && sameSection) {
    return { code: "same-sector-section", section, itemSector: sameSection, points: roundPoints(weights.sameSection) };
  }
  return undefined;
}
