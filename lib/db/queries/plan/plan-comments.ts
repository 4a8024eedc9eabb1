import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "../../client";
import { planComments, users } from "../../schema";
import { recordAuditEvent } from "../audit";

export type PlanCommentView = { id: string; assessmentId: string; dimensionId: string | null; body: string; authorName: string; createdAt: Date };

export type PlanCommentInput = {
  firmId: string;
  /** The assessment whose review page the comment was written on (the officer's access runs through it). */
  assessmentId: string;
  /** A dimension of the plan, or null for the plan as a whole. */
  dimensionId: string | null;
  body: string;
};

/**
 * Stores an officer's comment on a firm's improvement plan and audits it ("plan.commented") in one
 * transaction. The caller has passed requireReviewAccess for the assessment, and `firmId` is that
 * assessment's firm (taken from the guard, never from the form).
 */
export async function addPlanComment(input: PlanCommentInput, actor: Actor): Promise<{ id: string }> {
  return getDb().transaction(async (tx) => {
    const [comment] = await tx
      .insert(planComments)
      .values({ firmId: input.firmId, assessmentId: input.assessmentId, dimensionId: input.dimensionId, authorId: actor.id, body: input.body })
      .returning({ id: planComments.id });
    if (!comment) throw new Error("plan comment not stored");
    await recordAuditEvent(tx, {
      actor,
      action: "plan.commented",
      entityType: "firm",
      entityId: input.firmId,
      details: { commentId: comment.id, assessmentId: input.assessmentId, dimensionId: input.dimensionId },
    });
    return comment;
  });
}

/** Every comment on one firm's plan, oldest first, with its author's name. The caller may see the firm. */
export async function listPlanCommentsForFirm(firmId: string): Promise<PlanCommentView[]> {
  return getDb()
    .select({
      id: planComments.id,
      assessmentId: planComments.assessmentId,
      dimensionId: planComments.dimensionId,
      body: planComments.body,
      authorName: users.name,
      createdAt: planComments.createdAt,
    })
    .from(planComments)
    .innerJoin(users, eq(users.id, planComments.authorId))
    .where(eq(planComments.firmId, firmId))
    .orderBy(asc(planComments.createdAt), asc(planComments.id));
}
