import { describe, expect, it } from "vitest";
import { computePlanDemand, type PlanDemandRow } from "@/lib/cohort/plan-demand";

const row = (firmId: string, dimensionId: string, more: Partial<PlanDemandRow> = {}): PlanDemandRow => ({
  firmId,
  dimensionId,
  instrumentId: null,
  status: "planned",
  estimatedCost: null,
  currency: null,
  ...more,
});

describe("computePlanDemand", () => {
  it("is empty, with every status at zero, for a cohort without plans", () => {
    expect(computePlanDemand([])).toEqual({ firmsWithPlan: 0, dimensions: [], instruments: [], statuses: { planned: 0, in_progress: 0, done: 0, dropped: 0 }, costs: [] });
  });

  it("counts firms and actions per dimension and instrument, statuses over every action, and cost per instrument and currency (hand-computed)", () => {
    const rows = [
      // Firm A: two skills actions on the fund, one automation action on the vouchers.
      row("A", "skills", { instrumentId: "fund", status: "in_progress", estimatedCost: 100, currency: "MYR" }),
      row("A", "skills", { instrumentId: "fund", status: "done", estimatedCost: 50, currency: "MYR" }),
      row("A", "automation", { instrumentId: "vouchers", estimatedCost: 20, currency: "USD" }),
      // Firm B: one skills action on the fund, one without an instrument but with a cost.
      row("B", "skills", { instrumentId: "fund", estimatedCost: 30, currency: "MYR" }),
      row("B", "operations", { estimatedCost: 5, currency: "MYR" }),
      // Firm C: only a dropped action: no plan, but the status tally counts it.
      row("C", "automation", { instrumentId: "vouchers", status: "dropped", estimatedCost: 999, currency: "MYR" }),
    ];
    expect(computePlanDemand(rows)).toEqual({
      firmsWithPlan: 2,
      dimensions: [
        { dimensionId: "skills", firms: 2, actions: 3 },
        { dimensionId: "automation", firms: 1, actions: 1 },
        { dimensionId: "operations", firms: 1, actions: 1 },
      ],
      instruments: [
        { instrumentId: "fund", firms: 2, actions: 3 },
        { instrumentId: "vouchers", firms: 1, actions: 1 },
      ],
      statuses: { planned: 3, in_progress: 1, done: 1, dropped: 1 },
      costs: [
        { instrumentId: "fund", currency: "MYR", total: 180, actions: 3 },
        { instrumentId: "vouchers", currency: "USD", total: 20, actions: 1 },
        { instrumentId: null, currency: "MYR", total: 5, actions: 1 },
      ],
    });
  });

  it("breaks ties by actions, then by id", () => {
    const demand = computePlanDemand([row("A", "b-dim"), row("A", "b-dim"), row("B", "a-dim"), row("C", "c-dim")]);
    expect(demand.dimensions.map((d) => d.dimensionId)).toEqual(["b-dim", "a-dim", "c-dim"]);
  });
});
