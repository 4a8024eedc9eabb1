import "server-only";
import { asc, eq } from "drizzle-orm";
import type { PlanAction } from "@/lib/plan/plan-action";
import { getDb } from "../../client";
import { planActions, users } from "../../schema";

/**
 * Every action of one firm's improvement plan, with the owner's name. Callers have passed a guard
 * that lets the reader see this firm (a member, or an officer of a programme the firm submitted to).
 */
export async function listPlanActionsForFirm(firmId: string): Promise<PlanAction[]> {
  const rows = await getDb()
    .select({
      id: planActions.id,
      firmId: planActions.firmId,
      dimensionId: planActions.dimensionId,
      title: planActions.title,
      notes: planActions.notes,
      ownerUserId: planActions.ownerUserId,
      ownerName: users.name,
      startsOn: planActions.startsOn,
      dueOn: planActions.dueOn,
      estimatedCost: planActions.estimatedCost,
      currency: planActions.currency,
      instrumentId: planActions.instrumentId,
      suggestedFrom: planActions.suggestedFrom,
      status: planActions.status,
      completedAt: planActions.completedAt,
      version: planActions.version,
      updatedAt: planActions.updatedAt,
    })
    .from(planActions)
    .leftJoin(users, eq(users.id, planActions.ownerUserId))
    .where(eq(planActions.firmId, firmId))
    .orderBy(asc(planActions.dimensionId), asc(planActions.createdAt), asc(planActions.id));
  return rows;
}
