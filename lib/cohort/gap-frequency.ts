import { dimensionIds } from "@/lib/questionnaire/taxonomy";

// The most common priority gaps: how many firms of the cohort have each dimension among their
// focus areas (the top priority gaps stored with the submission), and how many rank it first.

export type GapFrequency = {
  dimensionId: string;
  /** Firms with this dimension among their focus areas. */
  firms: number;
  /** Those firms as a share (0–1) of every firm in the cohort. */
  share: number;
  /** Firms for which it is the most urgent focus area. */
  firstPriority: number;
};

const taxonomyOrder = (id: string) => {
  const position = dimensionIds.indexOf(id as (typeof dimensionIds)[number]);
  return position === -1 ? dimensionIds.length : position;
};

/** Most common first; ties by how often first, then in questionnaire order. */
export function rankGapFrequencies(counts: readonly { dimensionId: string; firms: number; firstPriority: number }[], cohortSize: number): GapFrequency[] {
  return counts
    .map((c) => ({ ...c, share: cohortSize === 0 ? 0 : c.firms / cohortSize }))
    .sort((a, b) => b.firms - a.firms || b.firstPriority - a.firstPriority || taxonomyOrder(a.dimensionId) - taxonomyOrder(b.dimensionId) || (a.dimensionId < b.dimensionId ? -1 : 1));
}

export function gapFrequencies(focusAreasPerFirm: readonly (readonly string[])[]): GapFrequency[] {
  const counts = new Map<string, { dimensionId: string; firms: number; firstPriority: number }>();
  for (const focusAreas of focusAreasPerFirm) {
    focusAreas.forEach((dimensionId, position) => {
      const count = counts.get(dimensionId) ?? { dimensionId, firms: 0, firstPriority: 0 };
      count.firms += 1;
      if (position === 0) count.firstPriority += 1;
      counts.set(dimensionId, count);
    });
  }
  return rankGapFrequencies([...counts.values()], focusAreasPerFirm.length);
}
