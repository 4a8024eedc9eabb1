import { describe, expect, it } from "vitest";
import { decideAcceptance, invitationExpiry, invitationState, isWellFormedInvitationToken, normaliseInvitedEmail } from "@/lib/firms/invitation";

const sent = new Date("2026-12-01T08:00:00Z");
const pending = { email: "aisyah@firm.example", role: "contributor" as const, expiresAt: invitationExpiry(sent), acceptedAt: null, revokedAt: null };
const day = 86_400_000;
const account = { email: "Aisyah@Firm.example", role: "sme", activeMember: false };

describe("invitationState", () => {
  it("is pending for seven days, then expired", () => {
    expect(invitationState(pending, new Date(sent.getTime() + 7 * day - 1))).toBe("pending");
    expect(invitationState(pending, new Date(sent.getTime() + 7 * day))).toBe("expired");
  });

  it("keeps accepted and revoked final, whatever the clock", () => {
    const later = new Date(sent.getTime() + 30 * day);
    expect(invitationState({ ...pending, acceptedAt: sent }, later)).toBe("accepted");
    expect(invitationState({ ...pending, revokedAt: sent }, later)).toBe("revoked");
  });
});

describe("decideAcceptance", () => {
  const now = new Date(sent.getTime() + day);

  it("accepts for the invited address, case-insensitively, with the invited role", () => {
    expect(decideAcceptance(pending, account, now)).toEqual({ kind: "accept", role: "contributor" });
  });

  it("refuses another address, an unknown, expired, used or revoked link", () => {
    expect(decideAcceptance(pending, { ...account, email: "someone@else.example" }, now).kind).toBe("wrong-account");
    expect(decideAcceptance(null, account, now).kind).toBe("unknown");
    expect(decideAcceptance(pending, account, new Date(sent.getTime() + 8 * day)).kind).toBe("expired");
    expect(decideAcceptance({ ...pending, acceptedAt: sent }, account, now).kind).toBe("accepted");
    expect(decideAcceptance({ ...pending, revokedAt: sent }, account, now).kind).toBe("revoked");
  });

  it("tells an existing member they are one already, and keeps officers and admins out", () => {
    expect(decideAcceptance(pending, { ...account, activeMember: true }, now).kind).toBe("already-member");
    expect(decideAcceptance(pending, { ...account, role: "officer" }, now).kind).toBe("not-an-sme");
  });
});

describe("tokens and addresses", () => {
  it("takes only 43 URL-safe characters as a token", () => {
    expect(isWellFormedInvitationToken("a".repeat(43))).toBe(true);
    expect(isWellFormedInvitationToken("a".repeat(42))).toBe(false);
    expect(isWellFormedInvitationToken(`${"a".repeat(42)}/`)).toBe(false);
    expect(isWellFormedInvitationToken(undefined)).toBe(false);
  });

  it("compares addresses trimmed and lower-cased", () => {
    expect(normaliseInvitedEmail("  Ben@Firm.EXAMPLE ")).toBe("ben@firm.example");
  });
});
