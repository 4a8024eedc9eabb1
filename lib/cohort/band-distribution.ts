import { bandIds, type BandId } from "@/lib/scoring/bands";

// How many firms are in each readiness band: by their self-assessed index, and by the validated
// index for the approved ones. Every band is listed, empty ones with 0, in the bands' own order.

export type BandCount = { bandId: BandId; self: number; validated: number };

export function bandDistributionFromCounts(self: ReadonlyMap<string, number>, validated: ReadonlyMap<string, number>): BandCount[] {
  return bandIds.map((bandId) => ({ bandId, self: self.get(bandId) ?? 0, validated: validated.get(bandId) ?? 0 }));
}

function countBands(bands: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const band of bands) counts.set(band, (counts.get(band) ?? 0) + 1);
  return counts;
}

export function bandDistribution(selfBands: readonly string[], validatedBands: readonly string[]): BandCount[] {
  return bandDistributionFromCounts(countBands(selfBands), countBands(validatedBands));
}
