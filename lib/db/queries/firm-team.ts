import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, asc, desc, eq, gt, isNull } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { appBaseUrl, smtpConfigured } from "@/lib/env";
import { decideAcceptance, invitationExpiry, invitationState, normaliseInvitedEmail, type AcceptDecision, type InvitationState } from "@/lib/firms/invitation";
import { composeInvitationEmail, invitationPath } from "@/lib/firms/invitation-email";
import { keepsAManager, type MemberChange } from "@/lib/firms/last-manager";
import { firmProfileChanges, type FirmProfile } from "@/lib/firms/firm-profile";
import type { FirmMemberRole } from "@/lib/firms/team-roles";
import { absoluteUrl } from "@/lib/notifications/links";
import { getDb, type Executor } from "../client";
import { firmInvitations, firmMemberships, firms, users } from "../schema";
import { recordAuditEvent } from "./audit";
import { insertOutgoingEmails } from "./outgoing-emails";

// The firm's team: members, their roles, invitations and the firm profile. Every command checks
// its rule inside the transaction that writes, under row locks, and audits in the same transaction.
// Invitation tokens are 32 random bytes; only their SHA-256 is stored, the raw token is only in the email.

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The caller's role in the firm while they are an active member; null for a removed member or a stranger. */
export async function getFirmMemberRole(userId: string, firmId: string): Promise<FirmMemberRole | null> {
  const [row] = await getDb()
    .select({ role: firmMemberships.role })
    .from(firmMemberships)
    .where(and(eq(firmMemberships.userId, userId), eq(firmMemberships.firmId, firmId), isNull(firmMemberships.removedAt)))
    .limit(1);
  return row?.role ?? null;
}

export type FirmMember = { userId: string; name: string; email: string; role: FirmMemberRole; joinedAt: Date };

/** The firm's active members, managers first, then by name. */
export async function listFirmMembers(firmId: string): Promise<FirmMember[]> {
  return getDb()
    .select({ userId: users.id, name: users.name, email: users.email, role: firmMemberships.role, joinedAt: firmMemberships.createdAt })
    .from(firmMemberships)
    .innerJoin(users, eq(users.id, firmMemberships.userId))
    .where(and(eq(firmMemberships.firmId, firmId), isNull(firmMemberships.removedAt)))
    .orderBy(asc(firmMemberships.role), asc(users.name));
}

export type FirmInvitationRow = { id: string; email: string; role: FirmMemberRole; state: InvitationState; expiresAt: Date; invitedByName: string; createdAt: Date };

/** The firm's invitations not accepted yet (pending, expired or revoked), newest first; at most 50. */
export async function listOpenFirmInvitations(firmId: string, now: Date = new Date()): Promise<FirmInvitationRow[]> {
  const rows = await getDb()
    .select({
      id: firmInvitations.id,
      email: firmInvitations.email,
      role: firmInvitations.role,
      expiresAt: firmInvitations.expiresAt,
      acceptedAt: firmInvitations.acceptedAt,
      revokedAt: firmInvitations.revokedAt,
      invitedByName: users.name,
      createdAt: firmInvitations.createdAt,
    })
    .from(firmInvitations)
    .innerJoin(users, eq(users.id, firmInvitations.invitedBy))
    .where(and(eq(firmInvitations.firmId, firmId), isNull(firmInvitations.acceptedAt)))
    .orderBy(desc(firmInvitations.createdAt))
    .limit(50);
  return rows.map(({ acceptedAt, revokedAt, ...row }) => ({ ...row, state: invitationState({ expiresAt: row.expiresAt, acceptedAt, revokedAt }, now) }));
}

async function writeInvitationEmail(executor: Executor, input: { email: string; firmName: string; inviterId: string; token: string }): Promise<void> {
  const [inviter] = await executor.select({ name: users.name }).from(users).where(eq(users.id, input.inviterId)).limit(1);
  const content = composeInvitationEmail({ firmName: input.firmName, inviterName: inviter?.name ?? "", link: absoluteUrl(appBaseUrl(), invitationPath(input.token)) });
  await insertOutgoingEmails(executor, [
    { toAddress: input.email, subject: content.subject, textBody: content.text, notificationId: null, status: smtpConfigured() ? "pending" : "held" },
  ]);
}

export type InviteOutcome = { kind: "invited"; invitationId: string } | { kind: "already-member" };

/**
 * Invites `email` to the firm with `role`: the invitation, its email in the outbox and the audit
 * event in one transaction. An earlier pending invitation of the same address is revoked, so one
 * address holds one working link. An address that is already an active member is refused.
 */
