import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { editableStatuses } from "@/lib/assessments/lifecycle";
import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import { getDb } from "../client";
import { assessmentRevisions, assessments, auditEvents, firmMemberships, sectionAssignments, users } from "../schema";
import { recordAuditEvent } from "./audit";
import { notifyFirmPeople } from "./notifications";

// Assigned sections of a draft (decision 026). The commands lock the assessment row FOR UPDATE,
// which a draft save holds FOR SHARE while it writes (saveDraftAnswers): an unassignment waits for
// a save in flight and then bumps the draft's version, so a save that read its permission before
// the unassignment fails its version check, is retried, and is refused. A save never lands after
// the removal that should have stopped it.

export type AssignedSection = { pageId: string; userId: string; name: string };

/** The assessment's assignments to members still active in the firm, by page then name. */
export async function listSectionAssignments(assessmentId: string): Promise<AssignedSection[]> {
  return getDb()
    .select({ pageId: sectionAssignments.pageId, userId: sectionAssignments.userId, name: users.name })
    .from(sectionAssignments)
    .innerJoin(assessments, eq(assessments.id, sectionAssignments.assessmentId))
    .innerJoin(users, eq(users.id, sectionAssignments.userId))
    .innerJoin(
      firmMemberships,
      and(eq(firmMemberships.firmId, assessments.firmId), eq(firmMemberships.userId, sectionAssignments.userId), isNull(firmMemberships.removedAt)),
    )
    .where(eq(sectionAssignments.assessmentId, assessmentId))
    .orderBy(asc(sectionAssignments.pageId), asc(users.name));
}

/** The page ids assigned to one user on the assessment, read fresh (the save check calls it on every save). */
export async function listPagesAssignedTo(assessmentId: string, userId: string): Promise<string[]> {
  const rows = await getDb()
    .select({ pageId: sectionAssignments.pageId })
    .from(sectionAssignments)
    .where(and(eq(sectionAssignments.assessmentId, assessmentId), eq(sectionAssignments.userId, userId)));
  return rows.map((row) => row.pageId);
}

export type AssignmentOutcome = "done" | "unchanged" | "not-editable" | "not-member" | "not-found";

type AssignmentLock = { firmId: string; status: (typeof assessments.$inferSelect)["status"] };

async function lockAssessment(tx: Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0], assessmentId: string): Promise<AssignmentLock | null> {
  const [row] = await tx.select({ firmId: assessments.firmId, status: assessments.status }).from(assessments).where(eq(assessments.id, assessmentId)).for("update");
  return row ?? null;
}

/**
 * Assigns pages to one active member of the assessment's firm while it is a draft (or returned),
 * audits the change and tells the member in the app and by email, all in one transaction. Pages
 * already assigned to them are left as they are; `sectionNames` names the new ones in the notice.
 */
export async function assignSections(
  actor: Actor,
  assessmentId: string,
  input: { userId: string; pageIds: readonly string[]; sectionNames: (pageIds: string[]) => string[] },
): Promise<AssignmentOutcome> {
  const outcome = await getDb().transaction(async (tx) => {
    const locked = await lockAssessment(tx, assessmentId);
    if (!locked) return "not-found" as const;
    if (!editableStatuses.includes(locked.status)) return "not-editable" as const;
    const [member] = await tx
      .select({ userId: firmMemberships.userId })
      .from(firmMemberships)
      .where(and(eq(firmMemberships.firmId, locked.firmId), eq(firmMemberships.userId, input.userId), isNull(firmMemberships.removedAt)))
      .for("share");
    if (!member) return "not-member" as const;
    if (input.pageIds.length === 0) return "unchanged" as const;
    const inserted = await tx
      .insert(sectionAssignments)
      .values(input.pageIds.map((pageId) => ({ assessmentId, pageId, userId: input.userId, assignedBy: actor.id })))
      .onConflictDoNothing()
      .returning({ pageId: sectionAssignments.pageId });
    if (inserted.length === 0) return "unchanged" as const;
    const pageIds = inserted.map((row) => row.pageId);
    // The status does not change; the audit chain of statuses stays unbroken (from = to).
    const state = { fromState: locked.status, toState: locked.status };
    await recordAuditEvent(tx, { actor, action: "assessment.sections-assigned", entityType: "assessment", entityId: assessmentId, ...state, details: { userId: input.userId, pageIds } });
    await notifyFirmPeople(tx, { kind: "assessment.sections-assigned", assessmentId, userIds: [input.userId], sections: input.sectionNames(pageIds) });
    return "done" as const;
  });
  return outcome;
}

