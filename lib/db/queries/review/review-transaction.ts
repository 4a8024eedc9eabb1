import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { AuditEventInput } from "../audit";
import type { Actor } from "@/lib/auth/actor";
import { decideReviewTransition, type ReviewAction, type ReviewRefusal } from "@/lib/assessments/lifecycle";
import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import { reviewAuditActions } from "@/lib/review/history";
import { getDb, type Executor } from "../../client";
import { assessmentRevisions, assessments, type AssessmentStatus } from "../../schema";
import { recordAuditEvent } from "../audit";
import { notifyAssessmentEvent, type AssessmentEvent } from "../notifications";

// The one skeleton of every review command: in one transaction, lock the assessment row (as
// submitCurrentRevision does), ask lib/assessments whether the action is allowed in its state, let
// the command write its change, move the status, record the audit event and notify. Of two officers
// acting at once one decides and the other is refused with the reason, having changed nothing.

export type ReviewOutcome =
  | { kind: "done"; from: AssessmentStatus; to: AssessmentStatus }
  | { kind: "refused"; refusal: ReviewRefusal | "not-found" | CommandRefusal };

/** A command's own refusals, decided under the lock before it writes. */
export type CommandRefusal = "unknown-indicator" | "unknown-dimension" | "justification-required" | "nothing-to-confirm";

export type Transaction = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

export type LockedReview = {
  assessmentId: string;
  status: AssessmentStatus;
  programmeId: string | null;
  latestSubmittedRevision: number | null;
  revision: { id: string; number: number; questionnaireVersionId: string; contentHash: string; answers: AnswerSet };
};

/** What a command wrote, for the skeleton to finish with: the audit event's reason and details, the status columns, the notification. */
export type ReviewWrite = {
  audit: Pick<AuditEventInput, "reason" | "details">;
  /** Set with the status (a return opens the next revision). */
  currentRevision?: number;
  notify?: AssessmentEvent;
};

const auditActionOf: Record<ReviewAction, AuditEventInput["action"]> = {
  validate: reviewAuditActions.validated,
  comment: reviewAuditActions.commented,
  approve: reviewAuditActions.approved,
  return: reviewAuditActions.returned,
};

/** Runs `write` under the review lock. `write` returns what it wrote, or a refusal, which it must decide before writing anything (a refusal commits the transaction as it is). */
export function runReviewCommand(
  target: { assessmentId: string; revisionNumber: number },
  action: ReviewAction,
  actor: Actor,
  write: (tx: Transaction, locked: LockedReview) => Promise<ReviewWrite | { refused: CommandRefusal }>,
): Promise<ReviewOutcome> {
  return getDb().transaction(async (tx) => {
    const [assessment] = await tx
      .select({ status: assessments.status, programmeId: assessments.programmeId, latestSubmittedRevision: assessments.latestSubmittedRevision })
      .from(assessments)
      .where(eq(assessments.id, target.assessmentId))
      .for("update");
    if (!assessment) return { kind: "refused", refusal: "not-found" };
    const transition = decideReviewTransition(assessment, action, target.revisionNumber);
    if (!transition.allowed) return { kind: "refused", refusal: transition.refusal };
    const [revision] = await tx
      .select({
        id: assessmentRevisions.id,
        number: assessmentRevisions.number,
        questionnaireVersionId: assessmentRevisions.questionnaireVersionId,
        contentHash: assessmentRevisions.contentHash,
        answers: sql<AnswerSet>`${assessmentRevisions.answers}`,
      })
      .from(assessmentRevisions)
      .where(and(eq(assessmentRevisions.assessmentId, target.assessmentId), eq(assessmentRevisions.number, target.revisionNumber)));
    if (!revision) return { kind: "refused", refusal: "not-found" };

    const { from, to } = transition;
    const written = await write(tx, { assessmentId: target.assessmentId, ...assessment, revision });
    if ("refused" in written) return { kind: "refused", refusal: written.refused };
    await moveStatus(tx, target.assessmentId, from, to, written.currentRevision);
    await recordAuditEvent(tx, { actor, action: auditActionOf[action], entityType: "assessment", entityId: target.assessmentId, fromState: from, toState: to, ...written.audit });
    if (written.notify) await notifyAssessmentEvent(tx, written.notify);
    return { kind: "done", from, to };
  });
}

async function moveStatus(tx: Executor, assessmentId: string, from: AssessmentStatus, to: AssessmentStatus, currentRevision?: number) {
  if (from === to && currentRevision === undefined) return;
  await tx
    .update(assessments)
    .set({ status: to, updatedAt: new Date(), ...(currentRevision === undefined ? {} : { currentRevision }) })
    .where(eq(assessments.id, assessmentId));
}
