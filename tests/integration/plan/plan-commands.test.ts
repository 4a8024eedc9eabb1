import { and, asc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { getDb } from "@/lib/db/client";
import { listPlanActionsForFirm } from "@/lib/db/queries/plan/plan-actions";
import { retireCatalogueItem } from "@/lib/db/queries/catalogue";
import { assessments, auditEvents, firmMemberships, planActions } from "@/lib/db/schema";
import { seedCatalogue } from "@/lib/db/seed";
import { createUser, seedFixtures, type Fixtures, type TestUser } from "../support/fixtures";

// The improvement plan's commands against a real database: add, edit, status, remove, each in one
// transaction with its audit event; every refusal changes nothing; a stale version is refused with
// who changed the action and when; the guard lets only the firm's members edit. Two members saving
// the same version at once: exactly one wins (truly parallel on PostgreSQL, serialised on PGlite).

let caller: { id: string; role: "sme" | "officer" | "admin" } | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => caller }));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
  forbidden: () => {
    throw new Error("NEXT_FORBIDDEN");
  },
  unauthorized: () => {
    throw new Error("NEXT_UNAUTHORIZED");
  },
  redirect: (location: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { location });
  },
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const { requirePlanAccess } = await import("@/lib/auth/guards");
const { addPlanAction, changePlanActionStatus, removePlanAction, updatePlanAction } = await import("@/lib/server/plan/plan-commands");

const mode = process.env.TEST_DB_MODE ?? "pglite";

let fixtures: Fixtures;
let firm: { id: string; country: string };
let manager: { id: string; role: "sme" };
let colleague: TestUser;
const instrument = catalogue.find((item) => item.kind === "policy-instrument" && item.country === "MY" && (item.dimensions as readonly string[]).includes("skills"))!;
const caseStudy = catalogue.find((item) => item.kind === "case-study")!;
let retiredInstrumentId: string;

const fields = { dimensionId: "skills", title: "Train two operators on the sensors", notes: "", ownerUserId: "", startsOn: "", dueOn: "", estimatedCost: "", currency: "", instrumentId: "", status: "planned" };

/** Every plan row and plan audit event of the firm: a refusal must leave both as they were. */
async function snapshot() {
  const db = getDb();
  const rows = await db.select().from(planActions).where(eq(planActions.firmId, firm.id)).orderBy(asc(planActions.id));
  const events = await db.execute<{ count: number }>(sql`select count(*)::int as count from audit_events where entity_type = 'plan-action'`);
  return { rows, events: events.rows[0]!.count };
}

async function auditOf(actionId: string) {
  return getDb()
    .select({ action: auditEvents.action, actorUserId: auditEvents.actorUserId, fromState: auditEvents.fromState, toState: auditEvents.toState, details: auditEvents.details })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "plan-action"), eq(auditEvents.entityId, actionId)))
    .orderBy(asc(auditEvents.id));
}

async function addOne(overrides: Record<string, unknown> = {}): Promise<string> {
  const result = await addPlanAction(firm, { ...fields, ...overrides }, manager);
  if (!result.ok) throw new Error(`add refused: ${JSON.stringify(result)}`);
  return result.actionId;
}

async function versionOf(actionId: string): Promise<number> {
  const [row] = await getDb().select({ version: planActions.version }).from(planActions).where(eq(planActions.id, actionId));
  return row!.version;
}

beforeAll(async () => {
  const db = getDb();
  await seedCatalogue(db, catalogue);
  fixtures = await seedFixtures();
  firm = { id: fixtures.firms.firmA.id, country: "MY" };
  manager = { id: fixtures.users.managerA.id, role: "sme" };
  colleague = await createUser({ role: "sme", name: "Colleague A" });
  await db.insert(firmMemberships).values({ firmId: firm.id, userId: colleague.id });
  retiredInstrumentId = catalogue.find((item) => item.kind !== "case-study" && item.id !== instrument.id)!.id;
  const retired = await retireCatalogueItem(retiredInstrumentId, { id: fixtures.users.admin.id, role: "admin" }, { kind: "all" });
  expect(retired.ok).toBe(true);
});

