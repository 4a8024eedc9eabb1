// The firm's team against a real database (PGlite and PostgreSQL): invitations are single-use,
// expire, are bound to the invited address and replace each other; refusals change nothing; a
// removed member reads nothing; a firm keeps a manager; profile edits are audited before/after.
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getAssessmentForMember } from "@/lib/db/queries/assessments";
import {
  acceptInvitation,
  changeFirmMemberRole,
  createAccountForInvitation,
  findInvitationByToken,
  getFirmMemberRole,
  inviteToFirm,
  listFirmMembers,
  listOpenFirmInvitations,
  removeFirmMember,
  resendInvitation,
  revokeInvitation,
  updateFirmProfile,
} from "@/lib/db/queries/firm-team";
import { getFirmForMember, listFirmsForUser } from "@/lib/db/queries/firms";
import { assessments, auditEvents, firmInvitations, firmMemberships, firms, outgoingEmails, users } from "@/lib/db/schema";
import { createFirm, createUser, type TestUser } from "../support/fixtures";

const day = 86_400_000;
const actorOf = (user: TestUser) => ({ id: user.id, role: user.role });

async function latestInvitationToken(address: string): Promise<string> {
  const rows = await getDb().select({ textBody: outgoingEmails.textBody }).from(outgoingEmails).where(eq(outgoingEmails.toAddress, address)).orderBy(outgoingEmails.createdAt);
  const match = /\/invitations\/([A-Za-z0-9_-]{43})\n/.exec(rows.at(-1)?.textBody ?? "");
  if (!match?.[1]) throw new Error(`no invitation link to ${address}`);
  return match[1];
}

async function snapshot(firmId: string) {
  const db = getDb();
  const [members, invitations, [audits]] = await Promise.all([
    db.select().from(firmMemberships).where(eq(firmMemberships.firmId, firmId)).orderBy(firmMemberships.userId),
    db.select().from(firmInvitations).where(eq(firmInvitations.firmId, firmId)).orderBy(firmInvitations.id),
    db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.entityId, firmId)),
  ]);
  return { members, invitations, audits: audits?.n };
}

async function auditsOf(firmId: string, action: string) {
  return getDb().select().from(auditEvents).where(and(eq(auditEvents.entityId, firmId), eq(auditEvents.action, action)));
}

let manager: TestUser;
let firm: { id: string; name: string };

beforeAll(async () => {
  manager = await createUser({ role: "sme", name: "Aisyah Manager", email: "aisyah@team-firm.example" });
  firm = await createFirm("Team Firm Sdn Bhd", manager.id);
});

async function newColleague(label: string) {
  return createUser({ role: "sme", name: `Colleague ${label}`, email: `${label}-${crypto.randomUUID().slice(0, 6)}@team-firm.example` });
}

describe("invite → accept", () => {
  it("sends a link by email, stores only its hash, and the invited account joins with the invited role", async () => {
    const colleague = await newColleague("ben");
    const outcome = await inviteToFirm(actorOf(manager), firm.id, { email: colleague.email.toUpperCase(), role: "contributor" });
    expect(outcome.kind).toBe("invited");
    const token = await latestInvitationToken(colleague.email);
    const [stored] = await getDb().select().from(firmInvitations).where(eq(firmInvitations.email, colleague.email));
    expect(stored!.tokenHash).not.toContain(token);
    expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBe(7 * day);

    const preview = await findInvitationByToken(token);
    expect(preview).toMatchObject({ firmName: firm.name, inviterName: "Aisyah Manager", email: colleague.email, role: "contributor", state: "pending" });

    const accepted = await acceptInvitation(colleague, token);
    expect(accepted).toEqual({ decision: { kind: "accept", role: "contributor" }, firmId: firm.id });
    expect(await getFirmMemberRole(colleague.id, firm.id)).toBe("contributor");
    expect((await listFirmsForUser(colleague.id)).map((f) => f.id)).toEqual([firm.id]);
    expect((await listFirmMembers(firm.id)).map((m) => [m.name, m.role])).toContainEqual(["Colleague ben", "contributor"]);
    expect(await auditsOf(firm.id, "firm.invitation-accepted")).toHaveLength(1);
    // Used once: a second use is refused and changes nothing.
    const before = await snapshot(firm.id);
    expect((await acceptInvitation(colleague, token)).decision.kind).toBe("accepted");
    expect(await snapshot(firm.id)).toEqual(before);
  });

  it("creates an account through the invitation without creating a firm", async () => {
    const email = `new-${crypto.randomUUID().slice(0, 6)}@team-firm.example`;
    await inviteToFirm(actorOf(manager), firm.id, { email, role: "manager" });
    const token = await latestInvitationToken(email);
    const [firmsBefore] = await getDb().select({ n: count() }).from(firms);
    const outcome = await createAccountForInvitation({ email, name: "Chong New", passwordHash: "x" }, token);
    expect(outcome).toMatchObject({ kind: "joined", firmId: firm.id });
    const [firmsAfter] = await getDb().select({ n: count() }).from(firms);
    expect(firmsAfter!.n).toBe(firmsBefore!.n);
    if (outcome.kind === "joined") expect(await getFirmMemberRole(outcome.userId, firm.id)).toBe("manager");
  });

  it("creates no account when the invitation no longer works", async () => {
    const email = `late-${crypto.randomUUID().slice(0, 6)}@team-firm.example`;
    await inviteToFirm(actorOf(manager), firm.id, { email, role: "contributor" }, new Date(Date.now() - 8 * day));
    const token = await latestInvitationToken(email);
    expect(await createAccountForInvitation({ email, name: "Too Late", passwordHash: "x" }, token)).toEqual({ kind: "refused", decision: { kind: "expired" } });
    expect(await getDb().select().from(users).where(eq(users.email, email))).toEqual([]);
  });
});

