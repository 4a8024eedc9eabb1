import "server-only";
import { and, desc, eq, gt } from "drizzle-orm";
import { getDb } from "../client";
import { loginAttempts } from "../schema";

export async function recordLoginAttempt(email: string, succeeded: boolean, at: Date = new Date()): Promise<void> {
  await getDb().insert(loginAttempts).values({ email, succeeded, attemptedAt: at });
}

/** The attempts for one email inside the throttling window, newest first (bounded). */
export async function listRecentLoginAttempts(email: string, since: Date): Promise<{ succeeded: boolean; attemptedAt: Date }[]> {
  return getDb()
    .select({ succeeded: loginAttempts.succeeded, attemptedAt: loginAttempts.attemptedAt })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), gt(loginAttempts.attemptedAt, since)))
    .orderBy(desc(loginAttempts.attemptedAt))
    .limit(100);
}