describe(`plan commands (${mode})`, () => {
  it("adds an action with the firm's currency for its cost, and audits it", async () => {
    const id = await addOne({ ownerUserId: colleague.id, startsOn: "2027-01-04", dueOn: "2027-03-31", estimatedCost: "25000", instrumentId: instrument.id });
    const [action] = (await listPlanActionsForFirm(firm.id)).filter((a) => a.id === id);
    expect(action).toMatchObject({ title: fields.title, ownerName: "Colleague A", startsOn: "2027-01-04", dueOn: "2027-03-31", estimatedCost: 25000, currency: "MYR", instrumentId: instrument.id, status: "planned", version: 1, completedAt: null });
    const [event] = await auditOf(id);
    expect(event).toMatchObject({ action: "plan.action-added", actorUserId: manager.id, toState: "planned" });
    expect((event!.details as { after: Record<string, unknown> }).after).toMatchObject({ title: fields.title, estimatedCost: 25000, currency: "MYR" });
  });

  it("adds a suggestion once per dimension, however often it is posted", async () => {
    const suggestion = { ...fields, title: `Learn from ${caseStudy.name.en}`, suggestedFrom: caseStudy.id };
    const first = await addPlanAction(firm, suggestion, manager);
    const second = await addPlanAction(firm, suggestion, manager);
    expect(first.ok && second.ok && first.actionId === second.actionId).toBe(true);
    const rows = await getDb().select().from(planActions).where(and(eq(planActions.firmId, firm.id), eq(planActions.suggestedFrom, caseStudy.id)));
    expect(rows).toHaveLength(1);
  });

  it("saves an edit over the version read, recording the changed fields before and after", async () => {
    const id = await addOne();
    const result = await updatePlanAction(firm, { ...fields, actionId: id, version: "1", ownerUserId: colleague.id, startsOn: "2027-02-01", dueOn: "2027-02-28", estimatedCost: "1200", currency: "usd", instrumentId: instrument.id }, manager);
    expect(result).toEqual({ ok: true, actionId: id, changed: true });
    expect(await versionOf(id)).toBe(2);
    const events = await auditOf(id);
    expect(events.map((e) => e.action)).toEqual(["plan.action-added", "plan.action-updated"]);
    expect(events[1]!.details).toMatchObject({
      changedFields: ["ownerUserId", "startsOn", "dueOn", "estimatedCost", "currency", "instrumentId"],
      before: { ownerUserId: null, startsOn: null, estimatedCost: null, currency: null, instrumentId: null },
      after: { ownerUserId: colleague.id, startsOn: "2027-02-01", dueOn: "2027-02-28", estimatedCost: 1200, currency: "USD", instrumentId: instrument.id },
    });
    // Saving the same values again changes nothing: no new version, no event.
    expect(await updatePlanAction(firm, { ...fields, actionId: id, version: "2", ownerUserId: colleague.id, startsOn: "2027-02-01", dueOn: "2027-02-28", estimatedCost: "1200", currency: "USD", instrumentId: instrument.id }, manager)).toEqual({ ok: true, actionId: id, changed: false });
    expect(await versionOf(id)).toBe(2);
    expect(await auditOf(id)).toHaveLength(2);
  });

  it("stamps completedAt on entering done and clears it on leaving", async () => {
    const id = await addOne();
    expect((await changePlanActionStatus(firm, { actionId: id, version: "1", status: "done" }, manager)).ok).toBe(true);
    const [done] = await getDb().select().from(planActions).where(eq(planActions.id, id));
    expect(done!.completedAt).toBeInstanceOf(Date);
    expect((await changePlanActionStatus(firm, { actionId: id, version: "2", status: "in_progress" }, manager)).ok).toBe(true);
    const [reopened] = await getDb().select().from(planActions).where(eq(planActions.id, id));
    expect(reopened).toMatchObject({ status: "in_progress", completedAt: null, version: 3 });
    expect((await auditOf(id)).slice(1).map((e) => [e.fromState, e.toState])).toEqual([["planned", "done"], ["done", "in_progress"]]);
  });

  it.each([
    ["dates out of order", { startsOn: "2027-05-01", dueOn: "2027-04-01" }, { dueOn: "plan.errors.dueBeforeStart" }],
    ["a negative cost", { estimatedCost: "-100" }, { estimatedCost: "plan.errors.costNegative" }],
    ["an owner outside the firm", { ownerUserId: "manager-b" }, { ownerUserId: "plan.errors.ownerNotMember" }],
    ["a retired instrument", { instrumentId: "retired" }, { instrumentId: "plan.errors.instrumentRetired" }],
    ["a case study as instrument", { instrumentId: "case-study" }, { instrumentId: "plan.errors.instrumentUnknown" }],
    ["an unknown dimension", { dimensionId: "marketing" }, { dimensionId: "plan.errors.dimensionUnknown" }],
  ])("refuses %s, on add and on edit, and changes nothing", async (_name, bad, expected) => {
    const resolve = (values: Record<string, string>) => ({
      ...values,
      ...(values.ownerUserId === "manager-b" ? { ownerUserId: fixtures.users.managerB.id } : {}),
      ...(values.instrumentId === "retired" ? { instrumentId: retiredInstrumentId } : values.instrumentId === "case-study" ? { instrumentId: caseStudy.id } : {}),
    });
    const id = await addOne();
    const before = await snapshot();
    expect(await addPlanAction(firm, { ...fields, ...resolve(bad) }, manager)).toEqual({ ok: false, kind: "invalid", fieldErrors: expected });
    expect(await updatePlanAction(firm, { ...fields, ...resolve(bad), actionId: id, version: "1" }, manager)).toEqual({ ok: false, kind: "invalid", fieldErrors: expected });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a member who has been removed from the firm as an action's owner, and changes nothing", async () => {
    const former = await createUser({ role: "sme", name: "Former colleague A" });
    await getDb().insert(firmMemberships).values({ firmId: firm.id, userId: former.id, role: "contributor", removedAt: new Date(), removedBy: manager.id });
    const id = await addOne();
    const before = await snapshot();
    const refused = { ok: false, kind: "invalid", fieldErrors: { ownerUserId: "plan.errors.ownerNotMember" } };
    expect(await addPlanAction(firm, { ...fields, ownerUserId: former.id }, manager)).toEqual(refused);
    expect(await updatePlanAction(firm, { ...fields, ownerUserId: former.id, actionId: id, version: "1" }, manager)).toEqual(refused);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a stale version, naming who changed the action and when, and changes nothing", async () => {
    const id = await addOne();
    expect((await updatePlanAction(firm, { ...fields, title: "Colleague's title", actionId: id, version: "1" }, colleague as { id: string; role: "sme" })).ok).toBe(true);
    const before = await snapshot();
    const stale = await updatePlanAction(firm, { ...fields, title: "My title", actionId: id, version: "1" }, manager);
    expect(stale).toMatchObject({ ok: false, kind: "stale", updatedByName: "Colleague A" });
    expect((stale as { updatedAt: Date }).updatedAt).toBeInstanceOf(Date);
    expect(await changePlanActionStatus(firm, { actionId: id, version: "1", status: "done" }, manager)).toMatchObject({ kind: "stale" });
    expect(await removePlanAction(firm, { actionId: id, version: "1" }, manager)).toMatchObject({ kind: "stale" });
    expect(await snapshot()).toEqual(before);
  });

  it("removes an action at the version read, keeping what it held in the audit log", async () => {
    const id = await addOne({ estimatedCost: "900" });
    expect(await removePlanAction(firm, { actionId: id, version: "1" }, manager)).toEqual({ ok: true, actionId: id, changed: true });
    expect(await getDb().select().from(planActions).where(eq(planActions.id, id))).toEqual([]);
    const events = await auditOf(id);
    expect(events.at(-1)).toMatchObject({ action: "plan.action-removed", fromState: "planned", details: { before: { title: fields.title, estimatedCost: 900, currency: "MYR" } } });
  });

  it("cannot touch another firm's action through its own firm", async () => {
    const id = await addOne();
    const before = await snapshot();
    const otherFirm = { id: fixtures.firms.firmB.id, country: "MY" };
    const managerB = { id: fixtures.users.managerB.id, role: "sme" as const };
    expect(await updatePlanAction(otherFirm, { ...fields, title: "Hijacked", actionId: id, version: "1" }, managerB)).toEqual({ ok: false, kind: "not-found" });
    expect(await removePlanAction(otherFirm, { actionId: id, version: "1" }, managerB)).toEqual({ ok: false, kind: "not-found" });
    expect(await snapshot()).toEqual(before);
  });

  it("when two members save the same version at once, exactly one wins", async () => {
    for (let round = 0; round < (mode === "postgres" ? 10 : 2); round++) {
      const id = await addOne();
      const results = await Promise.all(
        [
          [manager, "Manager's edit"],
          [{ id: colleague.id, role: "sme" as const }, "Colleague's edit"],
        ].map(([actor, title]) => updatePlanAction(firm, { ...fields, title, actionId: id, version: "1" }, actor as { id: string; role: "sme" })),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok && r.kind === "stale")).toHaveLength(1);
      expect(await versionOf(id)).toBe(2);
      expect((await auditOf(id)).filter((e) => e.action === "plan.action-updated")).toHaveLength(1);
    }
  });
});

