import { dimensionIds } from "@/lib/questionnaire/taxonomy";
import type { CohortMember } from "./cohort-members";
import { spreadOf, type Spread } from "./statistics";

// The cohort radar: per dimension, the mean and the 25–75 % band of the firms' dimension scores,
// self-assessed (every firm that scored the dimension) and validated (approved firms only), for
// every dimension of the taxonomy (lib/questionnaire/taxonomy.ts) that at least one firm scored.

export type RadarAxis = { dimensionId: string; self: Spread | null; validated: Spread | null };

const taxonomyOrder = (id: string) => {
  const position = dimensionIds.indexOf(id as (typeof dimensionIds)[number]);
  return position === -1 ? dimensionIds.length : position;
};

/** The axes in questionnaire order; a dimension nobody scored (services in a cohort without services firms) has no axis. */
export function radarAxesFrom(self: ReadonlyMap<string, Spread>, validated: ReadonlyMap<string, Spread>): RadarAxis[] {
  return [...self.keys()]
    .sort((a, b) => taxonomyOrder(a) - taxonomyOrder(b) || (a < b ? -1 : 1))
    .map((dimensionId) => ({ dimensionId, self: self.get(dimensionId) ?? null, validated: validated.get(dimensionId) ?? null }));
}

/** Scores per dimension of the taxonomy (an id no questionnaire defines is not an axis). */
function spreadsByDimension(scoreMaps: readonly Readonly<Record<string, number>>[]): Map<string, Spread> {
  const values = new Map<string, number[]>();
  for (const scores of scoreMaps) {
    for (const dimensionId of dimensionIds) {
      const score = scores[dimensionId];
      if (score !== undefined) values.set(dimensionId, [...(values.get(dimensionId) ?? []), score]);
    }
  }
  return new Map([...values.entries()].map(([dimensionId, list]) => [dimensionId, spreadOf(list)!]));
}

export function cohortRadar(members: readonly CohortMember[]): RadarAxis[] {
  return radarAxesFrom(
    spreadsByDimension(members.map((m) => m.self.dimensionScores)),
    spreadsByDimension(members.flatMap((m) => (m.validated ? [m.validated.dimensionScores] : []))),
  );
}
