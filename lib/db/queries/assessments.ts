import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { activeStatuses, decideSubmit, editableStatuses } from "@/lib/assessments/lifecycle";
import { diffAnswers } from "@/lib/questionnaire/answer-diff";
import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import type { SubmissionScores } from "@/lib/scoring/submission-scores";
import { getDb, type Executor } from "../client";
import {
  assessmentRevisions,
  assessments,
  firmMemberships,
  firms,
  programmeOfficers,
  programmes,
  type AssessmentStatus,
  type StoredScores,
} from "../schema";
import { answerChangesFromSave, type AnswerChangeSource } from "./answer-history";
import { recordAuditEvent } from "./audit";
import { revisionScoreColumns } from "./revision-score-columns";
import { notifyAssessmentEvent } from "./notifications";


// The lifecycle's rule, re-exported for the callers that import it from here.
export { editableStatuses };

export type AssessmentSummary = {
  id: string;
  firmId: string;
  programmeId: string | null;
  programmeName: string | null;
  status: AssessmentStatus;
  currentRevision: number;
  createdAt: Date;
  updatedAt: Date;
};

const summaryColumns = {
  id: assessments.id,
  firmId: assessments.firmId,
  programmeId: assessments.programmeId,
  programmeName: programmes.name,
  status: assessments.status,
  currentRevision: assessments.currentRevision,
  createdAt: assessments.createdAt,
  updatedAt: assessments.updatedAt,
};

/** An assessment on its firm's list, with the readiness index and band of its latest submission (null before the first). */
export type FirmAssessment = AssessmentSummary & { readinessIndex: number | null; readinessBand: string | null };

export async function listAssessmentsForFirm(firmId: string): Promise<FirmAssessment[]> {
  return getDb()
    .select({ ...summaryColumns, readinessIndex: assessments.readinessIndex, readinessBand: assessments.readinessBand })
    .from(assessments)
    .leftJoin(programmes, eq(programmes.id, assessments.programmeId))
    .where(eq(assessments.firmId, firmId))
    .orderBy(desc(assessments.createdAt));
}

/** An assessment, only if the user is an active member of its firm (a removed member reads nothing). */
export async function getAssessmentForMember(userId: string, assessmentId: string): Promise<AssessmentSummary | null> {
  const [row] = await getDb()
    .select(summaryColumns)
    .from(assessments)
    .innerJoin(firmMemberships, eq(firmMemberships.firmId, assessments.firmId))
    .leftJoin(programmes, eq(programmes.id, assessments.programmeId))
    .where(and(eq(firmMemberships.userId, userId), eq(assessments.id, assessmentId), isNull(firmMemberships.removedAt)))
    .limit(1);
  return row ?? null;
}

/** An assessment, only if it was made in a programme this officer runs. */
export async function getAssessmentForOfficer(officerId: string, assessmentId: string): Promise<AssessmentSummary | null> {
  const [row] = await getDb()
    .select(summaryColumns)
    .from(assessments)
    .innerJoin(programmeOfficers, eq(programmeOfficers.programmeId, assessments.programmeId))
    .leftJoin(programmes, eq(programmes.id, assessments.programmeId))
    .where(and(eq(programmeOfficers.userId, officerId), eq(assessments.id, assessmentId)))
    .limit(1);
  return row ?? null;
}

/** Any assessment; only for callers that passed an admin guard. */
export async function getAssessmentById(assessmentId: string): Promise<AssessmentSummary | null> {
  const [row] = await getDb()
    .select(summaryColumns)
    .from(assessments)
    .leftJoin(programmes, eq(programmes.id, assessments.programmeId))
    .where(eq(assessments.id, assessmentId))
    .limit(1);
  return row ?? null;
}

export type RevisionContent = {
  id: string;
  number: number;
  questionnaireVersionId: string;
  contentHash: string;
  answers: AnswerSet;
  version: number;
  submittedAt: Date | null;
  updatedAt: Date;
};