/**
 * Takes pages away from one member while the assessment is a draft, audits it, and bumps the
 * draft's version so a save of theirs that was already checked cannot land afterwards (see above).
 */
export async function unassignSections(actor: Actor, assessmentId: string, input: { userId: string; pageIds: readonly string[] }): Promise<AssignmentOutcome> {
  return getDb().transaction(async (tx) => {
    const locked = await lockAssessment(tx, assessmentId);
    if (!locked) return "not-found" as const;
    if (!editableStatuses.includes(locked.status)) return "not-editable" as const;
    if (input.pageIds.length === 0) return "unchanged" as const;
    const deleted = await tx
      .delete(sectionAssignments)
      .where(and(eq(sectionAssignments.assessmentId, assessmentId), eq(sectionAssignments.userId, input.userId), inArray(sectionAssignments.pageId, [...input.pageIds])))
      .returning({ pageId: sectionAssignments.pageId });
    if (deleted.length === 0) return "unchanged" as const;
    await tx.execute(sql`
      update ${assessmentRevisions} r set version = r.version + 1
      from ${assessments} a
      where a.id = ${assessmentId} and r.assessment_id = a.id and r.number = a.current_revision and r.submitted_at is null`);
    await recordAuditEvent(tx, {
      actor,
      action: "assessment.sections-unassigned",
      entityType: "assessment",
      entityId: assessmentId,
      fromState: locked.status,
      toState: locked.status,
      details: { userId: input.userId, pageIds: deleted.map((row) => row.pageId) },
    });
    return "done" as const;
  });
}

/**
 * Tells the firm's managers "all sections are answered" once per revision: under the assessment's
 * row lock it reads the current draft and whether the notice was already given (its audit event is
 * the marker), so of two last saves at once exactly one announces. `isComplete` is the pure rule.
 */
export async function announceReadyToSubmitOnce(
  actor: Actor,
  assessmentId: string,
  isComplete: (revision: { questionnaireVersionId: string; answers: AnswerSet }) => boolean,
): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const locked = await lockAssessment(tx, assessmentId);
    if (!locked || !editableStatuses.includes(locked.status)) return false;
    const [revision] = await tx
      .select({ number: assessmentRevisions.number, questionnaireVersionId: assessmentRevisions.questionnaireVersionId, answers: sql<AnswerSet>`${assessmentRevisions.answers}` })
      .from(assessmentRevisions)
      .innerJoin(assessments, and(eq(assessments.id, assessmentRevisions.assessmentId), eq(assessments.currentRevision, assessmentRevisions.number)))
      .where(and(eq(assessments.id, assessmentId), isNull(assessmentRevisions.submittedAt)));
    if (!revision || !isComplete(revision)) return false;
    const [announced] = await tx
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityType, "assessment"),
          eq(auditEvents.entityId, assessmentId),
          eq(auditEvents.action, "assessment.all-answered"),
          sql`(${auditEvents.details} ->> 'revision')::int = ${revision.number}`,
        ),
      )
      .limit(1);
    if (announced) return false;
    await recordAuditEvent(tx, {
      actor,
      action: "assessment.all-answered",
      entityType: "assessment",
      entityId: assessmentId,
      fromState: locked.status,
      toState: locked.status,
      details: { revision: revision.number },
    });
    await notifyFirmPeople(tx, { kind: "assessment.ready-to-submit", assessmentId, revision: revision.number });
    return true;
  });
}
