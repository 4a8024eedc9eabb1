// The programme's demand view (issue 20): what the cohort's firms plan to do, from their
// improvement-plan actions, to size an agency's support. Pure over plain rows; the database
// computes the same figures (lib/db/queries/cohort-plan-demand.ts) and the integration test
// compares the two. A dropped action is no plan: it counts only in the status tally.
import { planActionStatuses, type PlanActionStatus } from "@/lib/plan/plan-action";

export type PlanDemandRow = {
  firmId: string;
  dimensionId: string;
  instrumentId: string | null;
  status: PlanActionStatus;
  estimatedCost: number | null;
  currency: string | null;
};

/** Firms with at least one live action, and those actions, per dimension or per instrument. */
export type DemandCount = { firms: number; actions: number };
export type DimensionDemand = DemandCount & { dimensionId: string };
export type InstrumentDemand = DemandCount & { instrumentId: string };
/** Planned cost of live actions with a cost, summed per instrument (null: no instrument named) and currency. */
export type CostDemand = { instrumentId: string | null; currency: string; total: number; actions: number };

export type PlanDemand = {
  /** Firms with at least one action that is not dropped. */
  firmsWithPlan: number;
  /** Most firms first, then most actions, then id. */
  dimensions: DimensionDemand[];
  /** Most firms first, then most actions, then id. */
  instruments: InstrumentDemand[];
  /** Every action, dropped included, by status. */
  statuses: Record<PlanActionStatus, number>;
  /** By instrument (named ones by id, then none), then currency. */
  costs: CostDemand[];
};

const byDemand = <T extends DemandCount>(id: (item: T) => string) => (a: T, b: T) => b.firms - a.firms || b.actions - a.actions || id(a).localeCompare(id(b));

/** The figures in their reading order; the database's rows pass through here too. */
export function sortPlanDemand(demand: PlanDemand): PlanDemand {
  return {
    ...demand,
    dimensions: [...demand.dimensions].sort(byDemand((d) => d.dimensionId)),
    instruments: [...demand.instruments].sort(byDemand((i) => i.instrumentId)),
    costs: [...demand.costs].sort(
      (a, b) => (a.instrumentId === null ? 1 : 0) - (b.instrumentId === null ? 1 : 0) || (a.instrumentId ?? "").localeCompare(b.instrumentId ?? "") || a.currency.localeCompare(b.currency),
    ),
  };
}

export function emptyStatusCounts(): Record<PlanActionStatus, number> {
  return Object.fromEntries(planActionStatuses.map((status) => [status, 0])) as Record<PlanActionStatus, number>;
}

function tally(groups: Map<string, { firms: Set<string>; actions: number }>, key: string, firmId: string): void {
  const group = groups.get(key) ?? { firms: new Set<string>(), actions: 0 };
  group.firms.add(firmId);
  group.actions += 1;
  groups.set(key, group);
}

export function computePlanDemand(rows: readonly PlanDemandRow[]): PlanDemand {
  const statuses = emptyStatusCounts();
  const firms = new Set<string>();
  const dimensions = new Map<string, { firms: Set<string>; actions: number }>();
  const instruments = new Map<string, { firms: Set<string>; actions: number }>();
  const costs = new Map<string, CostDemand>();
  for (const row of rows) {
    statuses[row.status] += 1;
    if (row.status === "dropped") continue;
    firms.add(row.firmId);
    tally(dimensions, row.dimensionId, row.firmId);
    if (row.instrumentId !== null) tally(instruments, row.instrumentId, row.firmId);
    if (row.estimatedCost !== null && row.currency !== null) {
      const key = JSON.stringify([row.instrumentId, row.currency]);
      const cost = costs.get(key) ?? { instrumentId: row.instrumentId, currency: row.currency, total: 0, actions: 0 };
      cost.total += row.estimatedCost;
      cost.actions += 1;
      costs.set(key, cost);
    }
  }
  const counts = <K extends string>(groups: Map<string, { firms: Set<string>; actions: number }>, name: K) =>
    [...groups].map(([id, group]) => ({ [name]: id, firms: group.firms.size, actions: group.actions }) as DemandCount & Record<K, string>);
  return sortPlanDemand({
    firmsWithPlan: firms.size,
    dimensions: counts(dimensions, "dimensionId"),
    instruments: counts(instruments, "instrumentId"),
    statuses,
    costs: [...costs.values()],
  });
}
