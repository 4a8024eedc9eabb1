import "server-only";
import { and, eq, gt, isNull, ne } from "drizzle-orm";
import { getDb, type Executor } from "../client";
import type { Actor } from "@/lib/auth/actor";
import { users, userSessions } from "../schema";

/** The signed-in user: an Actor (what commands and the audit log take) with the session and what pages show. */
export type SessionUser = Actor & { sessionId: string; email: string; name: string };

export async function createUserSession(userId: string, expiresAt: Date): Promise<string> {
  const [row] = await getDb().insert(userSessions).values({ userId, expiresAt }).returning({ id: userSessions.id });
  if (!row) throw new Error("session insert returned no row");
  return row.id;
}

/** The signed-in user behind a session id, or null when the session is revoked, expired or the user deactivated. */
export async function findActiveSessionUser(sessionId: string, now: Date = new Date()): Promise<SessionUser | null> {
  const [row] = await getDb()
    .select({ sessionId: userSessions.id, id: users.id, email: users.email, name: users.name, role: users.role })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(
      and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt), gt(userSessions.expiresAt, now), eq(users.active, true)),
    )
    .limit(1);
  return row ?? null;
}

export async function revokeSession(sessionId: string): Promise<void> {
  await getDb().update(userSessions).set({ revokedAt: new Date() }).where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)));
}

export async function revokeOtherSessions(executor: Executor, userId: string, keepSessionId: string | null): Promise<void> {
  const scope = keepSessionId
    ? and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt), ne(userSessions.id, keepSessionId))
    : and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt));
  await executor.update(userSessions).set({ revokedAt: new Date() }).where(scope);
}
