import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { getDb } from "../client";
import { firmMemberships, firms, programmeEnrolments, users, type UserRole } from "../schema";
import { recordAuditEvent } from "./audit";
import { revokeOtherSessions } from "./sessions";

export type LoginCandidate = { id: string; email: string; name: string; role: UserRole; active: boolean; passwordHash: string };

export async function findLoginCandidate(email: string): Promise<LoginCandidate | null> {
  const [row] = await getDb()
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, active: users.active, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  return row ?? null;
}

export async function isEmailRegistered(email: string): Promise<boolean> {
  const [row] = await getDb().select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  return Boolean(row);
}

export type SmeSignUp = {
  email: string;
  name: string;
  passwordHash: string;
  firm: { name: string; country: string; sector: string; employees: number };
  programmeId: string | null;
};

export class EmailTakenError extends Error {
  constructor() {
    super("email already registered");
  }
}

/** Creates the SME manager, their firm, the membership and the optional enrolment in one transaction. */
export async function createSmeAccount(input: SmeSignUp): Promise<{ userId: string; firmId: string }> {
  return getDb().transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, passwordHash: input.passwordHash, role: "sme" })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!user) throw new EmailTakenError();
    const [firm] = await tx.insert(firms).values(input.firm).returning({ id: firms.id });
    if (!firm) throw new Error("firm insert returned no row");
    await tx.insert(firmMemberships).values({ firmId: firm.id, userId: user.id });
    if (input.programmeId) {
      await tx.insert(programmeEnrolments).values({ programmeId: input.programmeId, firmId: firm.id });
    }
    await recordAuditEvent(tx, {
      actor: { id: user.id, role: "sme" },
      action: "account.signed-up",
      entityType: "firm",
      entityId: firm.id,
      details: { programmeId: input.programmeId },
    });
    return { userId: user.id, firmId: firm.id };
  });
}

export async function createOfficerAccount(
  input: { email: string; name: string; passwordHash: string },
  actor: { id: string; role: UserRole },
): Promise<{ userId: string }> {
  return getDb().transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ ...input, role: "officer" })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!user) throw new EmailTakenError();
    await recordAuditEvent(tx, {
      actor: actor,
      action: "user.officer-created",
      entityType: "user",
      entityId: user.id,
    });
    return { userId: user.id };
  });
}

export async function getPasswordHash(userId: string): Promise<string | null> {
  const [row] = await getDb().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.passwordHash ?? null;
}

/** Stores the new hash and ends every other session of the user, atomically. */
export async function changePassword(
  user: { id: string; role: UserRole },
  passwordHash: string,
  keepSessionId: string,
): Promise<void> {
  await getDb().transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, passwordChangedAt: new Date() }).where(eq(users.id, user.id));
    await revokeOtherSessions(tx, user.id, keepSessionId);
    await recordAuditEvent(tx, {
      actor: user,
      action: "account.password-changed",
      entityType: "user",
      entityId: user.id,
    });
  });
}

export type UserListing = { id: string; email: string; name: string; role: UserRole; active: boolean; createdAt: Date; firmNames: string | null };

/** Admin listing: every user with the firms they manage, without password hashes. */
export async function listUsersForAdmin(): Promise<UserListing[]> {
  return getDb()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      createdAt: users.createdAt,
      firmNames: sql<string | null>`string_agg(${firms.name}, ', ' order by ${firms.name})`,
    })
    .from(users)
    .leftJoin(firmMemberships, eq(firmMemberships.userId, users.id))
    .leftJoin(firms, eq(firms.id, firmMemberships.firmId))
    .groupBy(users.id)
    .orderBy(asc(users.role), asc(users.email));
}

export async function listOfficers(): Promise<{ id: string; name: string; email: string }[]> {
  return getDb()
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.role, "officer"))
    .orderBy(asc(users.name));
}

/** How many accounts each role has, for the admin overview. */
export async function countUsersByRole(): Promise<Record<UserRole, number>> {
  const rows = await getDb()
    .select({ role: users.role, count: sql<number>`count(*)::int` })
    .from(users)
    .groupBy(users.role);
  const counts: Record<UserRole, number> = { sme: 0, officer: 0, admin: 0 };
  for (const row of rows) counts[row.role] = row.count;
  return counts;
}
