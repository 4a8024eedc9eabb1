// Forgotten passwords against a real database (PGlite and PostgreSQL): single-use links that
// expire, replace each other and end every session; unknown addresses leave no trace; throttled.
import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { attemptLogin } from "@/lib/auth/login";
import { LOGIN_LIMITS } from "@/lib/auth/login-throttle";
import { hashPassword, verifyPassword } from "@/lib/auth/password-hash";
import { getDb } from "@/lib/db/client";
import { setUserActive } from "@/lib/db/queries/account-lifecycle";
import { recordLoginAttempt } from "@/lib/db/queries/login-attempts";
import { findUsablePasswordReset, hashResetToken, issuePasswordReset, resetPasswordWithToken } from "@/lib/db/queries/password-resets";
import { createUserSession, findActiveSessionUser } from "@/lib/db/queries/sessions";
import { auditEvents, outgoingEmails, passwordResetTokens, users } from "@/lib/db/schema";
import { appBaseUrl } from "@/lib/env";
import { createUser } from "../support/fixtures";

/** Where the account's owner signs in from (documentation range, RFC 5737). */
const ownerAddress = "192.0.2.1";

const minute = 60_000;
const hour = 60 * minute;
const oldPassword = "Old-Harbour-Kettle-2026";
const newPassword = "New-Violet-Lantern-2026";

async function accountWithPassword(purpose: string) {
  return createUser({ role: "sme", email: `${purpose}-${crypto.randomUUID().slice(0, 8)}@test.example`, name: `Reset ${purpose}`, passwordHash: await hashPassword(oldPassword) });
}

async function emailsTo(address: string) {
  return getDb()
    .select({ subject: outgoingEmails.subject, textBody: outgoingEmails.textBody, status: outgoingEmails.status, notificationId: outgoingEmails.notificationId })
    .from(outgoingEmails)
    .where(eq(outgoingEmails.toAddress, address))
    .orderBy(outgoingEmails.createdAt);
}

/** The token of the link in an email, as the person clicking it would get it. */
function tokenIn(textBody: string): string {
  const match = /\/reset-password\/([A-Za-z0-9_-]{43})\n/.exec(textBody);
  if (!match?.[1]) throw new Error(`no reset link in: ${textBody}`);
  return match[1];
}

async function latestToken(address: string): Promise<string> {
  const emails = await emailsTo(address);
  return tokenIn(emails.at(-1)!.textBody);
}

async function auditOf(userId: string, action: string) {
  return getDb().select().from(auditEvents).where(and(eq(auditEvents.entityId, userId), eq(auditEvents.action, action)));
}

async function tableCounts() {
  const db = getDb();
  const [[tokens], [emails], [audits]] = await Promise.all([
    db.select({ n: count() }).from(passwordResetTokens),
    db.select({ n: count() }).from(outgoingEmails),
    db.select({ n: count() }).from(auditEvents),
  ]);
  return { tokens: tokens?.n, emails: emails?.n, audits: audits?.n };
}