const revisionColumns = {
  id: assessmentRevisions.id,
  number: assessmentRevisions.number,
  questionnaireVersionId: assessmentRevisions.questionnaireVersionId,
  contentHash: assessmentRevisions.contentHash,
  answers: sql<AnswerSet>`${assessmentRevisions.answers}`,
  version: assessmentRevisions.version,
  submittedAt: assessmentRevisions.submittedAt,
  updatedAt: assessmentRevisions.updatedAt,
};

/** The revision the assessment is at now (the draft being edited, or the last submission). */
export async function getCurrentRevision(assessmentId: string): Promise<RevisionContent | null> {
  const [row] = await getDb()
    .select(revisionColumns)
    .from(assessmentRevisions)
    .innerJoin(assessments, and(eq(assessments.id, assessmentRevisions.assessmentId), eq(assessments.currentRevision, assessmentRevisions.number)))
    .where(eq(assessments.id, assessmentId))
    .limit(1);
  return row ?? null;
}

export async function listRevisions(assessmentId: string): Promise<RevisionContent[]> {
  return getDb().select(revisionColumns).from(assessmentRevisions).where(eq(assessmentRevisions.assessmentId, assessmentId)).orderBy(assessmentRevisions.number);
}

/** The answers of the firm's most recently approved assessment, to prefill a re-assessment. */
export async function getLatestApprovedAnswers(firmId: string): Promise<AnswerSet | null> {
  const [row] = await getDb()
    .select({ answers: sql<AnswerSet>`${assessmentRevisions.answers}` })
    .from(assessments)
    .innerJoin(assessmentRevisions, and(eq(assessmentRevisions.assessmentId, assessments.id), eq(assessmentRevisions.number, assessments.currentRevision)))
    .where(and(eq(assessments.firmId, firmId), eq(assessments.status, "approved")))
    .orderBy(desc(assessments.updatedAt))
    .limit(1);
  return row?.answers ?? null;
}

export type NewAssessment = {
  firmId: string;
  programmeId: string | null;
  questionnaireVersionId: string;
  contentHash: string;
  answers: AnswerSet;
  prefilledFrom: "approved" | null;
};

export type DraftStart = { assessmentId: string; created: boolean };

/**
 * Creates an assessment with its first draft revision and records who started it, unless the firm
 * already has an unfinished assessment in the programme: then that one is returned (created: false)
 * and nothing is written. The partial unique index assessments_one_active_per_firm_programme makes
 * this hold for parallel starts too: the losers' inserts do nothing and they read the winner's row.
 */
export async function createDraftAssessment(input: NewAssessment, actor: Actor): Promise<DraftStart> {
  // The existing one may be approved between the conflict and the read; then the insert is tried again.
  for (let attempt = 1; ; attempt++) {
    const started = await getDb().transaction(async (tx) => {
      const [assessment] = await tx
        .insert(assessments)
        .values({ firmId: input.firmId, programmeId: input.programmeId, status: "draft", currentRevision: 1 })
        .onConflictDoNothing()
        .returning({ id: assessments.id });
      if (!assessment) return null;
      await tx.insert(assessmentRevisions).values({
        assessmentId: assessment.id,
        number: 1,
        questionnaireVersionId: input.questionnaireVersionId,
        contentHash: input.contentHash,
        answers: input.answers,
      });
      await recordAuditEvent(tx, {
        actor: actor,
        action: "assessment.created",
        entityType: "assessment",
        entityId: assessment.id,
        toState: "draft",
        details: { programmeId: input.programmeId, questionnaireVersionId: input.questionnaireVersionId, prefilledFrom: input.prefilledFrom },
      });
      return { assessmentId: assessment.id, created: true };
    });
    if (started) return started;
    const existing = await getActiveAssessmentId(input.firmId, input.programmeId);
    if (existing) return { assessmentId: existing, created: false };
    if (attempt === 3) throw new Error("could not start an assessment: the unfinished one kept changing");
  }
}

