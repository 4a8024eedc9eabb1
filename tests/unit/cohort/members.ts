import type { CohortMember, FactorScores } from "@/lib/cohort/cohort-members";

// Builders for cohort rows in unit tests.

export const factors = (people: number, process: number, technology: number, services: number | null = null): FactorScores => ({ people, process, technology, services });

export function member(overrides: Partial<CohortMember> & { firmId: string }): CohortMember {
  return {
    sector: "22",
    self: { readinessIndex: 50, readinessBand: "adopter", factorScores: factors(2.5, 2.5, 2.5), dimensionScores: { skills: 2.5 } },
    validated: null,
    priorityDimensionIds: [],
    ...overrides,
  };
}