describe("refused invitations change nothing", () => {
  it.each([
    ["expired", async (email: string) => inviteToFirm(actorOf(manager), firm.id, { email, role: "contributor" }, new Date(Date.now() - 8 * day)), "expired"],
    [
      "revoked",
      async (email: string) => {
        const outcome = await inviteToFirm(actorOf(manager), firm.id, { email, role: "contributor" });
        if (outcome.kind === "invited") expect(await revokeInvitation(actorOf(manager), firm.id, outcome.invitationId)).toBe("done");
      },
      "revoked",
    ],
  ] as const)("an %s link", async (_label, prepare, expected) => {
    const colleague = await newColleague(_label);
    await prepare(colleague.email);
    const token = await latestInvitationToken(colleague.email);
    const before = await snapshot(firm.id);
    expect((await acceptInvitation(colleague, token)).decision.kind).toBe(expected);
    expect(await snapshot(firm.id)).toEqual(before);
    expect(await getFirmMemberRole(colleague.id, firm.id)).toBeNull();
  });

  it("a link opened by another account than the invited one", async () => {
    const invited = await newColleague("invited");
    const other = await newColleague("other");
    await inviteToFirm(actorOf(manager), firm.id, { email: invited.email, role: "manager" });
    const token = await latestInvitationToken(invited.email);
    const before = await snapshot(firm.id);
    expect((await acceptInvitation(other, token)).decision.kind).toBe("wrong-account");
    expect(await snapshot(firm.id)).toEqual(before);
    // The invited person can still use it.
    expect((await acceptInvitation(invited, token)).decision.kind).toBe("accept");
  });

  it("a link replaced by a re-send, and one replaced by a new invitation", async () => {
    const colleague = await newColleague("resent");
    const outcome = await inviteToFirm(actorOf(manager), firm.id, { email: colleague.email, role: "contributor" });
    const first = await latestInvitationToken(colleague.email);
    if (outcome.kind !== "invited") throw new Error("not invited");
    expect(await resendInvitation(actorOf(manager), firm.id, outcome.invitationId)).toBe("done");
    const second = await latestInvitationToken(colleague.email);
    expect(second).not.toBe(first);
    expect((await acceptInvitation(colleague, first)).decision.kind).toBe("unknown");
    await inviteToFirm(actorOf(manager), firm.id, { email: colleague.email, role: "manager" });
    expect((await acceptInvitation(colleague, second)).decision.kind).toBe("revoked");
    const third = await latestInvitationToken(colleague.email);
    expect((await acceptInvitation(colleague, third)).decision).toEqual({ kind: "accept", role: "manager" });
  });

  it("an address that is already a member is not invited again", async () => {
    expect(await inviteToFirm(actorOf(manager), firm.id, { email: manager.email, role: "contributor" })).toEqual({ kind: "already-member" });
  });

  it("lists pending, expired and revoked invitations with their state", async () => {
    await inviteToFirm(actorOf(manager), firm.id, { email: "pending@elsewhere.example", role: "contributor" });
    const listed = await listOpenFirmInvitations(firm.id);
    expect(new Set(listed.map((i) => i.state))).toEqual(new Set(["pending", "expired", "revoked"]));
  });
});

