import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import type { DimensionId, FactorId } from "@/lib/questionnaire/taxonomy";
import { maxLevel, minLevel, type QuestionnaireVersion } from "@/lib/questionnaire/version-schema";
import { bandForIndex, bandForScore } from "./bands";
import { defaultTargetLevel } from "./dimension-level";
import type {
  DimensionScore,
  FactorScore,
  IndicatorContribution,
  IndicatorLevel,
  ReadinessIndex,
  ScoringResult,
  TargetOrigin,
} from "./result-schema";
import { getVisibility } from "./visibility-memo";

/**
 * The factors the readiness index averages. The services module is scored and prioritised
 * but left out of the index, so that firms with and without services compare on the same
 * footing and switching the module on never moves the index (docs/scoring.md).
 */
export const indexFactorIds: readonly FactorId[] = ["people", "process", "technology"];
const indexFactors: ReadonlySet<FactorId> = new Set(indexFactorIds);

// Module-local copies of the scale, read once per indicator.
const lowestLevel = minLevel;
const highestLevel = maxLevel;

function isLevel(value: number): boolean {
  return Number.isInteger(value) && value >= lowestLevel && value <= highestLevel;
}

function readLevel(map: Readonly<Record<string, number>>, key: string, field: string): number | undefined {
  // Own keys only: an id such as "constructor" must not read Object.prototype.
  const value = Object.hasOwn(map, key) ? map[key] : undefined;
  if (value === undefined) return undefined;
  // A validated answer set never trips this; a bad level would put every score out of range.
  if (!isLevel(value)) throw new RangeError(`${field}.${key} is ${String(value)}, not a whole level from 0 to 5`);
  return value;
}

/**
 * Scores one assessment with its own questionnaire version. Expects an answer set that passes
 * validateAnswerSet in draft mode; throws a RangeError on a level or target outside 0–5.
 *
 * - Only visible dimensions and indicators count; hidden answers are ignored entirely.
 * - An unanswered visible indicator counts as level 0, so answering a question never lowers
 *   a score (a submitted assessment has none; `complete` says whether any remain).
 * - `targets` replaces answers.targets (e.g. targets a programme officer set); a dimension
 *   without one gets defaultTargetLevel(score): one whole level above its score.
 * - Dimension and factor scores are weighted means kept to 9 decimals; the index is rounded
 *   to one decimal. Formulas and examples: docs/scoring.md.
 */
export function scoreAssessment(
  version: QuestionnaireVersion,
  answers: AnswerSet,
  targets?: Readonly<Record<string, number>>,
): ScoringResult {
  const targetMap = targets ?? answers.targets;
  const targetOrigin: TargetOrigin = targets ? "given" : "answers";
  const targetField = targets ? "targets (given)" : "targets";

  const indicators: IndicatorLevel[] = [];
  const dimensions: DimensionScore[] = [];
  let complete = true;

  for (const { factorId, dimension, indicators: visibleIndicators } of getVisibility(version, answers).dimensions) {
    const dimensionId = dimension.id as DimensionId;
    let weightedSum = 0;
    let weights = 0;
    let answeredCount = 0;
    const contributions: IndicatorContribution[] = [];
    for (const indicator of visibleIndicators) {
      const level = readLevel(answers.levels, indicator.id, "levels");
      weights += indicator.weight;
      contributions.push({ indicatorId: indicator.id, level: level ?? null, weight: indicator.weight });
      if (level === undefined) {
        complete = false;
        continue;
      }
      weightedSum += level * indicator.weight;
      answeredCount += 1;
      indicators.push({ indicatorId: indicator.id, dimensionId, level, weight: indicator.weight });
    }
    const score = snapScore(weightedSum / weights);
    const chosenTarget = readLevel(targetMap, dimension.id, targetField);
    const target = chosenTarget ?? defaultTargetLevel(score, undefined);
    dimensions.push({
      dimensionId,
      factorId: factorId as FactorId,
      weight: dimension.weight,
      score,
      band: bandForScore(score),
      target: { level: target, origin: chosenTarget === undefined ? "default" : targetOrigin },
      gap: Math.max(0, target - score),
      answeredCount,
      indicatorCount: visibleIndicators.length,
      sources: { indicators: contributions },
    });
  }

  const factors = scoreFactors(dimensions);
  return { versionId: version.id, complete, indicators, dimensions, factors, index: computeIndex(factors) };
}

/** Dimensions arrive grouped by factor in questionnaire order (one section per factor). */
function scoreFactors(dimensions: readonly DimensionScore[]): FactorScore[] {
  const factors: FactorScore[] = [];
  let start = 0;
  while (start < dimensions.length) {
    const factorId = dimensions[start]!.factorId;
    let end = start;
    let weightedSum = 0;
    let weights = 0;
    const contributions: FactorScore["sources"]["dimensions"] = [];
    while (end < dimensions.length && dimensions[end]!.factorId === factorId) {
      const { dimensionId, score, weight } = dimensions[end]!;
      weightedSum += score * weight;
      weights += weight;
      contributions.push({ dimensionId, score, weight });
      end += 1;
    }
    const score = snapScore(weightedSum / weights);
    factors.push({ factorId, score, band: bandForScore(score), inIndex: indexFactors.has(factorId), sources: { dimensions: contributions } });
    start = end;
  }
  return factors;
}

function computeIndex(factors: readonly FactorScore[]): ReadinessIndex {
  const counted = factors.filter((factor) => factor.inIndex);
  let sum = 0;
  for (const factor of counted) sum += factor.score;
  const mean = counted.length === 0 ? 0 : sum / counted.length;
  const value = Math.min(100, Math.round((mean / highestLevel) * 1000) / 10);
  return {
    value,
    band: bandForIndex(value),
    sources: { factors: counted.map((factor) => ({ factorId: factor.factorId, score: factor.score })) },
  };
}

/** Scores are kept to this many decimals: far finer than any answer can move them. */
const scoreGrid = 1e9;

/**
 * Snaps a weighted mean to the 1e-9 grid. Float sums drift (8/3 + 4/3 comes out a hair off 4),
 * and a score of 3.9999999999 would otherwise fall into the band below and get a default
 * target one level too low. Rounding is monotone, so no score can drop when an answer rises.
 */
function snapScore(score: number): number {
  return Math.min(highestLevel, Math.max(lowestLevel, Math.round(score * scoreGrid) / scoreGrid));
}
