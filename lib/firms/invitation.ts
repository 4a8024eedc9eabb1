import type { FirmMemberRole } from "./team-roles";

// Rules of an invitation to a firm, over plain data. The token is made and hashed in
// lib/db/queries/firm-team.ts (only its hash is stored); these rules say what state a stored
// invitation is in and whether the signed-in person may accept it.

/** An invitation link works for seven days after it was (re-)sent. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export function invitationExpiry(sentAt: Date): Date {
  return new Date(sentAt.getTime() + INVITATION_LIFETIME_MS);
}

/** 32 random bytes in base64url: 43 characters of [A-Za-z0-9_-], no padding (as a password reset token). */
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** Whether a string from a URL can be a token at all; anything else is refused before the database is asked. */
export function isWellFormedInvitationToken(token: unknown): token is string {
  return typeof token === "string" && tokenPattern.test(token);
}

export type StoredInvitation = { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null };
export type InvitationState = "pending" | "expired" | "accepted" | "revoked";

/** Accepted and revoked are final and win over the expiry; otherwise the clock decides. */
export function invitationState(invitation: StoredInvitation, now: Date): InvitationState {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  return "pending";
}

/** Emails are compared as stored: trimmed and lower-cased. */
export function normaliseInvitedEmail(email: string): string {
  return email.trim().toLowerCase();
}

export type AcceptDecision =
  | { kind: "accept"; role: FirmMemberRole }
  | { kind: "unknown" }
  | { kind: "expired" }
  | { kind: "accepted" }
  | { kind: "revoked" }
  | { kind: "wrong-account" }
  | { kind: "not-an-sme" }
  | { kind: "already-member" };

/**
 * Whether this person may accept the invitation now. The link is bound to the invited address:
 * only an account with that email (case-insensitive) accepts it. Only firm accounts (role "sme")
 * join firms; an officer or admin signed in gets a refusal rather than a second life as a member.
 */
export function decideAcceptance(
  invitation: (StoredInvitation & { email: string; role: FirmMemberRole }) | null,
  account: { email: string; role: string; activeMember: boolean },
  now: Date,
): AcceptDecision {
  if (!invitation) return { kind: "unknown" };
  const state = invitationState(invitation, now);
  if (state !== "pending") return { kind: state };
  if (normaliseInvitedEmail(account.email) !== normaliseInvitedEmail(invitation.email)) return { kind: "wrong-account" };
  if (account.role !== "sme") return { kind: "not-an-sme" };
  if (account.activeMember) return { kind: "already-member" };
  return { kind: "accept", role: invitation.role };
}

/**
 * The emailed link /invitations/<token> moves the token into this cookie and redirects to
 * /invitations, so the token leaves the address bar, the history and every later request's
 * Referer; the cookie lives no longer than an invitation. Its path is "/", not /invitations: after
 * signing in from the invitation page, the sign-in action's redirect renders /invitations within
 * the POST to /sign-in, which a cookie scoped to /invitations would not reach.
 */
export const INVITATION_COOKIE = "adp-invitation";
export const INVITATION_COOKIE_PATH = "/";
export const INVITATION_PAGE_PATH = "/invitations";