describe("removal and the last manager", () => {
  it("a removed member reads nothing of the firm, at once", async () => {
    const localManager = await createUser({ role: "sme" });
    const localFirm = await createFirm("Removal Firm", localManager.id);
    const colleague = await newColleague("removed");
    await getDb().insert(firmMemberships).values({ firmId: localFirm.id, userId: colleague.id, role: "contributor" });
    const [assessment] = await getDb().insert(assessments).values({ firmId: localFirm.id }).returning({ id: assessments.id });
    expect(await getAssessmentForMember(colleague.id, assessment!.id)).not.toBeNull();

    expect(await removeFirmMember(actorOf(localManager), localFirm.id, colleague.id)).toBe("done");
    expect(await getFirmForMember(colleague.id, localFirm.id)).toBeNull();
    expect(await getFirmMemberRole(colleague.id, localFirm.id)).toBeNull();
    expect(await getAssessmentForMember(colleague.id, assessment!.id)).toBeNull();
    expect(await listFirmsForUser(colleague.id)).toEqual([]);
    expect((await listFirmMembers(localFirm.id)).map((m) => m.userId)).toEqual([localManager.id]);
    // The row stays (soft removal), so their name stays with what they wrote.
    const [row] = await getDb().select().from(firmMemberships).where(and(eq(firmMemberships.firmId, localFirm.id), eq(firmMemberships.userId, colleague.id)));
    expect(row).toMatchObject({ removedBy: localManager.id });
    expect(await auditsOf(localFirm.id, "firm.member-removed")).toHaveLength(1);
  });

  it("the last manager can be neither removed nor demoted", async () => {
    const only = await createUser({ role: "sme" });
    const soloFirm = await createFirm("Solo Firm", only.id);
    const before = await snapshot(soloFirm.id);
    expect(await removeFirmMember(actorOf(only), soloFirm.id, only.id)).toBe("last-manager");
    expect(await changeFirmMemberRole(actorOf(only), soloFirm.id, only.id, "contributor")).toBe("last-manager");
    expect(await snapshot(soloFirm.id)).toEqual(before);

    const second = await newColleague("second-manager");
    await getDb().insert(firmMemberships).values({ firmId: soloFirm.id, userId: second.id, role: "manager" });
    expect(await changeFirmMemberRole(actorOf(only), soloFirm.id, only.id, "contributor")).toBe("done");
    expect(await removeFirmMember(actorOf(second), soloFirm.id, second.id)).toBe("last-manager");
    const [changed] = await auditsOf(soloFirm.id, "firm.member-role-changed");
    expect(changed).toMatchObject({ fromState: "manager", toState: "contributor" });
  });

  it("the invitations a removed manager sent die with their membership; other managers' stay open", async () => {
    const localManager = await createUser({ role: "sme" });
    const localFirm = await createFirm("Invitation Firm", localManager.id);
    const leaving = await newColleague("leaving-manager");
    await getDb().insert(firmMemberships).values({ firmId: localFirm.id, userId: leaving.id, role: "manager" });
    const theirs = await newColleague("their-guest");
    const ours = await newColleague("our-guest");
    await inviteToFirm(actorOf(leaving), localFirm.id, { email: theirs.email, role: "manager" });
    await inviteToFirm(actorOf(localManager), localFirm.id, { email: ours.email, role: "contributor" });
    const theirToken = await latestInvitationToken(theirs.email);

    expect(await removeFirmMember(actorOf(localManager), localFirm.id, leaving.id)).toBe("done");
    expect((await acceptInvitation(theirs, theirToken)).decision.kind).not.toBe("accept");
    expect(await getFirmMemberRole(theirs.id, localFirm.id)).toBeNull();
    expect((await acceptInvitation(ours, await latestInvitationToken(ours.email))).decision.kind).toBe("accept");
    const states = Object.fromEntries((await listOpenFirmInvitations(localFirm.id)).map((i) => [i.email, i.state]));
    expect(states[theirs.email]).toBe("revoked");
  });

  it("a removed member invited again comes back on the same row", async () => {
    const colleague = await newColleague("returning");
    await inviteToFirm(actorOf(manager), firm.id, { email: colleague.email, role: "contributor" });
    await acceptInvitation(colleague, await latestInvitationToken(colleague.email));
    await removeFirmMember(actorOf(manager), firm.id, colleague.id);
    await inviteToFirm(actorOf(manager), firm.id, { email: colleague.email, role: "manager" });
    expect((await acceptInvitation(colleague, await latestInvitationToken(colleague.email))).decision.kind).toBe("accept");
    expect(await getFirmMemberRole(colleague.id, firm.id)).toBe("manager");
  });
});

describe("the firm profile", () => {
  it("is updated and each change audited with its value before and after", async () => {
    const owner = await createUser({ role: "sme" });
    const profileFirm = await createFirm("Profile Firm", owner.id);
    expect(await updateFirmProfile(actorOf(owner), profileFirm.id, { name: "Profile Firm Sdn Bhd", sector: "22", employees: 75, country: "MY" })).toBe("updated");
    const [row] = await getDb().select().from(firms).where(eq(firms.id, profileFirm.id));
    expect(row).toMatchObject({ name: "Profile Firm Sdn Bhd", employees: 75 });
    const [audit] = await auditsOf(profileFirm.id, "firm.profile-updated");
    expect(audit!.details).toEqual({ changes: { name: { before: "Profile Firm", after: "Profile Firm Sdn Bhd" }, employees: { before: 50, after: 75 } } });
    expect(await updateFirmProfile(actorOf(owner), profileFirm.id, { name: "Profile Firm Sdn Bhd", sector: "22", employees: 75, country: "MY" })).toBe("unchanged");
    expect(await auditsOf(profileFirm.id, "firm.profile-updated")).toHaveLength(1);
  });
});