export async function inviteToFirm(actor: Actor, firmId: string, input: { email: string; role: FirmMemberRole }, now: Date = new Date()): Promise<InviteOutcome> {
  const email = normaliseInvitedEmail(input.email);
  return getDb().transaction(async (tx) => {
    const [firm] = await tx.select({ name: firms.name }).from(firms).where(eq(firms.id, firmId)).limit(1).for("update");
    if (!firm) throw new Error("firm not found");
    const [member] = await tx
      .select({ userId: firmMemberships.userId })
      .from(firmMemberships)
      .innerJoin(users, eq(users.id, firmMemberships.userId))
      .where(and(eq(firmMemberships.firmId, firmId), eq(users.email, email), isNull(firmMemberships.removedAt)))
      .limit(1);
    if (member) return { kind: "already-member" };
    await tx
      .update(firmInvitations)
      .set({ revokedAt: now, revokedBy: actor.id })
      .where(and(eq(firmInvitations.firmId, firmId), eq(firmInvitations.email, email), isNull(firmInvitations.acceptedAt), isNull(firmInvitations.revokedAt), gt(firmInvitations.expiresAt, now)));
    const token = randomBytes(32).toString("base64url");
    const [invitation] = await tx
      .insert(firmInvitations)
      .values({ firmId, email, role: input.role, tokenHash: hashInvitationToken(token), expiresAt: invitationExpiry(now), invitedBy: actor.id, createdAt: now })
      .returning({ id: firmInvitations.id });
    if (!invitation) throw new Error("invitation insert returned no row");
    await writeInvitationEmail(tx, { email, firmName: firm.name, inviterId: actor.id, token });
    // The address is personal data the firm gave; the audit keeps it with the role, never the token.
    await recordAuditEvent(tx, { actor, action: "firm.member-invited", entityType: "firm", entityId: firmId, details: { invitationId: invitation.id, email, role: input.role } });
    return { kind: "invited", invitationId: invitation.id };
  });
}

async function lockInvitation(executor: Executor, firmId: string, invitationId: string) {
  const [row] = await executor
    .select({ id: firmInvitations.id, email: firmInvitations.email, role: firmInvitations.role, expiresAt: firmInvitations.expiresAt, acceptedAt: firmInvitations.acceptedAt, revokedAt: firmInvitations.revokedAt })
    .from(firmInvitations)
    .where(and(eq(firmInvitations.id, invitationId), eq(firmInvitations.firmId, firmId)))
    .limit(1)
    .for("update");
  return row ?? null;
}

export type InvitationCommandOutcome = "done" | "not-found" | "not-pending";

/** Revokes a pending or expired invitation of the firm; an accepted or revoked one is left as it is. */
export async function revokeInvitation(actor: Actor, firmId: string, invitationId: string, now: Date = new Date()): Promise<InvitationCommandOutcome> {
  return getDb().transaction(async (tx) => {
    const row = await lockInvitation(tx, firmId, invitationId);
    if (!row) return "not-found";
    if (row.acceptedAt || row.revokedAt) return "not-pending";
    await tx.update(firmInvitations).set({ revokedAt: now, revokedBy: actor.id }).where(eq(firmInvitations.id, invitationId));
    await recordAuditEvent(tx, { actor, action: "firm.invitation-revoked", entityType: "firm", entityId: firmId, details: { invitationId, email: row.email } });
    return "done";
  });
}

/**
 * Sends a pending or expired invitation again: a new token (the old link stops working, as only
 * the new hash is stored) and a new seven-day expiry. Revoked and accepted invitations stay final.
 */
export async function resendInvitation(actor: Actor, firmId: string, invitationId: string, now: Date = new Date()): Promise<InvitationCommandOutcome> {
  return getDb().transaction(async (tx) => {
    const row = await lockInvitation(tx, firmId, invitationId);
    if (!row) return "not-found";
    if (row.acceptedAt || row.revokedAt) return "not-pending";
    const [firm] = await tx.select({ name: firms.name }).from(firms).where(eq(firms.id, firmId)).limit(1);
    const token = randomBytes(32).toString("base64url");
    await tx.update(firmInvitations).set({ tokenHash: hashInvitationToken(token), expiresAt: invitationExpiry(now) }).where(eq(firmInvitations.id, invitationId));
    await writeInvitationEmail(tx, { email: row.email, firmName: firm?.name ?? "", inviterId: actor.id, token });
    await recordAuditEvent(tx, { actor, action: "firm.member-invited", entityType: "firm", entityId: firmId, details: { invitationId, email: row.email, role: row.role, resent: true } });
    return "done";
  });
}

