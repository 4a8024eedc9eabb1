import { factorIds, type FactorId } from "@/lib/questionnaire/taxonomy";
import type { CohortMember } from "./cohort-members";
import { mean } from "./statistics";

// The sector × factor heat map: the mean self-assessed factor score (0–5) of the firms of each
// sector, with how many firms each mean is over (services only counts firms that offer them).

export type HeatMapCell = { factorId: FactorId; n: number; mean: number | null };
export type HeatMapRow = { sector: string; firms: number; cells: HeatMapCell[] };

/** Rows sorted by sector code, as the SQL orders them. */
export function sortHeatMapRows(rows: HeatMapRow[]): HeatMapRow[] {
  return rows.sort((a, b) => (a.sector < b.sector ? -1 : a.sector > b.sector ? 1 : 0));
}

export function sectorFactorHeatMap(members: readonly CohortMember[]): HeatMapRow[] {
  const bySector = new Map<string, CohortMember[]>();
  for (const member of members) bySector.set(member.sector, [...(bySector.get(member.sector) ?? []), member]);
  return sortHeatMapRows(
    [...bySector.entries()].map(([sector, list]) => ({
      sector,
      firms: list.length,
      cells: factorIds.map((factorId) => {
        const scores = list.map((m) => m.self.factorScores[factorId]).filter((s): s is number => s !== null);
        return { factorId, n: scores.length, mean: mean(scores) };
      }),
    })),
  );
}
