import { maxLevel } from "@/lib/questionnaire/version-schema";

/** Weighted mean of the answered indicators of a dimension (0–5), or null when none is answered. */
export function currentDimensionLevel(indicators: readonly { id: string; weight: number }[], levels: Readonly<Record<string, number>>): number | null {
  let weighted = 0;
  let weights = 0;
  for (const indicator of indicators) {
    const level = levels[indicator.id];
    if (level === undefined) continue;
    weighted += level * indicator.weight;
    weights += indicator.weight;
  }
  return weights === 0 ? null : weighted / weights;
}

/**
 * The target proposed before the firm chooses: the programme's target when it sets one, otherwise
 * one whole level above where the firm stands now (capped at the top of the scale).
 */
export function defaultTargetLevel(current: number | null, programmeTarget?: number): number {
  if (programmeTarget !== undefined) return programmeTarget;
  return Math.min(maxLevel, Math.floor(current ?? 0) + 1);
}
