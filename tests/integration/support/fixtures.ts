// Shared seed helpers for integration tests: rows are written through the schema the app uses,
// into the fresh database of the current test file.
import { randomUUID } from "node:crypto";
import { getDb, type Database } from "@/lib/db/client";
import { registerQuestionnaireVersions } from "@/lib/db/seed";
import {
  firmMemberships,
  firms,
  programmeEnrolments,
  programmeOfficers,
  programmes,
  users,
  type UserRole,
} from "@/lib/db/schema";

/** A fixed version row, so tests do not depend on which questionnaire versions ship. */
export const testQuestionnaireVersion = { id: "test-v1", contentHash: "test" } as const;

/** Never verifies: for users whose password a test does not use. */
export const unusablePasswordHash = "$argon2id$v=19$m=19456,t=2,p=1$not-a-real-salt$not-a-real-hash";

export type TestUser = { id: string; email: string; name: string; role: UserRole };

export async function createUser(
  input: { email?: string; name?: string; role: UserRole; passwordHash?: string; active?: boolean },
  db: Database = getDb(),
): Promise<TestUser> {
  const email = input.email ?? `${input.role}-${randomUUID().slice(0, 8)}@test.example`;
  const [row] = await db
    .insert(users)
    .values({
      email,
      name: input.name ?? `Test ${input.role}`,
      role: input.role,
      passwordHash: input.passwordHash ?? unusablePasswordHash,
      active: input.active ?? true,
    })
    .returning({ id: users.id, email: users.email, name: users.name, role: users.role });
  if (!row) throw new Error("user insert returned no row");
  return row;
}

export async function createFirm(name: string, managerId: string, db: Database = getDb()): Promise<{ id: string; name: string }> {
  const [firm] = await db
    .insert(firms)
    .values({ name, country: "MY", sector: "22", employees: 50 })
    .returning({ id: firms.id, name: firms.name });
  if (!firm) throw new Error("firm insert returned no row");
  await db.insert(firmMemberships).values({ firmId: firm.id, userId: managerId });
  return firm;
}

export async function createProgramme(
  name: string,
  options: { officerIds: string[]; firmIds: string[] },
  db: Database = getDb(),
): Promise<{ id: string; name: string }> {
  await registerQuestionnaireVersions(db, [testQuestionnaireVersion]);
  const [programme] = await db
    .insert(programmes)
    .values({
      name,
      country: "MY",
      questionnaireVersionId: testQuestionnaireVersion.id,
      enrolmentCode: `CODE-${randomUUID().slice(0, 8).toUpperCase()}`,
    })
    .returning({ id: programmes.id, name: programmes.name });
  if (!programme) throw new Error("programme insert returned no row");
  for (const userId of options.officerIds) await db.insert(programmeOfficers).values({ programmeId: programme.id, userId });
  for (const firmId of options.firmIds) await db.insert(programmeEnrolments).values({ programmeId: programme.id, firmId });
  return programme;
}

/**
 * Two tenants side by side: firm A (manager A) enrolled in programme A (officer A), firm B
 * (manager B) in programme B (officer B), an officer assigned to nothing and an admin.
 */
export async function seedFixtures(db: Database = getDb()) {
  const managerA = await createUser({ role: "sme", email: "manager.a@firm-a.example", name: "Manager A" }, db);
  const managerB = await createUser({ role: "sme", email: "manager.b@firm-b.example", name: "Manager B" }, db);
  const officerA = await createUser({ role: "officer", email: "officer.a@agency.example", name: "Officer A" }, db);
  const officerB = await createUser({ role: "officer", email: "officer.b@agency.example", name: "Officer B" }, db);
  const idleOfficer = await createUser({ role: "officer", email: "officer.idle@agency.example", name: "Idle Officer" }, db);
  const admin = await createUser({ role: "admin", email: "admin@agency.example", name: "Admin" }, db);
  const firmA = await createFirm("Firm A Sdn Bhd", managerA.id, db);
  const firmB = await createFirm("Firm B Sdn Bhd", managerB.id, db);
  const programmeA = await createProgramme("Programme A", { officerIds: [officerA.id], firmIds: [firmA.id] }, db);
  const programmeB = await createProgramme("Programme B", { officerIds: [officerB.id], firmIds: [firmB.id] }, db);
  return {
    users: { managerA, managerB, officerA, officerB, idleOfficer, admin },
    firms: { firmA, firmB },
    programmes: { programmeA, programmeB },
  };
}

export type Fixtures = Awaited<ReturnType<typeof seedFixtures>>;

/**
 * A further firm of `managerId`, enrolled in `programmeId`. A firm has one unfinished assessment
 * per programme (lib/assessments/lifecycle.ts), so a test that needs several side by side gives
 * each its own firm.
 */
export async function createEnrolledFirm(
  managerId: string,
  programmeId: string,
  name = `Firm ${randomUUID().slice(0, 8)} Sdn Bhd`,
  db: Database = getDb(),
): Promise<{ id: string; name: string }> {
  const firm = await createFirm(name, managerId, db);
  await db.insert(programmeEnrolments).values({ programmeId, firmId: firm.id });
  return firm;
}
