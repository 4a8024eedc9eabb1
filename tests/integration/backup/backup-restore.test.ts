// Backup and restore drill in the mode of the run (PGlite data directories, or PostgreSQL databases):
// seed, back up with scripts/db-backup.ts, restore into a fresh database with scripts/db-restore.ts,
// and compare the row count and checksum of every table (listed from information_schema, so a new
// table is covered without editing this file). The scripts run as child processes, as `npm run` runs them.
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readManifest } from "@/scripts/lib/backup/backup-files";
import { totalRows, type DatabaseSummary } from "@/scripts/lib/backup/table-checksums";
import { expectPostgresError } from "../support/database-error";
import { schemaTables } from "../support/schema-objects";
import {
  embeddedDrillDatabase,
  fingerprintDirectory,
  freshPostgresDrillDatabase,
  postgresDrillDatabase,
  summaryOf,
  withClient,
  type DrillDatabase,
} from "./drill-databases";
import { runScript } from "./run-script";

const embedded = (process.env.TEST_DB_MODE ?? "pglite") === "pglite";
// PGlite takes several seconds to open a data directory on a busy machine, and each step opens one.
const slow = 300_000;

const workDir = mkdtempSync(path.join(os.tmpdir(), "adp-backup-drill-"));
const backupFile = path.join(workDir, embedded ? "drill.pglite.tar.gz" : "drill.dump");
const targetRoot = path.join(workDir, "target");

let source: DrillDatabase;
let target: DrillDatabase;
let sourceSummary: DatabaseSummary;
let submitted: { id: string; readinessIndex: number };

const backup = (args: string[] = []) => runScript("scripts/db-backup.ts", ["--out", backupFile, ...args], source.scriptEnv);
const restore = (args: string[] = []) => runScript("scripts/db-restore.ts", [backupFile, ...args], target.scriptEnv);
const rowsOf = (summary: DatabaseSummary, table: string) => summary.tables.find((t) => t.table === table)?.rows;

/** The drill's submitted assessment as a database holds it, with its audit trail. */
async function readSubmission(database: DrillDatabase, assessmentId: string) {
  return withClient(await database.open(), async (client) => {
    const assessment = await client.query<{ status: string; readiness_index: number | null }>(
      "select status, readiness_index from assessments where id = $1",
      [assessmentId],
    );
    const audit = await client.query<{ action: string }>("select action from audit_events where entity_id = $1 order by id", [assessmentId]);
    return { ...assessment.rows[0], auditActions: audit.rows.map((row) => row.action) };
  });
}

beforeAll(async () => {
  source = embedded ? embeddedDrillDatabase(path.join(workDir, "source")) : postgresDrillDatabase(process.env.DATABASE_URL!);
  target = embedded ? embeddedDrillDatabase(targetRoot) : await freshPostgresDrillDatabase();
  const seeded = await runScript("tests/integration/backup/drill-seed.ts", [], {
    DATABASE_URL: await source.open(),
    ADP_DB_MODE: embedded ? "embedded" : "postgres",
  });
  expect(seeded.code, seeded.stderr).toBe(0);
  const { assessmentId } = JSON.parse(seeded.stdout.trim().split("\n").at(-1)!) as { assessmentId: string };
  const submission = await readSubmission(source, assessmentId);
  submitted = { id: assessmentId, readinessIndex: submission.readiness_index! };
  sourceSummary = await summaryOf(source);
}, slow);

afterAll(async () => {
  await source?.dispose();
  await target?.dispose();
  rmSync(workDir, { recursive: true, force: true });
});

