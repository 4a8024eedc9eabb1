import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { and, asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { decideAccountStatusChange } from "@/lib/accounts/account-status";
import type { FirmExportRows } from "@/lib/accounts/firm-export";
import { getDb, type Executor } from "../client";
import {
  assessmentRevisions,
  assessments,
  firmMemberships,
  firms,
  indicatorValidations,
  notifications,
  planActions,
  planComments,
  programmeEnrolments,
  catalogueItems,
  programmes,
  reviewComments,
  reviewDecisions,
  users,
  type UserRole,
} from "../schema";
import { listFirmAnswerHistory } from "./answer-history";
import { recordAuditEvent } from "./audit";
import { expireOpenResets } from "./password-resets";
import { revokeOtherSessions } from "./sessions";

// Accounts over their life: an admin deactivating and reactivating them, and a firm taking all its
// data with it. Deactivation touches only the account (and its sessions and open reset links):
// firms, assessments, reviews and the audit trail stay as they were.


export type AdminUserView = { id: string; name: string; email: string; role: UserRole; active: boolean };

/** One account as the admin's confirmation page shows it; never the password hash. */
export async function getUserForAdmin(userId: string): Promise<AdminUserView | null> {
  const [row] = await getDb()
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, active: users.active })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}

export type AccountStatusOutcome = "changed" | "unchanged" | "refused-self" | "not-found";

/**
 * Switches an account on or off for an admin (the caller passed the admin guard). Deactivating
 * ends every session of the account at once and every reset link not used yet; the account's
 * history is left untouched. Refuses the admin's own account. One transaction, audited with the
 * states before and after; asking for the state the account already has changes nothing.
 */
export async function setUserActive(actor: Actor, userId: string, active: boolean): Promise<AccountStatusOutcome> {
  return getDb().transaction(async (tx) => {
    const [target] = await tx.select({ id: users.id, active: users.active }).from(users).where(eq(users.id, userId)).limit(1).for("update");
    if (!target) return "not-found";
    const decision = decideAccountStatusChange(actor.id, target, active);
    if (decision.kind !== "change") return decision.kind;
    await tx.update(users).set({ active }).where(eq(users.id, userId));
    if (!active) {
      await revokeOtherSessions(tx, userId, null);
      await expireOpenResets(tx, userId, new Date());
    }
    await recordAuditEvent(tx, {
      actor: actor,
      action: active ? "user.reactivated" : "user.deactivated",
      entityType: "user",
      entityId: userId,
      fromState: decision.from,
      toState: decision.to,
    });
    return "changed";
  });
}

const submitter = alias(users, "submitter");
const owner = alias(users, "owner");
const planCreator = alias(users, "plan_creator");
const planUpdater = alias(users, "plan_updater");

