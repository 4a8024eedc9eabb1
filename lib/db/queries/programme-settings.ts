import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { normaliseEnrolmentCode } from "@/lib/programmes/enrolment-code";
import type { ProgrammeSettings } from "@/lib/programmes/programme-settings";
import { getDb, type Executor } from "../client";
import { assessments, programmeOfficers, programmes, questionnaireVersions, users } from "../schema";
import { recordAuditEvent } from "./audit";


export type ProgrammeSettingsRecord = ProgrammeSettings & { id: string; hasAssessments: boolean };

/** Why a programme could not be saved, by form field; nothing was written. */
export type ProgrammeSaveProblem = "code-taken" | "version-unknown" | "officer-unknown" | "version-locked" | "not-found";

export type ProgrammeSaveOutcome = { kind: "saved"; programmeId: string } | { kind: "refused"; problem: ProgrammeSaveProblem };

/** The settings of one programme as the edit form shows them; admins only (the caller's guard). */
export async function getProgrammeSettings(programmeId: string): Promise<ProgrammeSettingsRecord | null> {
  const db = getDb();
  const [row] = await db
    .select({
      id: programmes.id,
      name: programmes.name,
      country: programmes.country,
      questionnaireVersionId: programmes.questionnaireVersionId,
      enrolmentCode: programmes.enrolmentCode,
      opensOn: programmes.opensOn,
      closesOn: programmes.closesOn,
      targets: programmes.targets,
      hasAssessments: sql<boolean>`exists (select 1 from ${assessments} where ${assessments.programmeId} = ${programmes.id})`,
    })
    .from(programmes)
    .where(eq(programmes.id, programmeId))
    .limit(1);
  if (!row) return null;
  const officers = await db.select({ id: programmeOfficers.userId }).from(programmeOfficers).where(eq(programmeOfficers.programmeId, programmeId));
  return { ...row, country: row.country as ProgrammeSettings["country"], officerIds: officers.map((o) => o.id) };
}

/** The questionnaire versions a programme may use. */
export async function listQuestionnaireVersionIds(): Promise<string[]> {
  const rows = await getDb().select({ id: questionnaireVersions.id }).from(questionnaireVersions).orderBy(questionnaireVersions.publishedAt);
  return rows.map((row) => row.id);
}

async function findProblem(tx: Executor, settings: ProgrammeSettings, programmeId: string | null): Promise<ProgrammeSaveProblem | null> {
  const [version] = await tx.select({ id: questionnaireVersions.id }).from(questionnaireVersions).where(eq(questionnaireVersions.id, settings.questionnaireVersionId));
  if (!version) return "version-unknown";
  const codeOwner = await tx
    .select({ id: programmes.id })
    .from(programmes)
    // Codes are matched in their normalised form (findProgrammeByEnrolmentCode), so "PENANG2026" is
    // taken when "PENANG-2026" exists: both would read as the same code.
    .where(and(sql`replace(upper(${programmes.enrolmentCode}), '-', '') = ${normaliseEnrolmentCode(settings.enrolmentCode)}`, programmeId ? ne(programmes.id, programmeId) : undefined));
  if (codeOwner.length > 0) return "code-taken";
  if (settings.officerIds.length > 0) {
    const officers = await tx.select({ id: users.id }).from(users).where(and(inArray(users.id, settings.officerIds), eq(users.role, "officer")));
    if (officers.length !== new Set(settings.officerIds).size) return "officer-unknown";
  }
  return null;
}

function columnsOf(settings: ProgrammeSettings) {
  return {
    name: settings.name,
    country: settings.country,
    questionnaireVersionId: settings.questionnaireVersionId,
    enrolmentCode: settings.enrolmentCode,
    opensOn: settings.opensOn,
    closesOn: settings.closesOn,
    targets: settings.targets,
  };
}

/** Creates a programme with its officers; the code must be unique. One audit event. */
export async function createProgramme(settings: ProgrammeSettings, actor: Actor): Promise<ProgrammeSaveOutcome> {
  return getDb().transaction(async (tx) => {
    const problem = await findProblem(tx, settings, null);
    if (problem) return { kind: "refused", problem };
    const [created] = await tx.insert(programmes).values(columnsOf(settings)).onConflictDoNothing().returning({ id: programmes.id });
    // A concurrent create with the same code wins the unique index; this one changes nothing.
    if (!created) return { kind: "refused", problem: "code-taken" };
    if (settings.officerIds.length > 0) {
      await tx.insert(programmeOfficers).values([...new Set(settings.officerIds)].map((userId) => ({ programmeId: created.id, userId })));
    }
    await recordAuditEvent(tx, {
      actor: actor,
      action: "programme.created",
      entityType: "programme",
      entityId: created.id,
      toState: "created",
      details: { ...columnsOf(settings), officerIds: settings.officerIds },
    });
    return { kind: "saved", programmeId: created.id };
  });
}

/**
 * Saves a programme's settings and officer list. The questionnaire version cannot change once
 * the programme has assessments: their revisions, scores and cohort figures are tied to it.
 */
export async function updateProgramme(programmeId: string, settings: ProgrammeSettings, actor: Actor): Promise<ProgrammeSaveOutcome> {
  return getDb().transaction(async (tx) => {
    const [current] = await tx
      .select({ questionnaireVersionId: programmes.questionnaireVersionId })
      .from(programmes)
      .where(eq(programmes.id, programmeId))
      .for("update");
    if (!current) return { kind: "refused", problem: "not-found" };
    const problem = await findProblem(tx, settings, programmeId);
    if (problem) return { kind: "refused", problem };
    if (current.questionnaireVersionId !== settings.questionnaireVersionId) {
      const [used] = await tx.select({ id: assessments.id }).from(assessments).where(eq(assessments.programmeId, programmeId)).limit(1);
      if (used) return { kind: "refused", problem: "version-locked" };
    }
    await tx.update(programmes).set(columnsOf(settings)).where(eq(programmes.id, programmeId));
    const before = await tx.select({ id: programmeOfficers.userId }).from(programmeOfficers).where(eq(programmeOfficers.programmeId, programmeId));
    const wanted = new Set(settings.officerIds);
    const removed = before.map((o) => o.id).filter((id) => !wanted.has(id));
    const added = [...wanted].filter((id) => !before.some((o) => o.id === id));
    if (removed.length > 0) {
      await tx.delete(programmeOfficers).where(and(eq(programmeOfficers.programmeId, programmeId), inArray(programmeOfficers.userId, removed)));
    }
    if (added.length > 0) await tx.insert(programmeOfficers).values(added.map((userId) => ({ programmeId, userId })));
    await recordAuditEvent(tx, {
      actor: actor,
      action: "programme.updated",
      entityType: "programme",
      entityId: programmeId,
      details: { ...columnsOf(settings), officersAdded: added, officersRemoved: removed },
    });
    return { kind: "saved", programmeId };
  });
}
