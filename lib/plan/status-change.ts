import type { PlanActionStatus } from "./plan-action";

/**
 * When an action counts as completed after a status change. Any status may follow any other (a
 * dropped action can be picked up again); entering "done" stamps the time, staying "done" keeps
 * the first stamp, and leaving "done" clears it, so "done since" never outlives the status.
 */
export function completedAtAfter(from: { status: PlanActionStatus; completedAt: Date | null }, to: PlanActionStatus, now: Date): Date | null {
  if (to !== "done") return null;
  return from.status === "done" && from.completedAt ? from.completedAt : now;
}
