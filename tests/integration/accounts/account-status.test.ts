// An admin deactivating and reactivating accounts (PGlite and PostgreSQL): sessions end at once,
// sign-in is refused like a wrong password, history stays, and an admin cannot lock themselves out.
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { attemptLogin } from "@/lib/auth/login";
import { hashPassword } from "@/lib/auth/password-hash";
import { getDb } from "@/lib/db/client";
import { getUserForAdmin, setUserActive } from "@/lib/db/queries/account-lifecycle";
import { createUserSession, findActiveSessionUser } from "@/lib/db/queries/sessions";
import { assessments, auditEvents, firmMemberships, users } from "@/lib/db/schema";
import { createFirm, createUser, seedFixtures, type Fixtures } from "../support/fixtures";
import { createCompleteDraft, registerCurrentQuestionnaire, submit } from "../notifications/submission";

const hour = 60 * 60 * 1000;
const password = "Quiet-Mango-Ledger-2026";

let fixtures: Fixtures;
const admin = () => ({ id: fixtures.users.admin.id, role: "admin" as const });

beforeAll(async () => {
  fixtures = await seedFixtures();
  await registerCurrentQuestionnaire();
});

async function smeWithHistory(purpose: string) {
  const user = await createUser({ role: "sme", email: `${purpose}@test.example`, name: `Manager ${purpose}`, passwordHash: await hashPassword(password) });
  const firm = await createFirm(`Firm ${purpose}`, user.id);
  const assessmentId = await createCompleteDraft(firm.id, null, { id: user.id, role: "sme" });
  await submit(assessmentId, { id: user.id, role: "sme" });
  return { user, firm, assessmentId };
}

async function statusAudits(userId: string) {
  return getDb()
    .select({ action: auditEvents.action, actorUserId: auditEvents.actorUserId, actorRole: auditEvents.actorRole, fromState: auditEvents.fromState, toState: auditEvents.toState })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "user"), eq(auditEvents.entityId, userId)))
    .orderBy(auditEvents.id);
}

async function isActive(userId: string) {
  const [row] = await getDb().select({ active: users.active }).from(users).where(eq(users.id, userId));
  return row?.active;
}

describe("deactivating an account", () => {
  it("ends every session at once, refuses sign-in as a wrong password would, and leaves the history alone", async () => {
    const { user, firm, assessmentId } = await smeWithHistory("deactivate");
    const sessions = [await createUserSession(user.id, new Date(Date.now() + hour)), await createUserSession(user.id, new Date(Date.now() + hour))];
    const [auditsBefore] = await getDb().select({ n: count() }).from(auditEvents).where(eq(auditEvents.entityId, assessmentId));

    expect(await setUserActive(admin(), user.id, false)).toBe("changed");

    expect(await isActive(user.id)).toBe(false);
    for (const session of sessions) expect(await findActiveSessionUser(session)).toBeNull();
    // The right password gets the same answer as a wrong one: nothing says the account exists.
    expect(await attemptLogin(user.email, password, "192.0.2.1")).toEqual({ outcome: "invalid" });
    expect(await attemptLogin(user.email, "Wrong-Password-Entirely-1", "192.0.2.1")).toEqual({ outcome: "invalid" });

    expect(await getDb().select({ firmId: firmMemberships.firmId }).from(firmMemberships).where(eq(firmMemberships.userId, user.id))).toEqual([{ firmId: firm.id }]);
    const [assessment] = await getDb().select({ status: assessments.status }).from(assessments).where(eq(assessments.id, assessmentId));
    expect(assessment?.status).toBe("submitted");
    const [auditsAfter] = await getDb().select({ n: count() }).from(auditEvents).where(eq(auditEvents.entityId, assessmentId));
    expect(auditsAfter?.n).toBe(auditsBefore?.n);

    expect((await statusAudits(user.id)).filter((a) => a.action === "user.deactivated")).toEqual([
      { action: "user.deactivated", actorUserId: fixtures.users.admin.id, actorRole: "admin", fromState: "active", toState: "deactivated" },
    ]);
  });

  it("works for officers too, and leaves other accounts signed in", async () => {
    const officer = await createUser({ role: "officer" });
    const officerSession = await createUserSession(officer.id, new Date(Date.now() + hour));
    const bystander = await createUserSession(fixtures.users.officerA.id, new Date(Date.now() + hour));
    expect(await setUserActive(admin(), officer.id, false)).toBe("changed");
    expect(await findActiveSessionUser(officerSession)).toBeNull();
    expect(await findActiveSessionUser(bystander)).not.toBeNull();
  });

  it("changes nothing when asked twice (a form sent again)", async () => {
    const user = await createUser({ role: "sme" });
    expect(await setUserActive(admin(), user.id, false)).toBe("changed");
    expect(await setUserActive(admin(), user.id, false)).toBe("unchanged");
    expect(await statusAudits(user.id)).toHaveLength(1);
  });

  it("refuses the admin's own account and changes nothing", async () => {
    const session = await createUserSession(fixtures.users.admin.id, new Date(Date.now() + hour));
    expect(await setUserActive(admin(), fixtures.users.admin.id, false)).toBe("refused-self");
    expect(await isActive(fixtures.users.admin.id)).toBe(true);
    expect(await findActiveSessionUser(session)).not.toBeNull();
    expect(await statusAudits(fixtures.users.admin.id)).toEqual([]);
  });

  it("answers not-found for an unknown account", async () => {
    expect(await setUserActive(admin(), "00000000-0000-4000-8000-00000000dead", false)).toBe("not-found");
  });
});

describe("reactivating an account", () => {
  it("lets the person sign in again with their password; the ended sessions stay ended", async () => {
    const { user } = await smeWithHistory("reactivate");
    const oldSession = await createUserSession(user.id, new Date(Date.now() + hour));
    await setUserActive(admin(), user.id, false);

    expect(await setUserActive(admin(), user.id, true)).toBe("changed");

    expect(await isActive(user.id)).toBe(true);
    expect((await attemptLogin(user.email, password, "192.0.2.1")).outcome).toBe("signed-in");
    expect(await findActiveSessionUser(oldSession)).toBeNull();
    expect((await statusAudits(user.id)).filter((a) => a.action.startsWith("user."))).toEqual([
      { action: "user.deactivated", actorUserId: fixtures.users.admin.id, actorRole: "admin", fromState: "active", toState: "deactivated" },
      { action: "user.reactivated", actorUserId: fixtures.users.admin.id, actorRole: "admin", fromState: "deactivated", toState: "active" },
    ]);
    expect(await getUserForAdmin(user.id)).toEqual({ id: user.id, name: user.name, email: user.email, role: "sme", active: true });
  });
});