describe("asking for a reset link", () => {
  it("stores only a hash of the token, writes a held bilingual email with the link, and audits the request", async () => {
    const user = await accountWithPassword("issue");
    const issuedAt = new Date();
    expect(await issuePasswordReset(user.email, issuedAt)).toBe("issued");

    const [email, ...more] = await emailsTo(user.email);
    expect(more).toEqual([]);
    // No SMTP here: the email waits in the development outbox; it belongs to no in-app notification.
    expect(email).toMatchObject({ status: "held", notificationId: null, subject: "Reset your ADP Readiness password / Tetapkan semula kata laluan ADP Readiness anda" });
    const token = tokenIn(email!.textBody);
    expect(email!.textBody).toContain(`${appBaseUrl()}/reset-password/${token}\n`);

    const rows = await getDb().select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashResetToken(token));
    expect(rows[0]!.tokenHash).not.toContain(token);
    expect(rows[0]!.expiresAt.getTime() - rows[0]!.createdAt.getTime()).toBe(hour);
    expect(rows[0]!.usedAt).toBeNull();

    const [audit] = await auditOf(user.id, "account.password-reset-requested");
    expect(audit).toMatchObject({ entityType: "user", actorUserId: null });
    expect(await findUsablePasswordReset(token)).toEqual({ userId: user.id, email: user.email });
  });

  it("changes nothing and writes no email for an unknown address or a deactivated account", async () => {
    const deactivated = await createUser({ role: "sme", email: "gone@test.example", active: false });
    const before = await tableCounts();
    expect(await issuePasswordReset("nobody@test.example")).toBe("no-account");
    expect(await issuePasswordReset(deactivated.email)).toBe("no-account");
    expect(await tableCounts()).toEqual(before);
    expect(await emailsTo("nobody@test.example")).toEqual([]);
  });

  it("replaces the earlier link: only the newest one works", async () => {
    const user = await accountWithPassword("replace");
    await issuePasswordReset(user.email);
    const first = await latestToken(user.email);
    await issuePasswordReset(user.email);
    const second = await latestToken(user.email);
    expect(second).not.toBe(first);
    expect(await findUsablePasswordReset(first)).toBeNull();
    expect(await resetPasswordWithToken(first, await hashPassword(newPassword))).toEqual({ outcome: "invalid" });
    expect(await findUsablePasswordReset(second)).not.toBeNull();
  });

  it("sends at most three links an hour per account, silently, and again once the hour has passed", async () => {
    const user = await accountWithPassword("throttle");
    const start = new Date();
    for (let i = 0; i < 3; i++) expect(await issuePasswordReset(user.email, new Date(start.getTime() + i * minute))).toBe("issued");
    const before = await tableCounts();
    expect(await issuePasswordReset(user.email, new Date(start.getTime() + 10 * minute))).toBe("throttled");
    expect(await tableCounts()).toEqual(before);
    expect(await emailsTo(user.email)).toHaveLength(3);
    expect(await issuePasswordReset(user.email, new Date(start.getTime() + hour + 30 * 1000))).toBe("issued");
  });

  it("counts parallel requests for one account one after another", async () => {
    const user = await accountWithPassword("parallel");
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => issuePasswordReset(user.email)));
    expect(outcomes.filter((o) => o === "issued")).toHaveLength(3);
    expect(outcomes.filter((o) => o === "throttled")).toHaveLength(3);
    expect(await emailsTo(user.email)).toHaveLength(3);
  });
});

