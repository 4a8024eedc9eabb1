import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { and, asc, eq, sql } from "drizzle-orm";
import { normaliseEnrolmentCode } from "@/lib/programmes/enrolment-code";
import { getDb } from "../client";
import { firms, programmeEnrolments, programmeOfficers, programmes, users } from "../schema";
import { recordAuditEvent } from "./audit";

export type ProgrammeSummary = { id: string; name: string; country: string; opensOn: string | null; closesOn: string | null };

const programmeColumns = {
  id: programmes.id,
  name: programmes.name,
  country: programmes.country,
  opensOn: programmes.opensOn,
  closesOn: programmes.closesOn,
};

export type EnrolmentTarget = { id: string; name: string; opensOn: string | null; closesOn: string | null };

/**
 * The programme a typed enrolment code names, with its enrolment window. Both sides are compared in
 * their normalised form (lib/programmes/enrolment-code.ts): stored codes hold only A-Z, 0-9 and "-"
 * (EnrolmentCodeSchema), so upper-casing and dropping "-" is their whole normalisation. Should two
 * stored codes normalise alike ("AB-CD", "ABCD"), the exact one wins and otherwise none is guessed.
 */
export async function findProgrammeByEnrolmentCode(code: string): Promise<EnrolmentTarget | null> {
  const typed = normaliseEnrolmentCode(code);
  if (typed === "") return null;
  const exact = code.trim().toUpperCase();
  const rows = await getDb()
    .select({ id: programmes.id, name: programmes.name, opensOn: programmes.opensOn, closesOn: programmes.closesOn, exact: sql<boolean>`${programmes.enrolmentCode} = ${exact}` })
    .from(programmes)
    .where(sql`replace(upper(${programmes.enrolmentCode}), '-', '') = ${typed}`)
    .orderBy(sql`${programmes.enrolmentCode} = ${exact} desc`)
    .limit(2);
  const [first, second] = rows;
  if (!first || (second && !first.exact)) return null;
  return { id: first.id, name: first.name, opensOn: first.opensOn, closesOn: first.closesOn };
}

/** The programmes an officer is assigned to, with their enrolled-firm counts. */
export async function listProgrammesForOfficer(officerId: string): Promise<(ProgrammeSummary & { firmCount: number })[]> {
  return getDb()
    .select({
      ...programmeColumns,
      firmCount: sql<number>`(select count(*)::int from ${programmeEnrolments} where ${programmeEnrolments.programmeId} = ${programmes.id})`,
    })
    .from(programmes)
    .innerJoin(programmeOfficers, eq(programmeOfficers.programmeId, programmes.id))
    .where(eq(programmeOfficers.userId, officerId))
    .orderBy(asc(programmes.name));
}

/** One programme, only if the officer is assigned to it. */
export async function getProgrammeForOfficer(officerId: string, programmeId: string): Promise<ProgrammeSummary | null> {
  const [row] = await getDb()
    .select(programmeColumns)
    .from(programmes)
    .innerJoin(programmeOfficers, eq(programmeOfficers.programmeId, programmes.id))
    .where(and(eq(programmeOfficers.userId, officerId), eq(programmes.id, programmeId)))
    .limit(1);
  return row ?? null;
}

export async function getProgrammeById(programmeId: string): Promise<ProgrammeSummary | null> {
  const [row] = await getDb().select(programmeColumns).from(programmes).where(eq(programmes.id, programmeId)).limit(1);
  return row ?? null;
}

/** The firms enrolled in a programme; the caller must have passed the programme guard. */
export async function listEnrolledFirms(programmeId: string): Promise<{ id: string; name: string; sector: string; employees: number }[]> {
  return getDb()
    .select({ id: firms.id, name: firms.name, sector: firms.sector, employees: firms.employees })
    .from(firms)
    .innerJoin(programmeEnrolments, eq(programmeEnrolments.firmId, firms.id))
    .where(eq(programmeEnrolments.programmeId, programmeId))
    .orderBy(asc(firms.name));
}

export type ProgrammeWithOfficers = ProgrammeSummary & { enrolmentCode: string; officers: { id: string; name: string }[] };

/** Admin view of every programme and who runs it. */
export async function listProgrammesWithOfficers(): Promise<ProgrammeWithOfficers[]> {
  const db = getDb();
  const rows = await db
    .select({ ...programmeColumns, enrolmentCode: programmes.enrolmentCode })
    .from(programmes)
    .orderBy(asc(programmes.name));
  const assignments = await db
    .select({ programmeId: programmeOfficers.programmeId, id: users.id, name: users.name })
    .from(programmeOfficers)
    .innerJoin(users, eq(users.id, programmeOfficers.userId))
    .orderBy(asc(users.name));
  return rows.map((row) => ({
    ...row,
    officers: assignments.filter((a) => a.programmeId === row.id).map(({ id, name }) => ({ id, name })),
  }));
}


/** Assigns an officer; returns false when the user is not an officer or the programme does not exist. */
export async function assignOfficerToProgramme(programmeId: string, officerId: string, actor: Actor): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const [officer] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, officerId), eq(users.role, "officer"))).limit(1);
    const [programme] = await tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.id, programmeId)).limit(1);
    if (!officer || !programme) return false;
    const inserted = await tx
      .insert(programmeOfficers)
      .values({ programmeId, userId: officerId })
      .onConflictDoNothing()
      .returning({ programmeId: programmeOfficers.programmeId });
    if (inserted.length > 0) {
      await recordAuditEvent(tx, {
        actor: actor,
        action: "programme.officer-assigned",
        entityType: "programme",
        entityId: programmeId,
        details: { officerId },
      });
    }
    return true;
  });
}

export async function unassignOfficerFromProgramme(programmeId: string, officerId: string, actor: Actor): Promise<void> {
  await getDb().transaction(async (tx) => {
    const removed = await tx
      .delete(programmeOfficers)
      .where(and(eq(programmeOfficers.programmeId, programmeId), eq(programmeOfficers.userId, officerId)))
      .returning({ programmeId: programmeOfficers.programmeId });
    if (removed.length > 0) {
      await recordAuditEvent(tx, {
        actor: actor,
        action: "programme.officer-unassigned",
        entityType: "programme",
        entityId: programmeId,
        details: { officerId },
      });
    }
  });
}

/** Enrols a firm; false when it already was (nothing changes then). */
export async function enrolFirmInProgramme(firmId: string, programmeId: string, actor: Actor): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const inserted = await tx.insert(programmeEnrolments).values({ firmId, programmeId }).onConflictDoNothing().returning({ firmId: programmeEnrolments.firmId });
    if (inserted.length > 0) {
      await recordAuditEvent(tx, {
        actor: actor,
        action: "programme.firm-enrolled",
        entityType: "firm",
        entityId: firmId,
        details: { programmeId },
      });
    }
    return inserted.length > 0;
  });
}

/** The programme's target level per dimension id (empty when it sets none). */
export async function getProgrammeTargets(programmeId: string | null): Promise<Record<string, number>> {
  if (!programmeId) return {};
  const [row] = await getDb().select({ targets: programmes.targets }).from(programmes).where(eq(programmes.id, programmeId)).limit(1);
  return row?.targets ?? {};
}

/** The questionnaire version a programme assesses with. */
export async function getProgrammeQuestionnaireVersion(programmeId: string): Promise<string | null> {
  const [row] = await getDb()
    .select({ questionnaireVersionId: programmes.questionnaireVersionId })
    .from(programmes)
    .where(eq(programmes.id, programmeId))
    .limit(1);
  return row?.questionnaireVersionId ?? null;
}