describe(`requirePlanAccess (${mode})`, () => {
  it("lets the firm's members edit and read; other firms' managers, officers and admins may not edit", async () => {
    caller = { id: fixtures.users.managerA.id, role: "sme" };
    expect((await requirePlanAccess(firm.id, "edit")).firm.id).toBe(firm.id);
    caller = { id: colleague.id, role: "sme" };
    expect((await requirePlanAccess(firm.id, "read")).canEdit).toBe(true);
    for (const user of [fixtures.users.managerB, fixtures.users.officerA, fixtures.users.admin]) {
      caller = { id: user.id, role: user.role as "sme" | "officer" | "admin" };
      await expect(requirePlanAccess(firm.id, "edit")).rejects.toThrow("NEXT_NOT_FOUND");
    }
    caller = { id: fixtures.users.managerB.id, role: "sme" };
    await expect(requirePlanAccess(firm.id, "read")).rejects.toThrow("NEXT_NOT_FOUND");
  });

  it("lets an officer read only once the firm submitted to the officer's programme; admins read", async () => {
    caller = { id: fixtures.users.officerA.id, role: "officer" };
    await expect(requirePlanAccess(firm.id, "read")).rejects.toThrow("NEXT_NOT_FOUND");
    await getDb().insert(assessments).values({ firmId: firm.id, programmeId: fixtures.programmes.programmeA.id, status: "submitted", latestSubmittedRevision: 1 });
    expect(await requirePlanAccess(firm.id, "read")).toMatchObject({ canEdit: false, firm: { id: firm.id } });
    caller = { id: fixtures.users.officerB.id, role: "officer" };
    await expect(requirePlanAccess(firm.id, "read")).rejects.toThrow("NEXT_NOT_FOUND");
    caller = { id: fixtures.users.admin.id, role: "admin" };
    expect((await requirePlanAccess(firm.id, "read")).canEdit).toBe(false);
  });
});