export type InvitationPreview = { firmId: string; firmName: string; inviterName: string; email: string; role: FirmMemberRole; state: InvitationState };

/** What the invitation page shows for a token: the firm, who invited, the address; null for an unknown token. */
export async function findInvitationByToken(token: string, now: Date = new Date()): Promise<InvitationPreview | null> {
  const [row] = await getDb()
    .select({
      firmId: firms.id,
      firmName: firms.name,
      inviterName: users.name,
      email: firmInvitations.email,
      role: firmInvitations.role,
      expiresAt: firmInvitations.expiresAt,
      acceptedAt: firmInvitations.acceptedAt,
      revokedAt: firmInvitations.revokedAt,
    })
    .from(firmInvitations)
    .innerJoin(firms, eq(firms.id, firmInvitations.firmId))
    .innerJoin(users, eq(users.id, firmInvitations.invitedBy))
    .where(eq(firmInvitations.tokenHash, hashInvitationToken(token)))
    .limit(1);
  if (!row) return null;
  const { expiresAt, acceptedAt, revokedAt, ...preview } = row;
  return { ...preview, state: invitationState({ expiresAt, acceptedAt, revokedAt }, now) };
}

export type AcceptOutcome = { decision: AcceptDecision; firmId: string | null };

/**
 * Accepts an invitation for the signed-in account, once: under the invitation row's lock it checks
 * state and address again, adds (or restores) the membership with the invited role, marks the
 * invitation accepted and audits, all in one transaction. Any refusal changes nothing.
 */
export async function acceptInvitation(account: { id: string; email: string; role: Actor["role"] }, token: string, now: Date = new Date()): Promise<AcceptOutcome> {
  return getDb().transaction((tx) => acceptInvitationIn(tx, account, token, now));
}

/** acceptInvitation inside the caller's transaction (sign-up creates the account and joins in one). */
export async function acceptInvitationIn(
  tx: Executor,
  account: { id: string; email: string; role: Actor["role"] },
  token: string,
  now: Date,
): Promise<AcceptOutcome> {
  const [row] = await tx
    .select({ id: firmInvitations.id, firmId: firmInvitations.firmId, email: firmInvitations.email, role: firmInvitations.role, expiresAt: firmInvitations.expiresAt, acceptedAt: firmInvitations.acceptedAt, revokedAt: firmInvitations.revokedAt })
    .from(firmInvitations)
    .where(eq(firmInvitations.tokenHash, hashInvitationToken(token)))
    .limit(1)
    .for("update");
  if (!row) return { decision: { kind: "unknown" }, firmId: null };
  const [membership] = await tx
    .select({ removedAt: firmMemberships.removedAt })
    .from(firmMemberships)
    .where(and(eq(firmMemberships.firmId, row.firmId), eq(firmMemberships.userId, account.id)))
    .limit(1)
    .for("update");
  const decision = decideAcceptance(row, { email: account.email, role: account.role, activeMember: Boolean(membership && !membership.removedAt) }, now);
  if (decision.kind !== "accept") return { decision, firmId: row.firmId };
  if (membership) {
    // A removed member invited back: the same row comes back, so their earlier answers keep one author.
    await tx
      .update(firmMemberships)
      .set({ role: decision.role, removedAt: null, removedBy: null, createdAt: now })
      .where(and(eq(firmMemberships.firmId, row.firmId), eq(firmMemberships.userId, account.id)));
  } else {
    await tx.insert(firmMemberships).values({ firmId: row.firmId, userId: account.id, role: decision.role, createdAt: now });
  }
  await tx.update(firmInvitations).set({ acceptedAt: now, acceptedBy: account.id }).where(eq(firmInvitations.id, row.id));
  await recordAuditEvent(tx, { actor: { id: account.id, role: account.role }, action: "firm.invitation-accepted", entityType: "firm", entityId: row.firmId, details: { invitationId: row.id, role: decision.role } });
  return { decision, firmId: row.firmId };
}

/** Raised inside createAccountForInvitation so its transaction rolls back: the account is not created. */
class InvitationRefused extends Error {
  constructor(readonly outcome: AcceptOutcome) {
    super("invitation refused");
  }
}

export type InvitedSignUpOutcome = { kind: "joined"; userId: string; firmId: string } | { kind: "refused"; decision: AcceptDecision } | { kind: "email-taken" };

/**
 * Creates an SME account for an invited person and accepts the invitation, in one transaction: no
 * firm is created, and when the invitation does not work (or the email is not the invited one)
 * no account is created either. The email must be the invited address (the form pre-fills it).
 */
