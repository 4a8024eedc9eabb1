// `npm run db:restore -- FILE [--force]`: restores a backup made by `npm run db:backup`.
// PostgreSQL (DATABASE_URL set): pg_restore into that database, in one transaction.
// Embedded (no DATABASE_URL): PGlite loads the dump into a new data directory that replaces
// ADP_DATA_DIR/pglite once it checks out; the app must be stopped.
// Refuses to replace a database that holds anything unless --force is given; the backup file is
// checked against its manifest first, and the restored database after.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { BackupError, detectBackupMode, describeSummary, formatBytes, readManifest, sha256OfFile, type BackupManifest } from "./lib/backup/backup-files";
import { describeTarget, parseCommandLine, resolveDatabaseTarget, runCommand, seconds, type DatabaseTarget } from "./lib/backup/cli";
import { inspectEmbeddedTarget, restoreEmbedded } from "./lib/backup/embedded-backup";
import { describeTarget as describeContents, inspectPostgresTarget, restorePostgres } from "./lib/backup/postgres-backup";
import { compareSummaries, type DatabaseSummary } from "./lib/backup/table-checksums";
import { dataRoot } from "./lib/database-tasks";

const usage = `Usage: npm run db:restore -- FILE [--force]

Restores FILE (made by npm run db:backup) into the PostgreSQL database at DATABASE_URL or, without
DATABASE_URL, into the embedded database in \${ADP_DATA_DIR:-.data}/pglite (stop the app first).
Refuses when the target already holds a database, unless --force: PostgreSQL then drops and recreates
every object of the backup (one transaction); embedded keeps the old folder as pglite.before-restore-<time>.`;

async function checkBackupFile(file: string, target: DatabaseTarget): Promise<BackupManifest | null> {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist.`);
  const mode = detectBackupMode(file);
  if (mode === null) throw new BackupError(`${file} is neither a pg_dump custom-format file nor a PGlite dump.`);
  if (mode !== target.mode) {
    throw new BackupError(
      `${file} is a backup of ${mode === "postgres" ? "a PostgreSQL" : "an embedded (PGlite)"} database, but the target is the ${describeTarget(target)}.\n` +
        (mode === "postgres"
          ? "Set DATABASE_URL to the PostgreSQL database to restore into."
          : "Unset DATABASE_URL to restore into the embedded database (ADP_DATA_DIR chooses its folder)."),
    );
  }
  const manifest = readManifest(file);
  if (!manifest) {
    console.warn(`Warning: no manifest (${file}.manifest.json) beside the backup: the restored database cannot be verified against it.`);
    return null;
  }
  const sha256 = await sha256OfFile(file);
  if (sha256 !== manifest.sha256) {
    throw new BackupError(`${file} does not match its manifest (sha256 ${sha256}, expected ${manifest.sha256}): the file is damaged or was changed. Nothing was restored.`);
  }
  console.log(`Backup file checked: ${formatBytes(manifest.bytes)}, made ${manifest.createdAt}, sha256 matches its manifest.`);
  return manifest;
}

const verifyAgainst = (manifest: BackupManifest | null) => (summary: DatabaseSummary) => (manifest ? compareSummaries(manifest.summary, summary) : []);

function refusal(what: string): BackupError {
  return new BackupError(`Refusing to restore: the ${what}. Nothing was changed.\nTo replace it with the backup, run again with --force.`);
}

async function restoreIntoPostgres(url: string, file: string, force: boolean, manifest: BackupManifest | null): Promise<void> {
  const state = await inspectPostgresTarget(url);
  const replacing = state.relations > 0;
  if (replacing && !force) throw refusal(`database already holds ${describeContents(state)}`);
  console.log(`Restoring ${file} into the ${describeTarget({ mode: "postgres", url })}${replacing ? ` (replacing its ${describeContents(state)})` : ""}…`);
  if (state.otherConnections > 0) {
    console.warn(`Warning: ${state.otherConnections} other connection(s) to this database are open (is the app running?); they wait while the restore runs.`);
  }
  const startedAt = performance.now();
  const summary = await restorePostgres(url, file, { replace: replacing });
  report(summary, verifyAgainst(manifest)(summary), manifest, startedAt);
}

async function restoreIntoEmbedded(root: string, file: string, force: boolean, manifest: BackupManifest | null): Promise<void> {
  const target = inspectEmbeddedTarget(root);
  if (target.holdsDatabase && !force) throw refusal(`data directory ${target.dataDir} already holds a database`);
  console.log(`Restoring ${file} into the ${describeTarget({ mode: "embedded", dataRoot: root })}${target.holdsDatabase ? " (replacing the database there)" : ""}…`);
  const startedAt = performance.now();
  const restored = await restoreEmbedded(root, file, verifyAgainst(manifest));
  report(restored.summary, [], manifest, startedAt);
  if (restored.previousDataDir) console.log(`The data directory it replaced is kept as ${restored.previousDataDir}; delete it once you are satisfied.`);
}

function report(summary: DatabaseSummary, differences: string[], manifest: BackupManifest | null, startedAt: number): void {
  if (differences.length > 0) {
    throw new BackupError(`The restore finished, but the database does not match the backup's manifest:\n  ${differences.join("\n  ")}`);
  }
  console.log(`Restored in ${seconds(startedAt)}.`);
  console.log(describeSummary(summary));
  console.log(manifest ? "Verified: every table's row count and checksum matches the backup's manifest." : "Not verified (no manifest).");
}

runCommand(async () => {
  const { values, positionals } = parseCommandLine(
    () => parseArgs({ options: { force: { type: "boolean" }, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true }),
    usage,
  );
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new BackupError(`Give exactly one backup file.\n\n${usage}`);
  const target = resolveDatabaseTarget(dataRoot);
  const manifest = await checkBackupFile(file, target);
  const force = values.force === true;
  if (target.mode === "postgres") await restoreIntoPostgres(target.url, file, force, manifest);
  else await restoreIntoEmbedded(target.dataRoot, file, force, manifest);
});
