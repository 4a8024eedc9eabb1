import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import { maxLevel } from "@/lib/questionnaire/version-schema";
import { challengeIds, isicSectionOf, type ChallengeId, type DimensionId } from "@/lib/questionnaire/taxonomy";
import type { QuestionnaireVersion } from "@/lib/questionnaire/version-schema";
import { priorityWeights } from "./priority-weights";
import type { PriorityWeights, SectorRelevance } from "./priority-weights-schema";
import type { DimensionScore, PriorityRanking, PriorityReason, RankedDimension, ScoringResult } from "./result-schema";
import { getVisibility } from "./visibility-memo";

/** The profile questions priorities read (ids shared by every version so far). */
export const sectorQuestionId = "sector";
export const challengesQuestionId = "challenges";

/** Priorities are reported and compared at 4 decimals, so float noise never reorders a tie. */
const priorityGrid = 1e4;

type Working = {
  dimension: DimensionScore;
  order: number;
  sectorMultiplier: number;
  challenges: ChallengeId[];
  need: number;
  base: number;
  boost: number;
  deferredBy: Array<{ prerequisite: DimensionId; requiredLevel: number }>;
  prerequisiteOf: Array<{ dimension: DimensionId; requiredLevel: number }>;
};

/**
 * Ranks the visible dimensions of a scored assessment (docs/scoring.md, "Priorities"):
 *
 *   need     = gap to a chosen target; without one (default target), maxLevel − current when there is a gap
 *   base     = need × sector multiplier × (1 + challengeBonus × matching challenges)
 *   priority = (base + prerequisiteBoost × Σ base of dependents it holds back) × (deferFactor if it awaits a weak prerequisite)
 *
 * Ties keep questionnaire order. Reasons are codes; describeReason renders them in English.
 */
export function rankPriorities(
  version: QuestionnaireVersion,
  answers: AnswerSet,
  scoring: ScoringResult,
  weights: PriorityWeights = priorityWeights,
): PriorityRanking {
  if (scoring.versionId !== version.id) {
    throw new Error(`Scores of version "${scoring.versionId}" cannot be ranked with version "${version.id}"`);
  }
  const { profileQuestionIds } = getVisibility(version, answers);
  // A hidden question's answer is kept in the draft but must not steer priorities.
  const readProfile = (id: string) => (profileQuestionIds.has(id) && Object.hasOwn(answers.profile, id) ? answers.profile[id] : undefined);
  const sectorValue = readProfile(sectorQuestionId);
  const sector = typeof sectorValue === "string" ? sectorValue : undefined;
  const group = sector === undefined ? undefined : findSectorGroup(weights.sectors, sector);
  const challenges = readChallenges(readProfile(challengesQuestionId));

  const working = new Map<DimensionId, Working>();
  scoring.dimensions.forEach((dimension, order) => {
    const sectorMultiplier = group?.multipliers[dimension.dimensionId] ?? 1;
    const matching = challenges.filter((challenge) => weights.challenges[challenge].includes(dimension.dimensionId));
    const challengeMultiplier = 1 + weights.challengeBonus * matching.length;
    const need = needOf(dimension);
    working.set(dimension.dimensionId, {
      dimension,
      order,
      sectorMultiplier,
      challenges: matching,
      need,
      base: need * sectorMultiplier * challengeMultiplier,
      boost: 0,
      deferredBy: [],
      prerequisiteOf: [],
    });
  });

  for (const edge of weights.prerequisites) {
    const dependent = working.get(edge.dimension);
    const prerequisite = working.get(edge.requires);
    // Only a dimension the firm wants to move (a gap) can be held back by its prerequisite.
    if (!dependent || !prerequisite || dependent.base === 0) continue;
    const requiredLevel = Math.min(edge.level, dependent.dimension.target.level);
    if (prerequisite.dimension.score >= requiredLevel) continue;
    dependent.deferredBy.push({ prerequisite: edge.requires, requiredLevel });
    prerequisite.prerequisiteOf.push({ dimension: edge.dimension, requiredLevel });
    prerequisite.boost += weights.prerequisiteBoost * dependent.base;
  }

  const ranked = [...working.values()]
    .map((item) => ({ item, priority: roundPriority((item.base + item.boost) * (item.deferredBy.length > 0 ? weights.deferFactor : 1)) }))
    .sort((a, b) => b.priority - a.priority || a.item.order - b.item.order)
    .map(({ item, priority }, index): RankedDimension => ({
      dimensionId: item.dimension.dimensionId,
      factorId: item.dimension.factorId,
      rank: index + 1,
      priority,
      current: item.dimension.score,
      target: item.dimension.target.level,
      gap: item.dimension.gap,
      need: roundPriority(item.need),
      sectorMultiplier: item.sectorMultiplier,
      challengeMultiplier: 1 + weights.challengeBonus * item.challenges.length,
      deferred: item.deferredBy.length > 0,
      reasons: listReasons(item, sector, working),
    }));

  return {
    focusAreas: ranked.filter((item) => item.priority > 0).slice(0, weights.focusAreaCount),
    ranking: ranked,
  };
}