describe("using a reset link", () => {
  it("sets the new password, ends every session of the account, and works only once", async () => {
    const user = await accountWithPassword("use");
    const neighbour = await accountWithPassword("neighbour");
    const laptop = await createUserSession(user.id, new Date(Date.now() + hour));
    const phone = await createUserSession(user.id, new Date(Date.now() + hour));
    const neighbourSession = await createUserSession(neighbour.id, new Date(Date.now() + hour));
    await getDb().update(users).set({ passwordChangedAt: new Date("2020-01-01T00:00:00Z") }).where(eq(users.id, user.id));
    await issuePasswordReset(user.email);
    const token = await latestToken(user.email);

    expect(await resetPasswordWithToken(token, await hashPassword(newPassword))).toEqual({ outcome: "reset", userId: user.id });

    expect(await findActiveSessionUser(laptop)).toBeNull();
    expect(await findActiveSessionUser(phone)).toBeNull();
    expect(await findActiveSessionUser(neighbourSession)).not.toBeNull();
    const [stored] = await getDb().select({ passwordHash: users.passwordHash, passwordChangedAt: users.passwordChangedAt }).from(users).where(eq(users.id, user.id));
    expect(await verifyPassword(stored!.passwordHash, newPassword)).toBe(true);
    expect(stored!.passwordChangedAt.getTime()).toBeGreaterThan(new Date("2021-01-01").getTime());
    const [row] = await getDb().select({ usedAt: passwordResetTokens.usedAt }).from(passwordResetTokens).where(eq(passwordResetTokens.tokenHash, hashResetToken(token)));
    expect(row!.usedAt).not.toBeNull();
    const [audit] = await auditOf(user.id, "account.password-reset");
    expect(audit).toMatchObject({ actorUserId: user.id, actorRole: "sme", entityType: "user" });

    expect((await attemptLogin(user.email, newPassword, ownerAddress)).outcome).toBe("signed-in");
    expect((await attemptLogin(user.email, oldPassword, ownerAddress)).outcome).toBe("invalid");

    // The same link again: refused, and the password stays the one just set.
    expect(await findUsablePasswordReset(token)).toBeNull();
    expect(await resetPasswordWithToken(token, await hashPassword("Third-Password-Attempt-1"))).toEqual({ outcome: "invalid" });
    expect((await attemptLogin(user.email, newPassword, ownerAddress)).outcome).toBe("signed-in");
  });

  it("lets exactly one of two simultaneous uses of a link through", async () => {
    const user = await accountWithPassword("race");
    await issuePasswordReset(user.email);
    const token = await latestToken(user.email);
    const [a, b] = await Promise.all([resetPasswordWithToken(token, await hashPassword("Race-Password-Alpha-1")), resetPasswordWithToken(token, await hashPassword("Race-Password-Bravo-2"))]);
    expect([a.outcome, b.outcome].sort()).toEqual(["invalid", "reset"]);
    expect(await auditOf(user.id, "account.password-reset")).toHaveLength(1);
  });

  it("refuses an expired link and leaves the password and sessions alone", async () => {
    const user = await accountWithPassword("expired");
    const session = await createUserSession(user.id, new Date(Date.now() + hour));
    await issuePasswordReset(user.email);
    const token = await latestToken(user.email);
    // Not yet expired a minute before the hour is up, expired from the hour on.
    expect(await findUsablePasswordReset(token, new Date(Date.now() + hour - minute))).not.toBeNull();
    expect(await resetPasswordWithToken(token, await hashPassword(newPassword), new Date(Date.now() + hour + minute))).toEqual({ outcome: "invalid" });

    await getDb().update(passwordResetTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(passwordResetTokens.userId, user.id));
    expect(await findUsablePasswordReset(token)).toBeNull();
    expect(await resetPasswordWithToken(token, await hashPassword(newPassword))).toEqual({ outcome: "invalid" });
    expect((await attemptLogin(user.email, oldPassword, ownerAddress)).outcome).toBe("signed-in");
    expect(await findActiveSessionUser(session)).not.toBeNull();
    expect(await auditOf(user.id, "account.password-reset")).toEqual([]);
  });

  it("refuses an unknown token", async () => {
    const unknown = "x".repeat(43);
    expect(await findUsablePasswordReset(unknown)).toBeNull();
    expect(await resetPasswordWithToken(unknown, await hashPassword(newPassword))).toEqual({ outcome: "invalid" });
  });

  it("stops working when the account is deactivated, and stays dead after reactivation", async () => {
    const user = await accountWithPassword("deactivated");
    const admin = await createUser({ role: "admin" });
    await issuePasswordReset(user.email);
    const token = await latestToken(user.email);
    expect(await setUserActive({ id: admin.id, role: "admin" }, user.id, false)).toBe("changed");
    expect(await findUsablePasswordReset(token)).toBeNull();
    expect(await setUserActive({ id: admin.id, role: "admin" }, user.id, true)).toBe("changed");
    expect(await resetPasswordWithToken(token, await hashPassword(newPassword))).toEqual({ outcome: "invalid" });
  });

  it("lifts a sign-in lock that the forgotten password caused", async () => {
    const user = await accountWithPassword("locked");
    const now = new Date();
    const guess = (address: string, i: number) => recordLoginAttempt({ email: user.email, address }, false, new Date(now.getTime() - (i + 1) * 1000));
    for (let i = 0; i < LOGIN_LIMITS.accountAndAddress; i++) await guess(ownerAddress, i);
    // Guesses from many addresses reach the account's ceiling too, which binds a new address.
    for (let i = 0; i < LOGIN_LIMITS.account; i++) await guess(`198.51.100.${i + 1}`, i);
    expect((await attemptLogin(user.email, oldPassword, ownerAddress)).outcome).toBe("throttled");
    expect((await attemptLogin(user.email, oldPassword, "203.0.113.77")).outcome).toBe("throttled");
    await issuePasswordReset(user.email);
    await resetPasswordWithToken(await latestToken(user.email), await hashPassword(newPassword));
    expect((await attemptLogin(user.email, newPassword, ownerAddress)).outcome).toBe("signed-in");
    expect((await attemptLogin(user.email, newPassword, "203.0.113.77")).outcome).toBe("signed-in");
  });
});
