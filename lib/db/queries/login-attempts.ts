import "server-only";
import { createHash } from "node:crypto";
import { and, desc, eq, gt, inArray, isNotNull, isNull, lt, ne, or, sql } from "drizzle-orm";
import {
  evaluateLoginThrottle,
  KNOWN_ADDRESS_MS,
  LOGIN_WINDOW_MS,
  type LoginClient,
  type LoginHistory,
  type LoginThrottle,
} from "@/lib/auth/login-throttle";
import { getDb, type Executor } from "../client";
import { loginAttempts } from "../schema";

/** What the throttle needs of one sign-in: the failures in the window for its account or address, and its last success and reset. */
export async function readLoginHistory(client: LoginClient, now: Date, db: Executor = getDb()): Promise<LoginHistory> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const failures = await db
    .select({ email: loginAttempts.email, address: loginAttempts.clientAddress, attemptedAt: loginAttempts.attemptedAt })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.succeeded, false),
        gt(loginAttempts.attemptedAt, since),
        isNotNull(loginAttempts.clientAddress),
        or(eq(loginAttempts.email, client.email), eq(loginAttempts.clientAddress, client.address)),
      ),
    )
    .orderBy(desc(loginAttempts.attemptedAt))
    // Locked requests are not recorded, so the limits (5, 30, 50) keep this far below the bound.
    .limit(1000);
  const lastOf = async (addressCondition: ReturnType<typeof eq>) => {
    const [row] = await db
      .select({ at: loginAttempts.attemptedAt })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.email, client.email), eq(loginAttempts.succeeded, true), addressCondition))
      .orderBy(desc(loginAttempts.attemptedAt))
      .limit(1);
    return row?.at ?? null;
  };
  return {
    failures: failures.map((f) => ({ email: f.email, address: f.address ?? "", attemptedAt: f.attemptedAt })),
    lastSuccessFromAddress: await lastOf(eq(loginAttempts.clientAddress, client.address)),
    lastReset: await lastOf(isNull(loginAttempts.clientAddress)),
  };
}

/** A throttled attempt, or the id of the attempt recorded for the password check. */
export type LoginClaim = Extract<LoginThrottle, { locked: true }> | { locked: false; attemptId: number };

/** A 64-bit advisory lock key per email and per address (different namespaces, so they never collide by design). */
function lockKey(kind: "email" | "address", value: string): bigint {
  return createHash("sha256").update(`login-throttle:${kind}:${value}`).digest().readBigInt64BE(0);
}

/**
 * Decides one sign-in attempt and, unless it is throttled, records it as a failure (a success is
 * marked afterwards). Atomic across connections and app instances: the transaction holds advisory
 * locks on the email and the address while it counts and inserts, so of many parallel guesses each
 * sees those recorded before it, and no more than a limit's worth get through. The locks are taken
 * in one fixed order, so two attempts never wait on each other's.
 */
export async function claimLoginAttempt(client: LoginClient, now: Date): Promise<LoginClaim> {
  return getDb().transaction(async (tx) => {
    const keys = [lockKey("email", client.email), lockKey("address", client.address)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const key of keys) await tx.execute(sql`select pg_advisory_xact_lock(${key.toString()}::bigint)`);
    // Judged at the later of the caller's time and now: a request may have waited for the locks.
    const judgedAt = new Date(Math.max(now.getTime(), Date.now()));
    const throttle = evaluateLoginThrottle(await readLoginHistory(client, judgedAt, tx), client, judgedAt);
    // A throttled attempt is not recorded, so a lock lifts when the window of real failures passes.
    if (throttle.locked) return throttle;
    const [row] = await tx
      .insert(loginAttempts)
      .values({ email: client.email, clientAddress: client.address, succeeded: false, attemptedAt: now })
      .returning({ id: loginAttempts.id });
    if (!row) throw new Error("login attempt insert returned no row");
    return { locked: false, attemptId: row.id };
  });
}

/**
 * Marks an attempt a success, and drops the earlier successes of that email from that address:
 * the throttle needs only the last one (it makes the address known to the account).
 */
export async function markLoginAttemptSucceeded(id: number, client: LoginClient): Promise<void> {
  await getDb().transaction(async (tx) => {
    await tx.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, id));
    await tx
      .delete(loginAttempts)
      .where(and(eq(loginAttempts.email, client.email), eq(loginAttempts.clientAddress, client.address), eq(loginAttempts.succeeded, true), ne(loginAttempts.id, id)));
  });
}

/** Records a finished attempt as is: for tests and seeds that need a history. */
export async function recordLoginAttempt(client: LoginClient, succeeded: boolean, at: Date = new Date()): Promise<number> {
  const [row] = await getDb()
    .insert(loginAttempts)
    .values({ email: client.email, clientAddress: client.address, succeeded, attemptedAt: at })
    .returning({ id: loginAttempts.id });
  if (!row) throw new Error("login attempt insert returned no row");
  return row.id;
}

/**
 * Deletes what the throttle no longer reads: failures and resets older than the window, successes
 * older than KNOWN_ADDRESS_MS. A bounded batch per call, so a sign-in never waits on a large delete.
 */
export async function pruneLoginAttempts(now: Date, batch = 500): Promise<number> {
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const knownSince = new Date(now.getTime() - KNOWN_ADDRESS_MS);
  const db = getDb();
  const stale = db
    .select({ id: loginAttempts.id })
    .from(loginAttempts)
    .where(
      and(
        lt(loginAttempts.attemptedAt, windowStart),
        or(eq(loginAttempts.succeeded, false), isNull(loginAttempts.clientAddress), lt(loginAttempts.attemptedAt, knownSince)),
      ),
    )
    .limit(batch);
  const deleted = await db.delete(loginAttempts).where(inArray(loginAttempts.id, stale)).returning({ id: loginAttempts.id });
  return deleted.length;
}
