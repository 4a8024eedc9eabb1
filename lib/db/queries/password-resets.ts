import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, count, eq, gt, isNull } from "drizzle-orm";
import { composePasswordResetEmail, passwordResetPath } from "@/lib/accounts/reset-email";
import { mayIssuePasswordReset, PASSWORD_RESET_WINDOW_MS, passwordResetExpiry, passwordResetState } from "@/lib/accounts/reset-token";
import { appBaseUrl, smtpConfigured } from "@/lib/env";
import { absoluteUrl } from "@/lib/notifications/links";
import { getDb, type Executor } from "../client";
import { loginAttempts, passwordResetTokens, users } from "../schema";
import { recordAuditEvent } from "./audit";
import { insertOutgoingEmails } from "./outgoing-emails";
import { revokeOtherSessions } from "./sessions";

// Forgotten passwords. The link's token is 32 random bytes; only its SHA-256 is stored, so a copy of
// the database holds no working link. The raw token exists only in the email written here.

/** SHA-256 (hex) of a token: what password_reset_tokens.token_hash holds. */
export function hashResetToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export type PasswordResetRequestOutcome = "issued" | "throttled" | "no-account";

/** Ends the account's links not used yet (they read as expired from `now` on). */
export async function expireOpenResets(executor: Executor, userId: string, now: Date): Promise<void> {
  await executor
    .update(passwordResetTokens)
    .set({ expiresAt: now })
    .where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, now)));
}

/**
 * Issues a reset link for the active account with this (normalised) email: the token row, the
 * email in the outbox and the audit event in one transaction; links issued before stop working.
 * Nothing is written for an unknown or deactivated email, nor once PASSWORD_RESET_MAX_PER_WINDOW
 * links went out in the last hour. The caller shows the same answer whatever the outcome and
 * starts deliverPendingEmails after this returns.
 */
export async function issuePasswordReset(email: string, now: Date = new Date()): Promise<PasswordResetRequestOutcome> {
  return getDb().transaction(async (tx) => {
    // The account row's lock makes parallel requests for one account count one after another.
    const [user] = await tx
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(and(eq(users.email, email), eq(users.active, true)))
      .limit(1)
      .for("update");
    if (!user) return "no-account";

    const [recent] = await tx
      .select({ issued: count() })
      .from(passwordResetTokens)
      .where(and(eq(passwordResetTokens.userId, user.id), gt(passwordResetTokens.createdAt, new Date(now.getTime() - PASSWORD_RESET_WINDOW_MS))));
    if (!mayIssuePasswordReset(recent?.issued ?? 0)) return "throttled";

    const token = randomBytes(32).toString("base64url");
    await expireOpenResets(tx, user.id, now);
    await tx.insert(passwordResetTokens).values({ userId: user.id, tokenHash: hashResetToken(token), createdAt: now, expiresAt: passwordResetExpiry(now) });
    const content = composePasswordResetEmail({ recipientName: user.name, link: absoluteUrl(appBaseUrl(), passwordResetPath(token)) });
    await insertOutgoingEmails(tx, [
      { toAddress: user.email, subject: content.subject, textBody: content.text, notificationId: null, status: smtpConfigured() ? "pending" : "held" },
    ]);
    // Anyone can ask for a reset of any address, so the request has no actor; the account is the subject.
    await recordAuditEvent(tx, { actor: null, action: "account.password-reset-requested", entityType: "user", entityId: user.id });
    return "issued";
  });
}

/** The account a reset link is for, while the link still works; null for an unknown, used or expired link. */
export async function findUsablePasswordReset(token: string, now: Date = new Date()): Promise<{ userId: string; email: string } | null> {
  const [row] = await getDb()
    .select({ userId: users.id, email: users.email, expiresAt: passwordResetTokens.expiresAt, usedAt: passwordResetTokens.usedAt, userActive: users.active })
    .from(passwordResetTokens)
    .innerJoin(users, eq(users.id, passwordResetTokens.userId))
    .where(eq(passwordResetTokens.tokenHash, hashResetToken(token)))
    .limit(1);
  if (passwordResetState(row ?? null, now) !== "usable" || !row) return null;
  return { userId: row.userId, email: row.email };
}

export type PasswordResetOutcome = { outcome: "reset"; userId: string } | { outcome: "invalid" };

/**
 * Sets a new password through a reset link, once: under the row locks of the link and the account
 * it checks the link again, stores the hash, marks the link used (and any other open link of the
 * account expired), ends every session of the account and audits it, all in one transaction.
 */
export async function resetPasswordWithToken(token: string, passwordHash: string, now: Date = new Date()): Promise<PasswordResetOutcome> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .select({
        id: passwordResetTokens.id,
        userId: users.id,
        email: users.email,
        role: users.role,
        expiresAt: passwordResetTokens.expiresAt,
        usedAt: passwordResetTokens.usedAt,
        userActive: users.active,
      })
      .from(passwordResetTokens)
      .innerJoin(users, eq(users.id, passwordResetTokens.userId))
      .where(eq(passwordResetTokens.tokenHash, hashResetToken(token)))
      .limit(1)
      .for("update");
    if (!row || passwordResetState(row, now) !== "usable") return { outcome: "invalid" };

    await tx.update(users).set({ passwordHash, passwordChangedAt: now }).where(eq(users.id, row.userId));
    await tx.update(passwordResetTokens).set({ usedAt: now }).where(eq(passwordResetTokens.id, row.id));
    await expireOpenResets(tx, row.userId, now);
    await revokeOtherSessions(tx, row.userId, null);
    // Holding the link proves control of the mailbox: a success lifts a sign-in lock that the
    // forgotten password may have caused (the throttle counts failures since the last success).
    await tx.insert(loginAttempts).values({ email: row.email, succeeded: true, attemptedAt: now });
    await recordAuditEvent(tx, { actor: { id: row.userId, role: row.role }, action: "account.password-reset", entityType: "user", entityId: row.userId });
    return { outcome: "reset", userId: row.userId };
  });
}