describe("backup and restore drill", () => {
  it("starts from a database holding the demo data, a reviewed cohort and a fresh submission", async () => {
    const tables = sourceSummary.tables.map((t) => t.table);
    for (const table of schemaTables) expect(tables).toContain(table.name);
    expect(tables).toContain("drizzle.__drizzle_migrations");
    for (const table of ["users", "assessments", "assessment_revisions", "audit_events", "review_decisions", "notifications", "catalogue_items"]) {
      expect(rowsOf(sourceSummary, table), table).toBeGreaterThan(0);
    }
    const submission = await readSubmission(source, submitted.id);
    expect(submission).toMatchObject({ status: "submitted", auditActions: ["assessment.created", "assessment.submitted"] });
    expect(submitted.readinessIndex).toBeGreaterThan(0);
  });

  if (embedded) {
    it(
      "refuses to back up the embedded database while a server holds it, and writes no file",
      async () => {
        await source.open();
        const run = await backup();
        expect(run.code).toBe(1);
        expect(run.stderr).toMatch(/is open: the app .* is using it/);
        expect(run.stderr).toMatch(/Stop it first/);
        expect(existsSync(backupFile)).toBe(false);
      },
      slow,
    );
  }

  it(
    "backs up to a file with a manifest of every table's row count and checksum",
    async () => {
      await source.close();
      const run = await backup();
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(`Backup written: ${backupFile}`);
      expect(run.stdout).toContain(`${sourceSummary.tables.length} tables, ${totalRows(sourceSummary)} rows`);
      const manifest = readManifest(backupFile);
      expect(manifest).toMatchObject({ mode: embedded ? "embedded" : "postgres", file: path.basename(backupFile) });
      expect(manifest?.summary).toEqual(sourceSummary);
    },
    slow,
  );

  it(
    "restores into a fresh database with the same row count and checksum in every table",
    async () => {
      const run = await restore();
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain("Verified: every table's row count and checksum matches the backup's manifest.");

      const restored = await summaryOf(target);
      expect(restored.tables.map((t) => t.table)).toEqual(sourceSummary.tables.map((t) => t.table));
      for (const table of sourceSummary.tables) {
        expect(restored.tables.find((t) => t.table === table.table), table.table).toEqual(table);
      }
      expect(restored.sequences).toEqual(sourceSummary.sequences);
      expect(await readSubmission(target, submitted.id)).toMatchObject({
        status: "submitted",
        readiness_index: submitted.readinessIndex,
        auditActions: ["assessment.created", "assessment.submitted"],
      });
    },
    slow,
  );

  it(
    "keeps the restored audit trail append-only and numbers new events after the restored ones",
    async () => {
      await withClient(await target.open(), async (client) => {
        const update = await expectPostgresError(client.query("update audit_events set reason = 'tampered' where id = (select min(id) from audit_events)"));
        expect(update.code).toBe("42501");
        expect(update.message).toMatch(/append-only/);
        const deletion = await expectPostgresError(client.query("delete from audit_events"));
        expect(deletion.code).toBe("42501");
        const frozen = await expectPostgresError(
          client.query("update assessment_revisions set answers = '{}'::jsonb where assessment_id = $1 and submitted_at is not null", [submitted.id]),
        );
        expect(frozen.message).toMatch(/is submitted and cannot change/);

        const inserted = await client.query<{ id: string }>(
          "insert into audit_events (action, entity_type, entity_id) values ('drill.after-restore', 'drill', 'drill') returning id::text as id",
        );
        const lastRestored = sourceSummary.sequences.find((s) => s.sequence === "audit_events_id_seq")?.lastValue;
        expect(Number(inserted.rows[0]!.id)).toBeGreaterThan(Number(lastRestored));
      });
    },
    slow,
  );

  it(
    "refuses to restore over a database that holds data unless --force, and changes nothing",
    async () => {
      // The target now holds one audit event more than the backup.
      const before = embedded ? (await target.close(), fingerprintDirectory(path.join(targetRoot, "pglite"))) : await summaryOf(target);
      const run = await restore();
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/Refusing to restore: the .* already holds .*Nothing was changed\./);
      expect(run.stderr).toContain("run again with --force");
      const after = embedded ? fingerprintDirectory(path.join(targetRoot, "pglite")) : await summaryOf(target);
      expect(after).toEqual(before);
      if (!embedded) expect(rowsOf(after as DatabaseSummary, "audit_events")).toBe(rowsOf(sourceSummary, "audit_events")! + 1);
    },
    slow,
  );

  it(
    "with --force replaces that database with the backup's contents",
    async () => {
      await target.close();
      const run = await restore(["--force"]);
      expect(run.code, run.stderr).toBe(0);
      expect(await summaryOf(target)).toEqual(sourceSummary);
      if (embedded) expect(readdirSync(targetRoot).some((name) => name.startsWith("pglite.before-restore-"))).toBe(true);
    },
    slow,
  );
});