export async function createAccountForInvitation(
  input: { email: string; name: string; passwordHash: string },
  token: string,
  now: Date = new Date(),
): Promise<InvitedSignUpOutcome> {
  try {
    return await getDb().transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ email: input.email, name: input.name, passwordHash: input.passwordHash, role: "sme" })
        .onConflictDoNothing({ target: users.email })
        .returning({ id: users.id });
      if (!user) return { kind: "email-taken" } as const;
      const outcome = await acceptInvitationIn(tx, { id: user.id, email: input.email, role: "sme" }, token, now);
      if (outcome.decision.kind !== "accept" || !outcome.firmId) throw new InvitationRefused(outcome);
      await recordAuditEvent(tx, { actor: { id: user.id, role: "sme" }, action: "account.signed-up", entityType: "firm", entityId: outcome.firmId, details: { invited: true } });
      return { kind: "joined", userId: user.id, firmId: outcome.firmId } as const;
    });
  } catch (error) {
    if (error instanceof InvitationRefused) return { kind: "refused", decision: error.outcome.decision };
    throw error;
  }
}

export type MemberCommandOutcome = "done" | "not-found" | "last-manager" | "unchanged";

/**
 * Changes a member's role or removes them, keeping at least one manager. The firm's active
 * membership rows are read with FOR UPDATE, so two managers demoting (or removing) each other at
 * once run one after the other: the second sees the first's change and is refused.
 */
async function changeMembership(actor: Actor, firmId: string, change: MemberChange, now: Date): Promise<MemberCommandOutcome> {
  return getDb().transaction(async (tx) => {
    const members = await tx
      .select({ userId: firmMemberships.userId, role: firmMemberships.role })
      .from(firmMemberships)
      .where(and(eq(firmMemberships.firmId, firmId), isNull(firmMemberships.removedAt)))
      .for("update");
    const target = members.find((m) => m.userId === change.userId);
    if (!target) return "not-found";
    if (change.kind === "change-role" && target.role === change.role) return "unchanged";
    if (!keepsAManager(members, change)) return "last-manager";
    const where = and(eq(firmMemberships.firmId, firmId), eq(firmMemberships.userId, change.userId));
    if (change.kind === "remove") {
      await tx.update(firmMemberships).set({ removedAt: now, removedBy: actor.id }).where(where);
      // Their open invitations go with them: a removed person should not bring anyone in afterwards.
      await tx
        .update(firmInvitations)
        .set({ revokedAt: now, revokedBy: actor.id })
        .where(and(eq(firmInvitations.firmId, firmId), eq(firmInvitations.invitedBy, change.userId), isNull(firmInvitations.acceptedAt), isNull(firmInvitations.revokedAt)));
      await recordAuditEvent(tx, { actor, action: "firm.member-removed", entityType: "firm", entityId: firmId, details: { userId: change.userId, role: target.role } });
    } else {
      await tx.update(firmMemberships).set({ role: change.role }).where(where);
      await recordAuditEvent(tx, { actor, action: "firm.member-role-changed", entityType: "firm", entityId: firmId, fromState: target.role, toState: change.role, details: { userId: change.userId } });
    }
    return "done";
  });
}

export function changeFirmMemberRole(actor: Actor, firmId: string, userId: string, role: FirmMemberRole, now: Date = new Date()): Promise<MemberCommandOutcome> {
  return changeMembership(actor, firmId, { kind: "change-role", userId, role }, now);
}

/** Removes a member at once: every guard reads the membership on each request, so their next request is refused. */
export function removeFirmMember(actor: Actor, firmId: string, userId: string, now: Date = new Date()): Promise<MemberCommandOutcome> {
  return changeMembership(actor, firmId, { kind: "remove", userId }, now);
}

/** Updates the firm profile and audits each changed field with its value before and after; nothing is written when nothing changed. */
export async function updateFirmProfile(actor: Actor, firmId: string, profile: FirmProfile): Promise<"updated" | "unchanged" | "not-found"> {
  return getDb().transaction(async (tx) => {
    const [before] = await tx
      .select({ name: firms.name, sector: firms.sector, employees: firms.employees, country: firms.country })
      .from(firms)
      .where(eq(firms.id, firmId))
      .limit(1)
      .for("update");
    if (!before) return "not-found";
    const changes = firmProfileChanges(before, profile);
    if (Object.keys(changes).length === 0) return "unchanged";
    await tx.update(firms).set(profile).where(eq(firms.id, firmId));
    await recordAuditEvent(tx, { actor, action: "firm.profile-updated", entityType: "firm", entityId: firmId, details: { changes } });
    return "updated";
  });
}
