import "server-only";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import type { ReturnedFeedback } from "@/lib/review/returned-feedback";
import { getDb } from "../../client";
import { assessmentRevisions, assessments, firmMemberships, indicatorValidations, reviewComments, reviewDecisions } from "../../schema";

/**
 * The officer's feedback on a returned assessment (the reason, the comments and the validations of
 * the returned revision, with its answers), only for a manager of the assessment's firm: anyone
 * else, or an assessment that is not returned, gets null. The firm's pages call it after
 * requireAssessmentAccess(id, "edit"); the membership join keeps it safe on its own.
 */
export async function getReturnedFeedbackForMember(userId: string, assessmentId: string): Promise<ReturnedFeedback | null> {
  const db = getDb();
  const [decision] = await db
    .select({
      revisionId: reviewDecisions.revisionId,
      revisionNumber: assessmentRevisions.number,
      decision: reviewDecisions.decision,
      reason: reviewDecisions.reason,
      decidedAt: reviewDecisions.decidedAt,
      answers: sql<AnswerSet>`${assessmentRevisions.answers}`,
    })
    .from(reviewDecisions)
    .innerJoin(assessments, eq(assessments.id, reviewDecisions.assessmentId))
    .innerJoin(firmMemberships, and(eq(firmMemberships.firmId, assessments.firmId), eq(firmMemberships.userId, userId), isNull(firmMemberships.removedAt)))
    .innerJoin(assessmentRevisions, eq(assessmentRevisions.id, reviewDecisions.revisionId))
    .where(and(eq(reviewDecisions.assessmentId, assessmentId), eq(assessments.status, "returned")))
    .orderBy(desc(assessmentRevisions.number))
    .limit(1);
  if (!decision || decision.decision !== "returned") return null;
  const [comments, validations] = await Promise.all([
    db
      .select({ id: reviewComments.id, dimensionId: reviewComments.dimensionId, body: reviewComments.body, createdAt: reviewComments.createdAt })
      .from(reviewComments)
      .where(eq(reviewComments.revisionId, decision.revisionId))
      .orderBy(asc(reviewComments.createdAt), asc(reviewComments.id)),
    db
      .select({
        indicatorId: indicatorValidations.indicatorId,
        validatedLevel: indicatorValidations.validatedLevel,
        justification: indicatorValidations.justification,
        validatedAt: indicatorValidations.validatedAt,
      })
      .from(indicatorValidations)
      .where(eq(indicatorValidations.revisionId, decision.revisionId))
      .orderBy(asc(indicatorValidations.indicatorId)),
  ]);
  return {
    revisionNumber: decision.revisionNumber,
    reason: decision.reason ?? "",
    decidedAt: decision.decidedAt,
    answers: decision.answers,
    comments,
    validations,
  };
}
