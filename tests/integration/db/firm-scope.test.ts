// Tenant isolation at the data layer: every query that takes the caller's id must return only
// what that caller may see. A foreign id reads as "nothing", and the owner still gets in.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getFirmById, getFirmForMember, getFirmForOfficer, listFirmsForUser, listProgrammesOfFirm } from "@/lib/db/queries/firms";
import { getProgrammeById, getProgrammeForOfficer, listEnrolledFirms, listProgrammesForOfficer } from "@/lib/db/queries/programmes";
import { seedFixtures, type Fixtures } from "../support/fixtures";

let f: Fixtures;

beforeAll(async () => {
  f = await seedFixtures();
});

type UserKey = keyof Fixtures["users"];
type FirmKey = keyof Fixtures["firms"];
type ProgrammeKey = keyof Fixtures["programmes"];

// Who may read which firm, per query. Everything not listed must be refused.
const firmAccess: { query: string; read: (userId: string, firmId: string) => Promise<{ id: string } | null>; allowed: [UserKey, FirmKey][] }[] = [
  { query: "getFirmForMember", read: getFirmForMember, allowed: [["managerA", "firmA"], ["managerB", "firmB"]] },
  { query: "getFirmForOfficer", read: getFirmForOfficer, allowed: [["officerA", "firmA"], ["officerB", "firmB"]] },
];

const userKeys: UserKey[] = ["managerA", "managerB", "officerA", "officerB", "idleOfficer", "admin"];
const firmKeys: FirmKey[] = ["firmA", "firmB"];
const programmeKeys: ProgrammeKey[] = ["programmeA", "programmeB"];

describe.each(firmAccess)("$query", ({ read, allowed }) => {
  const cases = userKeys.flatMap((user) =>
    firmKeys.map((firm) => ({ user, firm, expected: allowed.some(([u, fk]) => u === user && fk === firm) })),
  );

  it.each(cases)("$user reading $firm → allowed: $expected", async ({ user, firm, expected }) => {
    const result = await read(f.users[user].id, f.firms[firm].id);
    if (expected) expect(result).toMatchObject({ id: f.firms[firm].id, name: f.firms[firm].name });
    else expect(result).toBeNull();
  });

  it("finds nothing for an id that does not exist", async () => {
    for (const user of userKeys) expect(await read(f.users[user].id, randomUUID())).toBeNull();
  });
});

describe("listFirmsForUser", () => {
  it.each([
    ["managerA", ["firmA"]],
    ["managerB", ["firmB"]],
    ["officerA", []],
    ["idleOfficer", []],
    ["admin", []],
  ] as [UserKey, FirmKey[]][])("%s sees %j", async (user, firms) => {
    const result = await listFirmsForUser(f.users[user].id);
    expect(result.map((r) => r.id)).toEqual(firms.map((firm) => f.firms[firm].id));
  });

  it("returns firm summaries only, never membership or user columns", async () => {
    const [firm] = await listFirmsForUser(f.users.managerA.id);
    expect(Object.keys(firm!).sort()).toEqual(["country", "employees", "id", "name", "sector"]);
  });
});

describe("getProgrammeForOfficer", () => {
  const allowed: [UserKey, ProgrammeKey][] = [["officerA", "programmeA"], ["officerB", "programmeB"]];
  const cases = userKeys.flatMap((user) =>
    programmeKeys.map((programme) => ({ user, programme, expected: allowed.some(([u, p]) => u === user && p === programme) })),
  );

  it.each(cases)("$user reading $programme → allowed: $expected", async ({ user, programme, expected }) => {
    const result = await getProgrammeForOfficer(f.users[user].id, f.programmes[programme].id);
    if (expected) expect(result).toMatchObject({ id: f.programmes[programme].id, name: f.programmes[programme].name });
    else expect(result).toBeNull();
  });
});

describe("listProgrammesForOfficer", () => {
  it.each([
    ["officerA", ["programmeA"]],
    ["officerB", ["programmeB"]],
    ["idleOfficer", []],
    ["managerA", []],
    ["admin", []],
  ] as [UserKey, ProgrammeKey[]][])("%s sees %j", async (user, expected) => {
    const result = await listProgrammesForOfficer(f.users[user].id);
    expect(result.map((r) => r.id)).toEqual(expected.map((p) => f.programmes[p].id));
  });

  it("counts only the programme's own firms", async () => {
    const [programme] = await listProgrammesForOfficer(f.users.officerA.id);
    expect(programme?.firmCount).toBe(1);
  });
});

describe("queries scoped by a firm or programme id the guard already checked", () => {
  it("listEnrolledFirms lists only the programme's firms", async () => {
    expect((await listEnrolledFirms(f.programmes.programmeA.id)).map((r) => r.id)).toEqual([f.firms.firmA.id]);
    expect((await listEnrolledFirms(f.programmes.programmeB.id)).map((r) => r.id)).toEqual([f.firms.firmB.id]);
  });

  it("listProgrammesOfFirm lists only the firm's programmes", async () => {
    expect((await listProgrammesOfFirm(f.firms.firmA.id)).map((r) => r.id)).toEqual([f.programmes.programmeA.id]);
    expect((await listProgrammesOfFirm(f.firms.firmB.id)).map((r) => r.id)).toEqual([f.programmes.programmeB.id]);
  });

  it("the admin lookups find any firm or programme, and nothing for an unknown id", async () => {
    expect(await getFirmById(f.firms.firmB.id)).toMatchObject({ id: f.firms.firmB.id });
    expect(await getProgrammeById(f.programmes.programmeB.id)).toMatchObject({ id: f.programmes.programmeB.id });
    expect(await getFirmById(randomUUID())).toBeNull();
    expect(await getProgrammeById(randomUUID())).toBeNull();
  });
});
