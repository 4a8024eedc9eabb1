import "server-only";
import { and, desc, eq, gt, lt } from "drizzle-orm";
import { getDb } from "../client";
import { loginAttempts } from "../schema";

/** Records an attempt and returns its id (ids grow in insertion order). */
export async function recordLoginAttempt(email: string, succeeded: boolean, at: Date = new Date()): Promise<number> {
  const [row] = await getDb().insert(loginAttempts).values({ email, succeeded, attemptedAt: at }).returning({ id: loginAttempts.id });
  if (!row) throw new Error("login attempt insert returned no row");
  return row.id;
}

/**
 * The attempts for one email inside the throttling window, newest first (bounded). With
 * `beforeId`, only those recorded before that attempt: what a request saw when it arrived.
 */
export async function listRecentLoginAttempts(
  email: string,
  since: Date,
  beforeId?: number,
): Promise<{ succeeded: boolean; attemptedAt: Date }[]> {
  const scope = and(eq(loginAttempts.email, email), gt(loginAttempts.attemptedAt, since), beforeId === undefined ? undefined : lt(loginAttempts.id, beforeId));
  return getDb()
    .select({ succeeded: loginAttempts.succeeded, attemptedAt: loginAttempts.attemptedAt })
    .from(loginAttempts)
    .where(scope)
    .orderBy(desc(loginAttempts.attemptedAt))
    .limit(100);
}

export async function markLoginAttemptSucceeded(id: number): Promise<void> {
  await getDb().update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, id));
}

/** A refused (throttled) attempt does not count, so the lock lifts when the window passes. */
export async function forgetLoginAttempt(id: number): Promise<void> {
  await getDb().delete(loginAttempts).where(eq(loginAttempts.id, id));
}
