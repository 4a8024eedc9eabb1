// The improvement plan's action as the domain sees it: plain data, no database types. One plan per
// firm, carried across assessments (decision 023); a dimension is in the plan while it has an action.

export const planActionStatuses = ["planned", "in_progress", "done", "dropped"] as const;
export type PlanActionStatus = (typeof planActionStatuses)[number];

export type PlanAction = {
  id: string;
  firmId: string;
  dimensionId: string;
  title: string;
  notes: string | null;
  ownerUserId: string | null;
  /** The owner's display name, for readers that show it (null when nobody owns the action). */
  ownerName: string | null;
  /** Calendar days, "YYYY-MM-DD". */
  startsOn: string | null;
  dueOn: string | null;
  /** A whole amount in `currency` (ISO 4217). */
  estimatedCost: number | null;
  currency: string | null;
  instrumentId: string | null;
  suggestedFrom: string | null;
  status: PlanActionStatus;
  completedAt: Date | null;
  version: number;
  updatedAt: Date;
};

/** The actions of one dimension, in the order people read a plan: open work first, by due date. */
export function sortPlanActions(actions: readonly PlanAction[]): PlanAction[] {
  const statusOrder: Record<PlanActionStatus, number> = { in_progress: 0, planned: 1, done: 2, dropped: 3 };
  return [...actions].sort(
    (a, b) =>
      statusOrder[a.status] - statusOrder[b.status] ||
      (a.dueOn ?? "9999-12-31").localeCompare(b.dueOn ?? "9999-12-31") ||
      a.title.localeCompare(b.title) ||
      a.id.localeCompare(b.id),
  );
}
