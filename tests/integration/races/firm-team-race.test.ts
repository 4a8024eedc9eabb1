// Team commands at the same moment (issue 19's additions to the race matrix). On PostgreSQL each
// command gets its own pooled connection and they truly overlap; PGlite serialises transactions, so
// there the same rounds only check that each command still behaves.
import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { acceptInvitation, changeFirmMemberRole, inviteToFirm, removeFirmMember, revokeInvitation } from "@/lib/db/queries/firm-team";
import { firmInvitations, firmMemberships, outgoingEmails } from "@/lib/db/schema";
import { createFirm, createUser } from "../support/fixtures";

const mode = process.env.TEST_DB_MODE ?? "pglite";
const rounds = mode === "postgres" ? 20 : 3;

async function twoManagerFirm() {
  const a = await createUser({ role: "sme" });
  const b = await createUser({ role: "sme" });
  const firm = await createFirm(`Race firm ${crypto.randomUUID().slice(0, 6)}`, a.id);
  await getDb().insert(firmMemberships).values({ firmId: firm.id, userId: b.id, role: "manager" });
  return { a: { id: a.id, role: a.role }, b: { id: b.id, role: b.role }, firmId: firm.id };
}

async function activeManagers(firmId: string): Promise<number> {
  const rows = await getDb()
    .select({ userId: firmMemberships.userId })
    .from(firmMemberships)
    .where(and(eq(firmMemberships.firmId, firmId), eq(firmMemberships.role, "manager"), isNull(firmMemberships.removedAt)));
  return rows.length;
}

describe(`team races (${mode}, ${rounds} rounds)`, () => {
  it.each([
    ["demote each other", (w: Awaited<ReturnType<typeof twoManagerFirm>>) => [changeFirmMemberRole(w.a, w.firmId, w.b.id, "contributor"), changeFirmMemberRole(w.b, w.firmId, w.a.id, "contributor")]],
    ["remove each other", (w: Awaited<ReturnType<typeof twoManagerFirm>>) => [removeFirmMember(w.a, w.firmId, w.b.id), removeFirmMember(w.b, w.firmId, w.a.id)]],
    ["one removes, the other demotes", (w: Awaited<ReturnType<typeof twoManagerFirm>>) => [removeFirmMember(w.a, w.firmId, w.b.id), changeFirmMemberRole(w.b, w.firmId, w.a.id, "contributor")]],
  ] as const)("two managers who %s at once leave exactly one manager", async (_label, run) => {
    for (let round = 0; round < rounds; round++) {
      const world = await twoManagerFirm();
      const outcomes = await Promise.all(run(world));
      expect(outcomes.sort()).toEqual(["done", "last-manager"]);
      expect(await activeManagers(world.firmId)).toBe(1);
    }
  });

  it("a removed member accepting a new invitation while a manager removes them ends consistent with the remove's answer", async () => {
    for (let round = 0; round < rounds; round++) {
      const world = await twoManagerFirm();
      const member = await createUser({ role: "sme" });
      await getDb().insert(firmMemberships).values({ firmId: world.firmId, userId: member.id, role: "contributor" });
      await removeFirmMember(world.a, world.firmId, member.id);
      await inviteToFirm(world.a, world.firmId, { email: member.email, role: "contributor" });
      const [email] = await getDb().select({ textBody: outgoingEmails.textBody }).from(outgoingEmails).where(eq(outgoingEmails.toAddress, member.email));
      const token = /\/invitations\/([A-Za-z0-9_-]{43})/.exec(email!.textBody)![1]!;
      const [accepted, removed] = await Promise.all([acceptInvitation(member, token), removeFirmMember(world.b, world.firmId, member.id)]);
      expect(accepted.decision.kind).toBe("accept");
      const [row] = await getDb().select().from(firmMemberships).where(and(eq(firmMemberships.firmId, world.firmId), eq(firmMemberships.userId, member.id)));
      // "done": the remove saw the member back and removed them; "not-found": it ran first, the accept after.
      if (removed === "done") expect(row!.removedAt).not.toBeNull();
      else {
        expect(removed).toBe("not-found");
        expect(row!.removedAt).toBeNull();
      }
    }
  });

  it("an invitation accepted while it is revoked is either accepted or revoked, never both", async () => {
    for (let round = 0; round < rounds; round++) {
      const world = await twoManagerFirm();
      const invited = await createUser({ role: "sme" });
      const outcome = await inviteToFirm(world.a, world.firmId, { email: invited.email, role: "contributor" });
      if (outcome.kind !== "invited") throw new Error("not invited");
      const [email] = await getDb().select({ textBody: outgoingEmails.textBody }).from(outgoingEmails).where(eq(outgoingEmails.toAddress, invited.email));
      const token = /\/invitations\/([A-Za-z0-9_-]{43})/.exec(email!.textBody)![1]!;
      const [accepted, revoked] = await Promise.all([acceptInvitation(invited, token), revokeInvitation(world.b, world.firmId, outcome.invitationId)]);
      const [row] = await getDb().select().from(firmInvitations).where(eq(firmInvitations.id, outcome.invitationId));
      const members = await getDb().select().from(firmMemberships).where(and(eq(firmMemberships.firmId, world.firmId), eq(firmMemberships.userId, invited.id)));
      if (accepted.decision.kind === "accept") {
        expect(revoked).toBe("not-pending");
        expect(row).toMatchObject({ revokedAt: null, acceptedBy: invited.id });
        expect(members).toHaveLength(1);
      } else {
        expect(accepted.decision.kind).toBe("revoked");
        expect(revoked).toBe("done");
        expect(row!.acceptedAt).toBeNull();
        expect(members).toHaveLength(0);
      }
    }
  });
});
