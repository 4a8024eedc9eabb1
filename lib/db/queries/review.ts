import "server-only";
import { and, asc, desc, eq, lt, sql } from "drizzle-orm";
import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import { getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { buildReviewHistory, reviewAuditActions, type AuditEventRecord, type HistoryEntry } from "@/lib/review/history";
import { findReviewableIndicator, isReviewableDimension } from "@/lib/review/reviewable-items";
import { decideReviewTransition, type ReviewAction, type ReviewRefusal } from "@/lib/assessments/lifecycle";
import { scoreValidatedSubmission } from "@/lib/review/validated-scores";
import { getDb, type Executor } from "../client";
import {
  assessmentRevisions,
  assessments,
  auditEvents,
  firms,
  indicatorValidations,
  programmes,
  reviewComments,
  reviewDecisions,
  users,
  type AssessmentStatus,
  type ReviewDecisionKind,
  type StoredScores,
} from "../schema";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "./audit";
import { validatedScoreColumns } from "./validated-score-columns";
import { notifyAssessmentEvent } from "./notifications";

// Everything the officer review reads and writes. Each state change runs in one transaction that
// locks the assessment row first (as submitCurrentRevision does), asks lib/review whether the action
// is allowed, writes the change and its audit event, so of two officers acting at once one decides
// and the other is refused with the reason, having changed nothing.

export type ReviewOutcome =
  | { kind: "done"; from: AssessmentStatus; to: AssessmentStatus }
  | { kind: "refused"; refusal: ReviewRefusal | "not-found" | "unknown-indicator" | "unknown-dimension" };

type Transaction = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

type LockedReview = {
  status: AssessmentStatus;
  programmeId: string | null;
  latestSubmittedRevision: number | null;
  revision: { id: string; number: number; questionnaireVersionId: string; contentHash: string; answers: AnswerSet };
};

/**
 * Locks the assessment row and checks the action against its state. Returns the revision under
 * review with the transition, or the refusal.
 */
async function lockForReview(
  tx: Transaction,
  assessmentId: string,
  action: ReviewAction,
  revisionNumber: number,
): Promise<{ ok: true; locked: LockedReview; from: AssessmentStatus; to: AssessmentStatus } | { ok: false; outcome: ReviewOutcome }> {
  const [assessment] = await tx
    .select({ status: assessments.status, programmeId: assessments.programmeId, latestSubmittedRevision: assessments.latestSubmittedRevision })
    .from(assessments)
    .where(eq(assessments.id, assessmentId))
    .for("update");
  if (!assessment) return { ok: false, outcome: { kind: "refused", refusal: "not-found" } };
  const transition = decideReviewTransition(assessment, action, revisionNumber);
  if (!transition.allowed) return { ok: false, outcome: { kind: "refused", refusal: transition.refusal } };
  const [revision] = await tx
    .select({
      id: assessmentRevisions.id,
      number: assessmentRevisions.number,
      questionnaireVersionId: assessmentRevisions.questionnaireVersionId,
      contentHash: assessmentRevisions.contentHash,
      answers: sql<AnswerSet>`${assessmentRevisions.answers}`,
    })
    .from(assessmentRevisions)
    .where(and(eq(assessmentRevisions.assessmentId, assessmentId), eq(assessmentRevisions.number, revisionNumber)));
  if (!revision) return { ok: false, outcome: { kind: "refused", refusal: "not-found" } };
  return { ok: true, locked: { ...assessment, revision }, from: transition.from, to: transition.to };
}

function questionnaireOf(versionId: string) {
  const questionnaire = getPublishedQuestionnaire(versionId);
  if (!questionnaire) throw new Error(`questionnaire ${versionId} is not shipped`);
  return questionnaire;
}

async function moveStatus(tx: Executor, assessmentId: string, from: AssessmentStatus, to: AssessmentStatus, extra: { currentRevision?: number } = {}) {
  if (from === to && extra.currentRevision === undefined) return;
  await tx
    .update(assessments)
    .set({ status: to, updatedAt: new Date(), ...extra })
    .where(eq(assessments.id, assessmentId));
}

export type ValidationInput = { assessmentId: string; revisionNumber: number; indicatorId: string; level: number; justification: string };

/** Sets (or changes) the officer's validated level of one indicator; the first review action opens the review. */
export async function setIndicatorValidation(input: ValidationInput, actor: Actor): Promise<ReviewOutcome> {
  return getDb().transaction(async (tx) => {
    const lock = await lockForReview(tx, input.assessmentId, "validate", input.revisionNumber);
    if (!lock.ok) return lock.outcome;
    const { locked, from, to } = lock;
    const indicator = findReviewableIndicator(questionnaireOf(locked.revision.questionnaireVersionId).structure, locked.revision.answers, input.indicatorId);
    if (!indicator) return { kind: "refused", refusal: "unknown-indicator" };

    const [previous] = await tx
      .select({ level: indicatorValidations.validatedLevel })
      .from(indicatorValidations)
      .where(and(eq(indicatorValidations.revisionId, locked.revision.id), eq(indicatorValidations.indicatorId, input.indicatorId)));
    const now = new Date();
    const values = { validatedLevel: input.level, justification: input.justification, validatedBy: actor.id, validatedAt: now };
    await tx
      .insert(indicatorValidations)
      .values({ revisionId: locked.revision.id, indicatorId: input.indicatorId, assessmentId: input.assessmentId, ...values })
      .onConflictDoUpdate({ target: [indicatorValidations.revisionId, indicatorValidations.indicatorId], set: values });
    await moveStatus(tx, input.assessmentId, from, to);
    await recordAuditEvent(tx, {
      actor: actor,
      action: reviewAuditActions.validated,
      entityType: "assessment",
      entityId: input.assessmentId,
      fromState: from,
      toState: to,
      reason: input.justification,
      details: {
        revision: input.revisionNumber,
        indicatorId: input.indicatorId,
        dimensionId: indicator.dimensionId,
        selfAssessedLevel: locked.revision.answers.levels[input.indicatorId] ?? null,
        validatedLevel: input.level,
        previousValidatedLevel: previous?.level ?? null,
      },
    });
    return { kind: "done", from, to };
  });
}

export type CommentInput = { assessmentId: string; revisionNumber: number; dimensionId: string | null; body: string };

/** Adds an officer's comment on one dimension (or the whole assessment); the first review action opens the review. */
export async function addReviewComment(input: CommentInput, actor: Actor): Promise<ReviewOutcome> {
  return getDb().transaction(async (tx) => {
    const lock = await lockForReview(tx, input.assessmentId, "comment", input.revisionNumber);
    if (!lock.ok) return lock.outcome;
    const { locked, from, to } = lock;
    if (input.dimensionId !== null && !isReviewableDimension(questionnaireOf(locked.revision.questionnaireVersionId).structure, locked.revision.answers, input.dimensionId)) {
      return { kind: "refused", refusal: "unknown-dimension" };
    }
    const [comment] = await tx
      .insert(reviewComments)
      .values({ assessmentId: input.assessmentId, revisionId: locked.revision.id, dimensionId: input.dimensionId, authorId: actor.id, body: input.body })
      .returning({ id: reviewComments.id });
    await moveStatus(tx, input.assessmentId, from, to);
    await recordAuditEvent(tx, {
      actor: actor,
      action: reviewAuditActions.commented,
      entityType: "assessment",
      entityId: input.assessmentId,
      fromState: from,
      toState: to,
      details: { revision: input.revisionNumber, dimensionId: input.dimensionId, commentId: comment?.id ?? null },
    });
    return { kind: "done", from, to };
  });
}

export type DecisionInput = { assessmentId: string; revisionNumber: number };

/**
 * Approves the revision under review. The validated scores (the answers with the validated levels,
 * scored as at submit with the programme's targets) are computed under the lock from what is
 * stored, so they match exactly the validations the decision closes.
 */
export async function approveAssessment(input: DecisionInput, actor: Actor): Promise<ReviewOutcome> {
  return getDb().transaction(async (tx) => {
    const lock = await lockForReview(tx, input.assessmentId, "approve", input.revisionNumber);
    if (!lock.ok) return lock.outcome;
    const { locked, from, to } = lock;
    const validations = await tx
      .select({ indicatorId: indicatorValidations.indicatorId, validatedLevel: indicatorValidations.validatedLevel })
      .from(indicatorValidations)
      .where(eq(indicatorValidations.revisionId, locked.revision.id));
    const programmeTargets = locked.programmeId ? await readProgrammeTargets(tx, locked.programmeId) : {};
    const scores = scoreValidatedSubmission(questionnaireOf(locked.revision.questionnaireVersionId).structure, locked.revision.answers, validations, programmeTargets);

    await tx.insert(reviewDecisions).values({
      assessmentId: input.assessmentId,
      revisionId: locked.revision.id,
      decision: "approved",
      decidedBy: actor.id,
      ...validatedScoreColumns(scores),
    });
    await moveStatus(tx, input.assessmentId, from, to);
    await recordAuditEvent(tx, {
      actor: actor,
      action: reviewAuditActions.approved,
      entityType: "assessment",
      entityId: input.assessmentId,
      fromState: from,
      toState: to,
      details: { revision: input.revisionNumber, validatedIndex: scores.readinessIndex, validatedBand: scores.readinessBand, validations: validations.length },
    });
    await notifyAssessmentEvent(tx, { kind: "assessment.approved", assessmentId: input.assessmentId });
    return { kind: "done", from, to };
  });
}

/**
 * Returns the revision under review to the firm with the officer's reason, and opens the next
 * revision as a draft copy of its answers (same questionnaire version), which the firm edits and
 * resubmits.
 */
export async function returnAssessment(input: DecisionInput & { reason: string }, actor: Actor): Promise<ReviewOutcome> {
  return getDb().transaction(async (tx) => {
    const lock = await lockForReview(tx, input.assessmentId, "return", input.revisionNumber);
    if (!lock.ok) return lock.outcome;
    const { locked, from, to } = lock;
    const nextRevision = locked.revision.number + 1;
    await tx.insert(reviewDecisions).values({
      assessmentId: input.assessmentId,
      revisionId: locked.revision.id,
      decision: "returned",
      reason: input.reason,
      decidedBy: actor.id,
    });
    await tx.insert(assessmentRevisions).values({
      assessmentId: input.assessmentId,
      number: nextRevision,
      questionnaireVersionId: locked.revision.questionnaireVersionId,
      contentHash: locked.revision.contentHash,
      answers: locked.revision.answers,
    });
    await moveStatus(tx, input.assessmentId, from, to, { currentRevision: nextRevision });
    await recordAuditEvent(tx, {
      actor: actor,
      action: reviewAuditActions.returned,
      entityType: "assessment",
      entityId: input.assessmentId,
      fromState: from,
      toState: to,
      reason: input.reason,
      details: { revision: input.revisionNumber, newRevision: nextRevision },
    });
    await notifyAssessmentEvent(tx, { kind: "assessment.returned", assessmentId: input.assessmentId, reason: input.reason });
    return { kind: "done", from, to };
  });
}

async function readProgrammeTargets(executor: Executor, programmeId: string): Promise<Record<string, number>> {
  const [row] = await executor.select({ targets: programmes.targets }).from(programmes).where(eq(programmes.id, programmeId));
  return row?.targets ?? {};
}

// ---------------------------------------------------------------------------------------------
// Reads. Callers have passed requireReviewAccess (officer pages) or requireAssessmentAccess (firm).

export type ReviewedRevision = {
  id: string;
  number: number;
  questionnaireVersionId: string;
  answers: AnswerSet;
  submittedAt: Date;
  scores: StoredScores;
};

export type ValidationRecord = {
  indicatorId: string;
  validatedLevel: number;
  justification: string;
  validatedByName: string;
  validatedAt: Date;
};

export type CommentRecord = {
  id: string;
  revisionNumber: number;
  dimensionId: string | null;
  body: string;
  authorName: string;
  createdAt: Date;
};

export type DecisionRecord = {
  revisionNumber: number;
  decision: ReviewDecisionKind;
  reason: string | null;
  decidedByName: string;
  decidedAt: Date;
  validatedIndex: number | null;
  validatedBand: string | null;
  validatedScores: StoredScores | null;
};

export type ReviewContext = {
  assessment: {
    id: string;
    status: AssessmentStatus;
    currentRevision: number;
    latestSubmittedRevision: number | null;
    programmeId: string | null;
    programmeName: string | null;
  };
  firm: { id: string; name: string; country: string; sector: string; employees: number };
  /** The latest submitted revision: the one under review, or the one last decided. Null before the first submission. */
  revision: ReviewedRevision | null;
  /** The submission before it, for "What changed"; null on a first submission. */
  previousRevision: { number: number; answers: AnswerSet } | null;
  validations: ValidationRecord[];
  /** Comments on every revision, oldest first. */
  comments: CommentRecord[];
  /** Decisions on every revision, oldest first. */
  decisions: DecisionRecord[];
  programmeTargets: Record<string, number>;
};

const submittedRevisionColumns = {
  id: assessmentRevisions.id,
  number: assessmentRevisions.number,
  questionnaireVersionId: assessmentRevisions.questionnaireVersionId,
  answers: sql<AnswerSet>`${assessmentRevisions.answers}`,
  submittedAt: assessmentRevisions.submittedAt,
  scores: assessmentRevisions.scores,
};

/** Everything the review page shows about one assessment. */
export async function getReviewContext(assessmentId: string): Promise<ReviewContext | null> {
  const db = getDb();
  const [head] = await db
    .select({
      id: assessments.id,
      status: assessments.status,
      currentRevision: assessments.currentRevision,
      latestSubmittedRevision: assessments.latestSubmittedRevision,
      programmeId: assessments.programmeId,
      programmeName: programmes.name,
      programmeTargets: programmes.targets,
      firmId: firms.id,
      firmName: firms.name,
      firmCountry: firms.country,
      firmSector: firms.sector,
      firmEmployees: firms.employees,
    })
    .from(assessments)
    .innerJoin(firms, eq(firms.id, assessments.firmId))
    .leftJoin(programmes, eq(programmes.id, assessments.programmeId))
    .where(eq(assessments.id, assessmentId))
    .limit(1);
  if (!head) return null;

  const latest = head.latestSubmittedRevision;
  const [revisionRow, previousRow, comments, decisions] = await Promise.all([
    latest === null
      ? Promise.resolve(undefined)
      : db
          .select(submittedRevisionColumns)
          .from(assessmentRevisions)
          .where(and(eq(assessmentRevisions.assessmentId, assessmentId), eq(assessmentRevisions.number, latest)))
          .then((rows) => rows[0]),
    latest === null
      ? Promise.resolve(undefined)
      : db
          .select({ number: assessmentRevisions.number, answers: sql<AnswerSet>`${assessmentRevisions.answers}` })
          .from(assessmentRevisions)
          .where(and(eq(assessmentRevisions.assessmentId, assessmentId), lt(assessmentRevisions.number, latest), sql`${assessmentRevisions.submittedAt} is not null`))
          .orderBy(desc(assessmentRevisions.number))
          .limit(1)
          .then((rows) => rows[0]),
    listComments(assessmentId),
    listDecisions(assessmentId),
  ]);
  const revision =
    revisionRow?.submittedAt && revisionRow.scores ? { ...revisionRow, submittedAt: revisionRow.submittedAt, scores: revisionRow.scores } : null;
  const validations = revision
    ? await db
        .select({
          indicatorId: indicatorValidations.indicatorId,
          validatedLevel: indicatorValidations.validatedLevel,
          justification: indicatorValidations.justification,
          validatedByName: users.name,
          validatedAt: indicatorValidations.validatedAt,
        })
        .from(indicatorValidations)
        .innerJoin(users, eq(users.id, indicatorValidations.validatedBy))
        .where(eq(indicatorValidations.revisionId, revision.id))
    : [];
  return {
    assessment: {
      id: head.id,
      status: head.status,
      currentRevision: head.currentRevision,
      latestSubmittedRevision: head.latestSubmittedRevision,
      programmeId: head.programmeId,
      programmeName: head.programmeName,
    },
    firm: { id: head.firmId, name: head.firmName, country: head.firmCountry, sector: head.firmSector, employees: head.firmEmployees },
    revision,
    previousRevision: previousRow ?? null,
    validations,
    comments,
    decisions,
    programmeTargets: head.programmeTargets ?? {},
  };
}

async function listComments(assessmentId: string): Promise<CommentRecord[]> {
  return getDb()
    .select({
      id: reviewComments.id,
      revisionNumber: assessmentRevisions.number,
      dimensionId: reviewComments.dimensionId,
      body: reviewComments.body,
      authorName: users.name,
      createdAt: reviewComments.createdAt,
    })
    .from(reviewComments)
    .innerJoin(assessmentRevisions, eq(assessmentRevisions.id, reviewComments.revisionId))
    .innerJoin(users, eq(users.id, reviewComments.authorId))
    .where(eq(reviewComments.assessmentId, assessmentId))
    .orderBy(asc(reviewComments.createdAt), asc(reviewComments.id));
}

async function listDecisions(assessmentId: string): Promise<DecisionRecord[]> {
  return getDb()
    .select({
      revisionNumber: assessmentRevisions.number,
      decision: reviewDecisions.decision,
      reason: reviewDecisions.reason,
      decidedByName: users.name,
      decidedAt: reviewDecisions.decidedAt,
      validatedIndex: reviewDecisions.validatedIndex,
      validatedBand: reviewDecisions.validatedBand,
      validatedScores: reviewDecisions.validatedScores,
    })
    .from(reviewDecisions)
    .innerJoin(assessmentRevisions, eq(assessmentRevisions.id, reviewDecisions.revisionId))
    .innerJoin(users, eq(users.id, reviewDecisions.decidedBy))
    .where(eq(reviewDecisions.assessmentId, assessmentId))
    .orderBy(asc(reviewDecisions.decidedAt), asc(assessmentRevisions.number));
}

export type FirmReviewOutcome = {
  decision: ReviewDecisionKind;
  revisionNumber: number;
  reason: string | null;
  decidedAt: Date;
  validatedIndex: number | null;
  validatedBand: string | null;
  /** The officer's comments on the decided revision, oldest first. */
  comments: { id: string; dimensionId: string | null; body: string; createdAt: Date }[];
};

/** The latest decision on the assessment with the comments made on that revision, as the firm sees them. */
export async function getLatestReviewOutcome(assessmentId: string): Promise<FirmReviewOutcome | null> {
  const db = getDb();
  const [decision] = await db
    .select({
      revisionId: reviewDecisions.revisionId,
      revisionNumber: assessmentRevisions.number,
      decision: reviewDecisions.decision,
      reason: reviewDecisions.reason,
      decidedAt: reviewDecisions.decidedAt,
      validatedIndex: reviewDecisions.validatedIndex,
      validatedBand: reviewDecisions.validatedBand,
    })
    .from(reviewDecisions)
    .innerJoin(assessmentRevisions, eq(assessmentRevisions.id, reviewDecisions.revisionId))
    .where(eq(reviewDecisions.assessmentId, assessmentId))
    .orderBy(desc(assessmentRevisions.number))
    .limit(1);
  if (!decision) return null;
  const comments = await db
    .select({ id: reviewComments.id, dimensionId: reviewComments.dimensionId, body: reviewComments.body, createdAt: reviewComments.createdAt })
    .from(reviewComments)
    .where(eq(reviewComments.revisionId, decision.revisionId))
    .orderBy(asc(reviewComments.createdAt), asc(reviewComments.id));
  const { revisionId: _revisionId, ...rest } = decision;
  return { ...rest, comments };
}

/** Every audit event of the assessment with the actor's name, as a timeline (oldest first). */
export async function listAssessmentHistory(assessmentId: string): Promise<HistoryEntry[]> {
  const rows: AuditEventRecord[] = await getDb()
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      actorName: users.name,
      actorRole: auditEvents.actorRole,
      action: auditEvents.action,
      fromState: auditEvents.fromState,
      toState: auditEvents.toState,
      reason: auditEvents.reason,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(eq(auditEvents.entityType, "assessment"), eq(auditEvents.entityId, assessmentId)))
    .orderBy(asc(auditEvents.occurredAt), asc(auditEvents.id));
  return buildReviewHistory(rows);
}