/** The firm's unfinished assessment in the programme (null programme: outside any), if any. */
export async function getActiveAssessmentId(firmId: string, programmeId: string | null): Promise<string | null> {
  const [row] = await getDb()
    .select({ id: assessments.id })
    .from(assessments)
    .where(
      and(
        eq(assessments.firmId, firmId),
        programmeId === null ? isNull(assessments.programmeId) : eq(assessments.programmeId, programmeId),
        inArray(assessments.status, [...activeStatuses]),
      ),
    )
    .limit(1);
  return row?.id ?? null;
}

/** Who saves and how, recorded with each changed field (answer history, decision 027). */
export type AnswerSaveAuthor = { userId: string; source: Exclude<AnswerChangeSource, "carried"> };

/**
 * Compare-and-set of a draft's answers: succeeds only if nobody saved since `base.version`, the
 * revision is still a draft and its assessment is editable. Returns the new version, or null when
 * the caller's copy is stale or the assessment can no longer change (the callers answer 409).
 *
 * Each field whose value changed gets one answer history row (decision 027), written by the same
 * statement: a save lands with its authorship or not at all, and an unchanged save records
 * nothing. The changes are `base.answers` (the answers the caller read together with
 * `base.version`) against `answers`; the version check makes that exact, since every write bumps
 * the version, so the answers stored at that version are the ones the caller read.
 *
 * One statement that share-locks the assessment row before writing: a submit (or a review step)
 * holds that row exclusively from its read to its commit, so a save either lands before the submit
 * reads the answers, or waits and then finds the assessment no longer editable. Without the lock a
 * save could land between the submit's read and its freeze, and the frozen revision would not be
 * the answers that were checked and scored. `executor`: a transaction that writes more with the
 * answers (an agreed rating and its history).
 */
export async function saveDraftAnswers(
  revisionId: string,
  base: { version: number; answers: AnswerSet },
  answers: AnswerSet,
  author: AnswerSaveAuthor,
  executor: Executor = getDb(),
): Promise<number | null> {
  const editable = sql.join(
    editableStatuses.map((status) => sql`${status}`),
    sql`, `,
  );
  const now = new Date().toISOString();
  const changes = diffAnswers(base.answers, answers);
  const result = await executor.execute<{ version: number }>(sql`
    with editable as (
      select a.id from ${assessments} a
      join ${assessmentRevisions} r on r.assessment_id = a.id and r.number = a.current_revision
      where r.id = ${revisionId} and a.status in (${editable})
      for share of a
    ),
    saved as (
      update ${assessmentRevisions}
      set answers = ${JSON.stringify(answers)}::jsonb, version = version + 1, updated_at = ${now}
      where id = ${revisionId} and version = ${base.version} and submitted_at is null and assessment_id in (select id from editable)
      returning id, version
    ),
    recorded as (
      ${answerChangesFromSave(sql`saved`, changes, { userId: author.userId, at: now, source: author.source })}
    )
    select version from saved`);
  return result.rows[0]?.version ?? null;
}

export type SubmitOutcome<P> =
  | { kind: "submitted"; revisionNumber: number }
  | { kind: "already-submitted"; revisionNumber: number; sameKey: boolean }
  | { kind: "incomplete"; problems: P[] }
  | { kind: "not-editable"; status: AssessmentStatus };

/**
 * Freezes the current draft revision. The assessment row is locked for the whole check, so of
 * many concurrent submits exactly one freezes the revision and writes the audit event; the others
 * see it submitted (and, with the same Idempotency-Key, get the same answer as the first).
 */
export type SubmitReadiness<P> = { kind: "incomplete"; problems: P[] } | { kind: "ready"; scores: SubmissionScores };