/** Every row of the firm's own data, read in one snapshot; no password hash, session or other firm's row. */
async function readFirmExportRows(executor: Executor, firmId: string): Promise<FirmExportRows | null> {
  const [firm] = await executor
    .select({ id: firms.id, name: firms.name, country: firms.country, sector: firms.sector, employees: firms.employees, createdAt: firms.createdAt })
    .from(firms)
    .where(eq(firms.id, firmId))
    .limit(1);
  if (!firm) return null;
  const ofFirm = eq(assessments.firmId, firmId);
  // One after another: a transaction is one connection, which runs one query at a time.
  const members = await executor
    .select({ name: users.name, email: users.email, active: users.active, memberSince: firmMemberships.createdAt })
    .from(firmMemberships)
    .innerJoin(users, eq(users.id, firmMemberships.userId))
    .where(eq(firmMemberships.firmId, firmId))
    .orderBy(asc(users.email));
  const enrolled = await executor
    .select({ id: programmes.id, name: programmes.name, country: programmes.country, enrolledAt: programmeEnrolments.createdAt })
    .from(programmeEnrolments)
    .innerJoin(programmes, eq(programmes.id, programmeEnrolments.programmeId))
    .where(eq(programmeEnrolments.firmId, firmId))
    .orderBy(asc(programmes.name));
  const assessmentRows = await executor
    .select({
      id: assessments.id,
      programmeId: assessments.programmeId,
      programmeName: programmes.name,
      status: assessments.status,
      currentRevision: assessments.currentRevision,
      readinessIndex: assessments.readinessIndex,
      readinessBand: assessments.readinessBand,
      lastSubmittedAt: assessments.lastSubmittedAt,
      createdAt: assessments.createdAt,
      updatedAt: assessments.updatedAt,
    })
    .from(assessments)
    .leftJoin(programmes, eq(programmes.id, assessments.programmeId))
    .where(ofFirm)
    .orderBy(asc(assessments.createdAt), asc(assessments.id));
  const revisions = await executor
    .select({
      id: assessmentRevisions.id,
      assessmentId: assessmentRevisions.assessmentId,
      number: assessmentRevisions.number,
      questionnaireVersionId: assessmentRevisions.questionnaireVersionId,
      answers: assessmentRevisions.answers,
      submittedAt: assessmentRevisions.submittedAt,
      submittedBy: submitter.name,
      readinessIndex: assessmentRevisions.readinessIndex,
      readinessBand: assessmentRevisions.readinessBand,
      peopleScore: assessmentRevisions.peopleScore,
      processScore: assessmentRevisions.processScore,
      technologyScore: assessmentRevisions.technologyScore,
      servicesScore: assessmentRevisions.servicesScore,
      dimensionScores: assessmentRevisions.dimensionScores,
      scoreDetails: assessmentRevisions.scores,
      priorityDimensionIds: assessmentRevisions.priorityDimensionIds,
      createdAt: assessmentRevisions.createdAt,
      updatedAt: assessmentRevisions.updatedAt,
    })
    .from(assessmentRevisions)
    .innerJoin(assessments, eq(assessments.id, assessmentRevisions.assessmentId))
    .leftJoin(submitter, eq(submitter.id, assessmentRevisions.submittedBy))
    .where(ofFirm)
    .orderBy(asc(assessmentRevisions.assessmentId), asc(assessmentRevisions.number));
  const validations = await executor
    .select({
      revisionId: indicatorValidations.revisionId,
      indicatorId: indicatorValidations.indicatorId,
      validatedLevel: indicatorValidations.validatedLevel,
      justification: indicatorValidations.justification,
      validatedBy: users.name,
      validatedAt: indicatorValidations.validatedAt,
    })
    .from(indicatorValidations)
    .innerJoin(assessments, eq(assessments.id, indicatorValidations.assessmentId))
    .innerJoin(users, eq(users.id, indicatorValidations.validatedBy))
    .where(ofFirm)
    .orderBy(asc(indicatorValidations.revisionId), asc(indicatorValidations.indicatorId));
  const comments = await executor
    .select({ revisionId: reviewComments.revisionId, dimensionId: reviewComments.dimensionId, author: users.name, body: reviewComments.body, createdAt: reviewComments.createdAt })
    .from(reviewComments)
    .innerJoin(assessments, eq(assessments.id, reviewComments.assessmentId))
    .innerJoin(users, eq(users.id, reviewComments.authorId))
    .where(ofFirm)
    .orderBy(asc(reviewComments.createdAt), asc(reviewComments.id));
  const decisions = await executor
    .select({
      revisionId: reviewDecisions.revisionId,
      decision: reviewDecisions.decision,
      reason: reviewDecisions.reason,
      decidedBy: users.name,
      decidedAt: reviewDecisions.decidedAt,
      readinessIndex: reviewDecisions.validatedIndex,
      readinessBand: reviewDecisions.validatedBand,
      peopleScore: reviewDecisions.validatedPeopleScore,
      processScore: reviewDecisions.validatedProcessScore,
      technologyScore: reviewDecisions.validatedTechnologyScore,
      servicesScore: reviewDecisions.validatedServicesScore,
      dimensionScores: reviewDecisions.validatedDimensionScores,
      scoreDetails: reviewDecisions.validatedScores,
    })
    .from(reviewDecisions)
    .innerJoin(assessments, eq(assessments.id, reviewDecisions.assessmentId))
    .innerJoin(users, eq(users.id, reviewDecisions.decidedBy))
    .where(ofFirm)
    .orderBy(asc(reviewDecisions.decidedAt));
  // The firm's managers' notifications about the firm's own assessments, not their other firms'.
  const notices = await executor
    .select({
      recipient: users.name,
      recipientEmail: users.email,
      kind: notifications.kind,
      assessmentId: notifications.assessmentId,
      details: notifications.details,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .innerJoin(assessments, eq(assessments.id, notifications.assessmentId))
    .innerJoin(firmMemberships, and(eq(firmMemberships.userId, notifications.userId), eq(firmMemberships.firmId, firmId)))
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(ofFirm)
    .orderBy(asc(notifications.createdAt), asc(notifications.id));
  const plan = await executor
    .select({
      id: planActions.id,
      dimensionId: planActions.dimensionId,
      title: planActions.title,
      notes: planActions.notes,
      ownerName: owner.name,
      startsOn: planActions.startsOn,
      dueOn: planActions.dueOn,
      estimatedCost: planActions.estimatedCost,
      currency: planActions.currency,
      instrumentId: planActions.instrumentId,
      instrumentName: sql<unknown>`${catalogueItems.item} -> 'name'`,
      suggestedFrom: planActions.suggestedFrom,
      status: planActions.status,
      completedAt: planActions.completedAt,
      version: planActions.version,
      createdAt: planActions.createdAt,
      createdBy: planCreator.name,
      updatedAt: planActions.updatedAt,
      updatedBy: planUpdater.name,
    })
    .from(planActions)
    .leftJoin(owner, eq(owner.id, planActions.ownerUserId))
    .leftJoin(planCreator, eq(planCreator.id, planActions.createdBy))
    .leftJoin(planUpdater, eq(planUpdater.id, planActions.updatedBy))
    .leftJoin(catalogueItems, eq(catalogueItems.id, planActions.instrumentId))
    .where(eq(planActions.firmId, firmId))
    .orderBy(asc(planActions.dimensionId), asc(planActions.createdAt), asc(planActions.id));
  const planNotes = await executor
    .select({ assessmentId: planComments.assessmentId, dimensionId: planComments.dimensionId, author: users.name, body: planComments.body, createdAt: planComments.createdAt })
    .from(planComments)
    .innerJoin(users, eq(users.id, planComments.authorId))
    .where(eq(planComments.firmId, firmId))
    .orderBy(asc(planComments.createdAt), asc(planComments.id));
  return {
    firm,
    members,
    programmes: enrolled,
    assessments: assessmentRows,
    revisions,
    validations,
    comments,
    decisions,
    notifications: notices,
    planActions: plan,
    planComments: planNotes,
    answerHistory: await listFirmAnswerHistory(executor, firmId),
  };
}

/**
 * Reads all of a firm's data for its own download and audits the download ("firm.data-exported"),
 * in one transaction so the log says exactly what was handed out. Null when the firm does not exist.
 */
export async function exportFirmData(actor: Actor, firmId: string): Promise<FirmExportRows | null> {
  return getDb().transaction(
    async (tx) => {
      const rows = await readFirmExportRows(tx, firmId);
      if (!rows) return null;
      await recordAuditEvent(tx, {
        actor: actor,
        action: "firm.data-exported",
        entityType: "firm",
        entityId: firmId,
        details: { assessments: rows.assessments.length, revisions: rows.revisions.length },
      });
      return rows;
    },
    { isolationLevel: "repeatable read" },
  );
}
