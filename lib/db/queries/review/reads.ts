import "server-only";
import { and, asc, desc, eq, lt, sql } from "drizzle-orm";
import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import { buildReviewHistory, type AuditEventRecord, type HistoryEntry } from "@/lib/review/history";
import { getDb } from "../../client";
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
} from "../../schema";

// What the officer review shows, and what the firm reads of its review. Callers have passed
// requireReviewAccess (officer pages) or requireAssessmentAccess (firm).

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

type FirmProfileRecord = { id: string; name: string; country: string; sector: string; employees: number };

export type ReviewContext = {
  assessment: {
    id: string;
    status: AssessmentStatus;
    currentRevision: number;
    latestSubmittedRevision: number | null;
    programmeId: string | null;
    programmeName: string | null;
  };
  /** The firm as the reviewed revision was submitted with it (its current profile before any submission). */
  firm: FirmProfileRecord;
  /** The firm's profile today, when a manager has changed it since the reviewed submission; null otherwise. */
  firmNow: FirmProfileRecord | null;
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
  firmProfile: assessmentRevisions.firmProfile,
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
    ...firmAsSubmitted(
      { id: head.firmId, name: head.firmName, country: head.firmCountry, sector: head.firmSector, employees: head.firmEmployees },
      revisionRow?.firmProfile ?? null,
    ),
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

/** The profile the revision was scored with (revisions submitted before snapshots existed have none: today's stands in). */
function firmAsSubmitted(now: FirmProfileRecord, submitted: Omit<FirmProfileRecord, "id"> | null): { firm: FirmProfileRecord; firmNow: FirmProfileRecord | null } {
  if (!submitted) return { firm: now, firmNow: null };
  const firm = { id: now.id, ...submitted };
  const changed = (["name", "country", "sector", "employees"] as const).some((key) => firm[key] !== now[key]);
  return { firm, firmNow: changed ? now : null };
}
