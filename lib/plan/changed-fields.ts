import type { PlanActionStatus } from "./plan-action";

/** What an action stores that a person edits: the audit log records these before and after. */
export type StoredPlanFields = {
  dimensionId: string;
  title: string;
  notes: string | null;
  ownerUserId: string | null;
  startsOn: string | null;
  dueOn: string | null;
  estimatedCost: number | null;
  currency: string | null;
  instrumentId: string | null;
  status: PlanActionStatus;
};

const fieldOrder: readonly (keyof StoredPlanFields)[] = ["dimensionId", "title", "notes", "ownerUserId", "startsOn", "dueOn", "estimatedCost", "currency", "instrumentId", "status"];

/** The fields whose value differs, in the form's order (empty: saving changes nothing). */
export function changedPlanFields(before: StoredPlanFields, after: StoredPlanFields): (keyof StoredPlanFields)[] {
  return fieldOrder.filter((field) => before[field] !== after[field]);
}