export async function submitCurrentRevision<P>(
  assessmentId: string,
  idempotencyKey: string,
  actor: Actor,
  prepare: (revision: { questionnaireVersionId: string; answers: AnswerSet }) => SubmitReadiness<P>,
): Promise<SubmitOutcome<P>> {
  return getDb().transaction(async (tx) => {
    const [assessment] = await tx
      .select({ status: assessments.status, currentRevision: assessments.currentRevision, firmId: assessments.firmId })
      .from(assessments)
      .where(eq(assessments.id, assessmentId))
      .for("update");
    if (!assessment) return { kind: "not-editable", status: "draft" };
    const [revision] = await tx
      .select({
        id: assessmentRevisions.id,
        questionnaireVersionId: assessmentRevisions.questionnaireVersionId,
        answers: sql<AnswerSet>`${assessmentRevisions.answers}`,
        submittedAt: assessmentRevisions.submittedAt,
        submitKey: assessmentRevisions.submitKey,
      })
      .from(assessmentRevisions)
      .where(and(eq(assessmentRevisions.assessmentId, assessmentId), eq(assessmentRevisions.number, assessment.currentRevision)))
      // The revision too: the answers checked and scored below are exactly the answers frozen.
      .for("update");
    if (!revision) return { kind: "not-editable", status: assessment.status };
    const decision = decideSubmit({ status: assessment.status, revisionSubmitted: revision.submittedAt !== null, submitKey: revision.submitKey }, idempotencyKey);
    if (decision.kind === "already-submitted") return { kind: "already-submitted", revisionNumber: assessment.currentRevision, sameKey: decision.sameKey };
    if (decision.kind === "not-editable") return decision;
    const readiness = prepare(revision);
    if (readiness.kind === "incomplete") return readiness;
    const { scores } = readiness;

    const now = new Date();
    // The firm's profile as scored: a manager may edit it later, the revision keeps this one.
    const [firmProfile] = await tx
      .select({ name: firms.name, country: firms.country, sector: firms.sector, employees: firms.employees })
      .from(firms)
      .where(eq(firms.id, assessment.firmId));
    await tx
      .update(assessmentRevisions)
      .set({
        firmProfile,
        submittedAt: now,
        submittedBy: actor.id,
        submitKey: idempotencyKey,
        updatedAt: now,
        ...revisionScoreColumns(scores),
      })
      .where(eq(assessmentRevisions.id, revision.id));
    await tx
      .update(assessments)
      .set({
        status: decision.to,
        updatedAt: now,
        latestSubmittedRevision: assessment.currentRevision,
        lastSubmittedAt: now,
        readinessIndex: scores.readinessIndex,
        readinessBand: scores.readinessBand,
      })
      .where(eq(assessments.id, assessmentId));
    await recordAuditEvent(tx, {
      actor: actor,
      action: "assessment.submitted",
      entityType: "assessment",
      entityId: assessmentId,
      fromState: decision.from,
      toState: decision.to,
      details: { revision: assessment.currentRevision, readinessIndex: scores.readinessIndex },
    });
    // The programme's officers hear of it only if this commits (a retry of the same submit returned above).
    await notifyAssessmentEvent(tx, { kind: "assessment.submitted", assessmentId });
    return { kind: "submitted", revisionNumber: assessment.currentRevision };
  });
}

export type RevisionScores = {
  revisionNumber: number;
  questionnaireVersionId: string;
  submittedAt: Date;
  readinessIndex: number;
  readinessBand: string;
  scores: StoredScores;
};

/** The scores stored when a revision was submitted (null for drafts). */
export async function getSubmittedRevisionScores(assessmentId: string, revisionNumber: number): Promise<RevisionScores | null> {
  const [row] = await getDb()
    .select({
      revisionNumber: assessmentRevisions.number,
      questionnaireVersionId: assessmentRevisions.questionnaireVersionId,
      submittedAt: assessmentRevisions.submittedAt,
      readinessIndex: assessmentRevisions.readinessIndex,
      readinessBand: assessmentRevisions.readinessBand,
      scores: assessmentRevisions.scores,
    })
    .from(assessmentRevisions)
    .where(and(eq(assessmentRevisions.assessmentId, assessmentId), eq(assessmentRevisions.number, revisionNumber)))
    .limit(1);
  if (!row?.submittedAt || row.readinessIndex === null || !row.readinessBand || !row.scores) return null;
  return { ...row, submittedAt: row.submittedAt, readinessIndex: row.readinessIndex, readinessBand: row.readinessBand, scores: row.scores };
}
