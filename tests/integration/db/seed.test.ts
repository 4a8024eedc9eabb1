import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password-hash";
import { getDb } from "@/lib/db/client";
import { DEMO_PASSWORD, demoContributors, demoFirms, demoProgrammeOfficers, demoProgrammes, demoUsers } from "@/lib/db/demo-data";
import { listFirmsForUser } from "@/lib/db/queries/firms";
import { getProgrammeForOfficer, listEnrolledFirms } from "@/lib/db/queries/programmes";
import { findLoginCandidate } from "@/lib/db/queries/users";
import { firmMemberships, programmeEnrolments, programmeOfficers, programmes, users } from "@/lib/db/schema";
import { isDatabaseEmpty, registerQuestionnaireVersions, seedDemoData } from "@/lib/db/seed";
import { testQuestionnaireVersion } from "../support/fixtures";
import { schemaTables } from "../support/schema-objects";

const tableNames = schemaTables.map((table) => table.name);

async function countRows(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of tableNames) {
    const result = await getDb().execute<{ count: number }>(sql`select count(*)::int as count from ${sql.identifier(name)}`);
    counts[name] = result.rows[0]!.count;
  }
  return counts;
}

describe("seedDemoData", () => {
  let passwordHash: string;
  let afterFirstSeed: Record<string, number>;

  beforeAll(async () => {
    passwordHash = await hashPassword(DEMO_PASSWORD);
    await registerQuestionnaireVersions(getDb(), [testQuestionnaireVersion]);
  });

  it("starts from an empty database", async () => {
    expect(await isDatabaseEmpty(getDb())).toBe(true);
  });

  it("seeds once, then a second run changes no row count", async () => {
    const options = { passwordHash, questionnaireVersionId: testQuestionnaireVersion.id };
    await seedDemoData(getDb(), options);
    afterFirstSeed = await countRows();
    expect(afterFirstSeed.users).toBe(demoUsers.length);
    expect(await isDatabaseEmpty(getDb())).toBe(false);

    await seedDemoData(getDb(), options);
    expect(await countRows()).toEqual(afterFirstSeed);
  });

  it("creates every demo user with its role, and each can sign in with the demo password", async () => {
    for (const demo of demoUsers) {
      const candidate = await findLoginCandidate(demo.email);
      expect(candidate, demo.email).toMatchObject({ id: demo.id, email: demo.email, role: demo.role, active: true });
      expect(await verifyPassword(candidate!.passwordHash, DEMO_PASSWORD)).toBe(true);
    }
  });

  it("creates the demo programmes on the given questionnaire version", async () => {
    const rows = await getDb()
      .select({ id: programmes.id, enrolmentCode: programmes.enrolmentCode, version: programmes.questionnaireVersionId })
      .from(programmes);
    expect(rows).toHaveLength(demoProgrammes.length);
    for (const demo of demoProgrammes) {
      expect(rows).toContainEqual({ id: demo.id, enrolmentCode: demo.enrolmentCode, version: testQuestionnaireVersion.id });
    }
  });

  it("links each demo firm to its manager and programme", async () => {
    for (const demo of demoFirms) {
      expect(await listFirmsForUser(demo.managerId)).toEqual([
        { id: demo.id, name: demo.name, country: demo.country, sector: demo.sector, employees: demo.employees },
      ]);
      const enrolled = await listEnrolledFirms(demo.programmeId);
      expect(enrolled.map((f) => f.id)).toContain(demo.id);
    }
    const memberships = await getDb().select().from(firmMemberships);
    expect(memberships).toHaveLength(demoFirms.length + demoContributors.length);
    for (const demo of demoContributors) {
      expect(memberships).toContainEqual(expect.objectContaining({ firmId: demo.firmId, userId: demo.userId, role: "contributor", removedAt: null }));
      expect((await listFirmsForUser(demo.userId)).map((f) => f.id)).toEqual([demo.firmId]);
    }
    const enrolments = await getDb().select().from(programmeEnrolments);
    expect(enrolments).toHaveLength(demoFirms.length);
  });

  it("assigns each demo officer to their programme and no other", async () => {
    const assignments = await getDb().select({ programmeId: programmeOfficers.programmeId, userId: programmeOfficers.userId }).from(programmeOfficers);
    expect(assignments).toHaveLength(demoProgrammeOfficers.length);
    for (const assignment of demoProgrammeOfficers) {
      expect(await getProgrammeForOfficer(assignment.userId, assignment.programmeId)).not.toBeNull();
      const others = demoProgrammes.filter((p) => p.id !== assignment.programmeId);
      for (const other of others) expect(await getProgrammeForOfficer(assignment.userId, other.id)).toBeNull();
    }
  });

  it("does not overwrite a demo user that was changed after seeding", async () => {
    const officer = demoUsers.find((u) => u.role === "officer")!;
    await getDb().update(users).set({ name: "Renamed Officer" }).where(eq(users.id, officer.id));
    await seedDemoData(getDb(), { passwordHash, questionnaireVersionId: testQuestionnaireVersion.id });
    const [row] = await getDb().select({ name: users.name }).from(users).where(eq(users.id, officer.id));
    expect(row?.name).toBe("Renamed Officer");
    expect(await countRows()).toEqual(afterFirstSeed);
  });
});

describe("registerQuestionnaireVersions", () => {
  it("is idempotent for a known version and refuses a changed content hash", async () => {
    await registerQuestionnaireVersions(getDb(), [testQuestionnaireVersion]);
    await expect(registerQuestionnaireVersions(getDb(), [{ id: testQuestionnaireVersion.id, contentHash: "changed" }])).rejects.toThrow(
      /another content hash/,
    );
  });
});
