import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createUserSession, findActiveSessionUser, revokeOtherSessions, revokeSession } from "@/lib/db/queries/sessions";
import { changePassword, getPasswordHash } from "@/lib/db/queries/users";
import { auditEvents, users } from "@/lib/db/schema";
import { createUser } from "../support/fixtures";

const hour = 60 * 60 * 1000;
const inOneHour = () => new Date(Date.now() + hour);

describe("user sessions", () => {
  it("finds the user behind an active session, without the password hash", async () => {
    const user = await createUser({ role: "officer", email: "active@test.example", name: "Active Officer" });
    const sessionId = await createUserSession(user.id, inOneHour());
    expect(await findActiveSessionUser(sessionId)).toEqual({
      sessionId,
      id: user.id,
      email: "active@test.example",
      name: "Active Officer",
      role: "officer",
    });
  });

  it("does not find a session once it has expired", async () => {
    const user = await createUser({ role: "sme" });
    const expiresAt = inOneHour();
    const sessionId = await createUserSession(user.id, expiresAt);
    expect(await findActiveSessionUser(sessionId, new Date(expiresAt.getTime() - 1000))).not.toBeNull();
    expect(await findActiveSessionUser(sessionId, expiresAt)).toBeNull();
    const expired = await createUserSession(user.id, new Date(Date.now() - 1000));
    expect(await findActiveSessionUser(expired)).toBeNull();
  });

  it("does not find a revoked session, and revoking twice is harmless", async () => {
    const user = await createUser({ role: "sme" });
    const sessionId = await createUserSession(user.id, inOneHour());
    await revokeSession(sessionId);
    expect(await findActiveSessionUser(sessionId)).toBeNull();
    await revokeSession(sessionId);
    expect(await findActiveSessionUser(sessionId)).toBeNull();
  });

  it("does not find the session of a deactivated user", async () => {
    const user = await createUser({ role: "sme" });
    const sessionId = await createUserSession(user.id, inOneHour());
    await getDb().update(users).set({ active: false }).where(eq(users.id, user.id));
    expect(await findActiveSessionUser(sessionId)).toBeNull();
  });

  it("finds nothing for an unknown session id", async () => {
    expect(await findActiveSessionUser("00000000-0000-4000-8000-00000000dead")).toBeNull();
  });

  it("revokeOtherSessions keeps the current session and leaves other users alone", async () => {
    const user = await createUser({ role: "sme" });
    const neighbour = await createUser({ role: "sme" });
    const current = await createUserSession(user.id, inOneHour());
    const otherDevice = await createUserSession(user.id, inOneHour());
    const neighbourSession = await createUserSession(neighbour.id, inOneHour());

    await revokeOtherSessions(getDb(), user.id, current);
    expect(await findActiveSessionUser(current)).not.toBeNull();
    expect(await findActiveSessionUser(otherDevice)).toBeNull();
    expect(await findActiveSessionUser(neighbourSession)).not.toBeNull();

    await revokeOtherSessions(getDb(), user.id, null);
    expect(await findActiveSessionUser(current)).toBeNull();
    expect(await findActiveSessionUser(neighbourSession)).not.toBeNull();
  });
});

describe("changePassword", () => {
  it("stores the new hash, ends the other sessions, keeps the current one and audits the change", async () => {
    const user = await createUser({ role: "sme", passwordHash: "old-hash" });
    const neighbour = await createUser({ role: "sme" });
    const current = await createUserSession(user.id, inOneHour());
    const stolen = await createUserSession(user.id, inOneHour());
    const neighbourSession = await createUserSession(neighbour.id, inOneHour());
    await getDb().update(users).set({ passwordChangedAt: new Date("2020-01-01T00:00:00Z") }).where(eq(users.id, user.id));
    const startedAt = Date.now();

    await changePassword({ id: user.id, role: "sme" }, "new-hash", current);

    expect(await getPasswordHash(user.id)).toBe("new-hash");
    expect(await findActiveSessionUser(current)).toMatchObject({ id: user.id, sessionId: current });
    expect(await findActiveSessionUser(stolen)).toBeNull();
    expect(await findActiveSessionUser(neighbourSession)).not.toBeNull();
    const [after] = await getDb().select({ changedAt: users.passwordChangedAt }).from(users).where(eq(users.id, user.id));
    expect(after!.changedAt.getTime()).toBeGreaterThanOrEqual(startedAt - 1000);

    const events = await getDb()
      .select({ actorUserId: auditEvents.actorUserId, actorRole: auditEvents.actorRole, entityType: auditEvents.entityType, details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "account.password-changed"), eq(auditEvents.entityId, user.id)));
    expect(events).toEqual([{ actorUserId: user.id, actorRole: "sme", entityType: "user", details: {} }]);
    // The audit trail records the change, never the hash.
    expect(JSON.stringify(events)).not.toContain("new-hash");
  });

  it("leaves no trace when the transaction fails", async () => {
    const user = await createUser({ role: "sme", passwordHash: "kept-hash" });
    const current = await createUserSession(user.id, inOneHour());
    const other = await createUserSession(user.id, inOneHour());
    // An unknown role makes the audit insert (the last write) fail, after the hash and session updates.
    await expect(changePassword({ id: user.id, role: "superuser" as never }, "lost-hash", current)).rejects.toThrow();
    expect(await getPasswordHash(user.id)).toBe("kept-hash");
    expect(await findActiveSessionUser(other)).not.toBeNull();
    const events = await getDb().select({ id: auditEvents.id }).from(auditEvents).where(eq(auditEvents.entityId, user.id));
    expect(events).toEqual([]);
  });
});