/**
 * What a dimension's priority starts from. A chosen target (the firm's or the programme's) says
 * how far the firm means to go, so its gap counts. A default target is always "one level up", so
 * every gap is 1 (or a fraction of it) and says nothing about urgency: a Leader at 4.0 would tie a
 * Newcomer at 1.0. Without a chosen target the distance to the top of the scale counts instead,
 * so the lowest levels lead and sector and challenges reorder neighbours (issue 17).
 */
function needOf(dimension: DimensionScore): number {
  if (dimension.gap <= 0) return 0;
  return dimension.target.origin === "default" ? maxLevel - dimension.score : dimension.gap;
}

function findSectorGroup(groups: readonly SectorRelevance[], division: string): SectorRelevance | undefined {
  const section = isicSectionOf(division);
  return (
    groups.find((group) => group.divisions.includes(division)) ??
    (section === undefined ? undefined : groups.find((group) => group.sections.includes(section)))
  );
}

/** Known challenge ids in taxonomy order, so the order the firm ticked them changes nothing. */
function readChallenges(value: unknown): ChallengeId[] {
  if (!Array.isArray(value)) return [];
  return challengeIds.filter((id) => value.includes(id));
}

function listReasons(item: Working, sector: string | undefined, working: ReadonlyMap<DimensionId, Working>): PriorityReason[] {
  const reasons: PriorityReason[] = [];
  const { dimension } = item;
  // Sector and challenges only act through the gap, so they explain nothing when there is none.
  if (item.base > 0) {
    reasons.push({ code: "gap", gap: dimension.gap, current: dimension.score, target: dimension.target.level });
    if (dimension.target.origin === "default") reasons.push({ code: "low-level", current: dimension.score, need: roundPriority(item.need) });
    if (sector !== undefined && item.sectorMultiplier !== 1) reasons.push({ code: "sector", sector, multiplier: item.sectorMultiplier });
    for (const challenge of item.challenges) reasons.push({ code: "challenge", challenge });
  }
  const byOrder = (a: { dimension: DimensionId }, b: { dimension: DimensionId }) =>
    (working.get(a.dimension)?.order ?? 0) - (working.get(b.dimension)?.order ?? 0);
  for (const { dimension: dependent, requiredLevel } of [...item.prerequisiteOf].sort(byOrder)) {
    reasons.push({ code: "prerequisite-of", dimension: dependent, requiredLevel });
  }
  const deferredBy = [...item.deferredBy].sort((a, b) => byOrder({ dimension: a.prerequisite }, { dimension: b.prerequisite }));
  for (const { prerequisite, requiredLevel } of deferredBy) {
    reasons.push({ code: "awaits-prerequisite", prerequisite, requiredLevel });
  }
  return reasons;
}

function roundPriority(value: number): number {
  return Math.round(value * priorityGrid) / priorityGrid;
}
