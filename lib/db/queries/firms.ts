import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { getDb } from "../client";
import { firmMemberships, firms, programmeEnrolments, programmeOfficers, programmes } from "../schema";

export type FirmSummary = { id: string; name: string; country: string; sector: string; employees: number };

const firmColumns = { id: firms.id, name: firms.name, country: firms.country, sector: firms.sector, employees: firms.employees };

/** The firms this user is an active member of (a removed member reads nothing of the firm). */
export async function listFirmsForUser(userId: string): Promise<FirmSummary[]> {
  return getDb()
    .select(firmColumns)
    .from(firms)
    .innerJoin(firmMemberships, eq(firmMemberships.firmId, firms.id))
    .where(and(eq(firmMemberships.userId, userId), isNull(firmMemberships.removedAt)))
    .orderBy(asc(firms.name));
}

/** One firm, only if this user is an active member of it; null otherwise, a removed member included (callers answer "not found"). */
export async function getFirmForMember(userId: string, firmId: string): Promise<FirmSummary | null> {
  const [row] = await getDb()
    .select(firmColumns)
    .from(firms)
    .innerJoin(firmMemberships, eq(firmMemberships.firmId, firms.id))
    .where(and(eq(firmMemberships.userId, userId), eq(firms.id, firmId), isNull(firmMemberships.removedAt)))
    .limit(1);
  return row ?? null;
}

/** Any firm; only for callers that passed an admin guard. */
export async function getFirmById(firmId: string): Promise<FirmSummary | null> {
  const [row] = await getDb().select(firmColumns).from(firms).where(eq(firms.id, firmId)).limit(1);
  return row ?? null;
}

/** A firm as seen by an officer: only when the firm is enrolled in a programme the officer is assigned to. */
export async function getFirmForOfficer(officerId: string, firmId: string): Promise<FirmSummary | null> {
  const [row] = await getDb()
    .select(firmColumns)
    .from(firms)
    .innerJoin(programmeEnrolments, eq(programmeEnrolments.firmId, firms.id))
    .innerJoin(programmeOfficers, eq(programmeOfficers.programmeId, programmeEnrolments.programmeId))
    .where(and(eq(programmeOfficers.userId, officerId), eq(firms.id, firmId)))
    .limit(1);
  return row ?? null;
}

export async function listProgrammesOfFirm(firmId: string): Promise<{ id: string; name: string }[]> {
  return getDb()
    .select({ id: programmes.id, name: programmes.name })
    .from(programmes)
    .innerJoin(programmeEnrolments, eq(programmeEnrolments.programmeId, programmes.id))
    .where(eq(programmeEnrolments.firmId, firmId))
    .orderBy(asc(programmes.name));
}

export type FirmWithProgrammes = FirmSummary & { programmes: { id: string; name: string }[] };

/** The firms this user is an active member of, each with the programmes it is enrolled in. */
export async function listFirmsWithProgrammesForUser(userId: string): Promise<FirmWithProgrammes[]> {
  const memberFirms = await listFirmsForUser(userId);
  return Promise.all(memberFirms.map(async (firm) => ({ ...firm, programmes: await listProgrammesOfFirm(firm.id) })));
}
