import type { PlanAction } from "@/lib/plan/plan-action";

let next = 0;

/** A plan action with every optional field empty; tests set what they are about. */
export function planAction(overrides: Partial<PlanAction> & Pick<PlanAction, "dimensionId" | "title">): PlanAction {
  next += 1;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, "0")}`,
    firmId: "firm-1",
    notes: null,
    ownerUserId: null,
    ownerName: null,
    startsOn: null,
    dueOn: null,
    estimatedCost: null,
    currency: null,
    instrumentId: null,
    suggestedFrom: null,
    status: "planned",
    completedAt: null,
    version: 1,
    updatedAt: new Date("2026-01-01T00:00:00Z"),
    ...overrides,
  };
}
