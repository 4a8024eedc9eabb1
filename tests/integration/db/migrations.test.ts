import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { applyMigrations, migrationsFolder, readMigrationState } from "@/lib/db/migrate";
import { checkDatabaseHealth } from "@/lib/db/queries/health";
import { recordAuditEvent } from "@/lib/db/queries/audit";
import { assessmentRevisions, assessments, auditEvents } from "@/lib/db/schema";
import { expectPostgresError } from "../support/database-error";
import { createFirm, createProgramme, createUser, testQuestionnaireVersion } from "../support/fixtures";
import { schemaEnums, schemaTables } from "../support/schema-objects";

const INSUFFICIENT_PRIVILEGE = "42501";

const shippedMigrations = (
  JSON.parse(readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as { entries: unknown[] }
).entries.length;


describe("migrations on an empty database", () => {
  it("records every shipped migration and reports the database healthy", async () => {
    expect(shippedMigrations).toBeGreaterThan(0);
    expect(await readMigrationState(getDb(), shippedMigrations)).toEqual({
      applied: shippedMigrations,
      expected: shippedMigrations,
      upToDate: true,
    });
    expect((await checkDatabaseHealth()).upToDate).toBe(true);
  });

  it("applies again as a no-op (every start runs them)", async () => {
    await applyMigrations(getDb());
    expect((await readMigrationState(getDb(), shippedMigrations)).applied).toBe(shippedMigrations);
  });

  it("creates exactly the tables of the schema, each with every column", async () => {
    const db = getDb();
    const tables = await db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    expect(tables.rows.map((r) => r.table_name).sort()).toEqual(schemaTables.map((t) => t.name).sort());

    const columns = await db.execute<{ table_name: string; column_name: string; is_nullable: string }>(
      sql`select table_name, column_name, is_nullable from information_schema.columns where table_schema = 'public'`,
    );
    for (const table of schemaTables) {
      const actual = columns.rows
        .filter((c) => c.table_name === table.name)
        .map((c) => `${c.column_name}${c.is_nullable === "NO" ? " not null" : ""}`)
        .sort();
      const expected = table.columns.map((c) => `${c.name}${c.notNull ? " not null" : ""}`).sort();
      expect(actual, `columns of ${table.name}`).toEqual(expected);
    }
  });

  it("creates every enum of the schema with its values in order", async () => {
    expect(schemaEnums.length).toBeGreaterThan(0);
    for (const pgEnum of schemaEnums) {
      const result = await getDb().execute<{ label: string }>(
        sql`select e.enumlabel as label from pg_enum e join pg_type t on t.oid = e.enumtypid
            where t.typname = ${pgEnum.enumName} order by e.enumsortorder`,
      );
      expect(result.rows.map((r) => r.label), pgEnum.enumName).toEqual([...pgEnum.enumValues]);
    }
  });
});

describe("append-only audit trail", () => {
  let eventId: number;

  beforeAll(async () => {
    const admin = await createUser({ role: "admin" });
    await recordAuditEvent(getDb(), {
      actor: { id: admin.id, role: "admin" },
      action: "programme.updated",
      entityType: "test",
      entityId: "1",
    });
    const [row] = await getDb().select({ id: auditEvents.id }).from(auditEvents).where(eq(auditEvents.entityType, "test"));
    eventId = row!.id;
  });

  it("refuses UPDATE of an audit event", async () => {
    const error = await expectPostgresError(getDb().update(auditEvents).set({ reason: "rewritten" }).where(eq(auditEvents.id, eventId)));
    expect(error.code).toBe(INSUFFICIENT_PRIVILEGE);
    expect(error.message).toMatch(/append-only/);
  });

  it("refuses DELETE of an audit event", async () => {
    const error = await expectPostgresError(getDb().delete(auditEvents).where(eq(auditEvents.id, eventId)));
    expect(error.code).toBe(INSUFFICIENT_PRIVILEGE);
  });

  it("keeps the event unchanged after the refused statements", async () => {
    const rows = await getDb().select({ reason: auditEvents.reason }).from(auditEvents).where(eq(auditEvents.id, eventId));
    expect(rows).toEqual([{ reason: null }]);
  });
});

describe("frozen submitted revisions", () => {
  async function createRevision(submitted: boolean): Promise<string> {
    const db = getDb();
    const manager = await createUser({ role: "sme" });
    const firm = await createFirm(`Revision firm ${submitted ? "submitted" : "draft"}`, manager.id);
    await createProgramme(`Revision programme ${submitted ? "submitted" : "draft"}`, { officerIds: [], firmIds: [firm.id] });
    const [assessment] = await db.insert(assessments).values({ firmId: firm.id }).returning({ id: assessments.id });
    const [revision] = await db
      .insert(assessmentRevisions)
      .values({
        assessmentId: assessment!.id,
        number: 1,
        questionnaireVersionId: testQuestionnaireVersion.id,
        contentHash: testQuestionnaireVersion.contentHash,
        answers: { "people.skills": 2 },
        submittedAt: submitted ? new Date() : null,
        submittedBy: submitted ? manager.id : null,
      })
      .returning({ id: assessmentRevisions.id });
    return revision!.id;
  }

  it("lets a draft revision change (the trigger only guards submitted ones)", async () => {
    const id = await createRevision(false);
    await getDb().update(assessmentRevisions).set({ answers: { "people.skills": 3 }, version: 1 }).where(eq(assessmentRevisions.id, id));
    const [row] = await getDb().select({ answers: assessmentRevisions.answers }).from(assessmentRevisions).where(eq(assessmentRevisions.id, id));
    expect(row?.answers).toEqual({ "people.skills": 3 });
  });

  it("refuses UPDATE and DELETE of a submitted revision and keeps its answers", async () => {
    const id = await createRevision(true);
    const update = await expectPostgresError(
      getDb().update(assessmentRevisions).set({ answers: { "people.skills": 5 } }).where(eq(assessmentRevisions.id, id)),
    );
    expect(update.code).toBe(INSUFFICIENT_PRIVILEGE);
    expect(update.message).toMatch(/submitted and cannot change/);
    const reopen = await expectPostgresError(getDb().update(assessmentRevisions).set({ submittedAt: null }).where(eq(assessmentRevisions.id, id)));
    expect(reopen.code).toBe(INSUFFICIENT_PRIVILEGE);
    const remove = await expectPostgresError(getDb().delete(assessmentRevisions).where(eq(assessmentRevisions.id, id)));
    expect(remove.code).toBe(INSUFFICIENT_PRIVILEGE);
    const [row] = await getDb().select({ answers: assessmentRevisions.answers }).from(assessmentRevisions).where(eq(assessmentRevisions.id, id));
    expect(row?.answers).toEqual({ "people.skills": 2 });
  });
});
