// `npm run db:backup [-- --out FILE]`: a backup of the database the app uses, plus a manifest
// (row counts and checksums of every table) that `npm run db:restore` verifies against.
// PostgreSQL (DATABASE_URL set): pg_dump, custom format, while the app keeps running.
// Embedded (no DATABASE_URL): PGlite's dump of ADP_DATA_DIR/pglite; the app must be stopped.
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { BackupError, defaultBackupPath, describeSummary, formatBytes, manifestPathOf } from "./lib/backup/backup-files";
import { describeTarget, parseCommandLine, resolveDatabaseTarget, runCommand, seconds } from "./lib/backup/cli";
import { backupEmbedded } from "./lib/backup/embedded-backup";
import { backupPostgres } from "./lib/backup/postgres-backup";
import { dataRoot } from "./lib/database-tasks";

const usage = `Usage: npm run db:backup [-- --out FILE]

Backs up the PostgreSQL database at DATABASE_URL (pg_dump, custom format) or, without DATABASE_URL,
the embedded database in \${ADP_DATA_DIR:-.data}/pglite (PGlite dump; stop the app first).
Default FILE: backups/adp-<UTC time>.dump (PostgreSQL) or backups/adp-<UTC time>.pglite.tar.gz (embedded).
A manifest FILE.manifest.json (row counts and checksums of every table) is written beside it.`;

runCommand(async () => {
  const { values } = parseCommandLine(
    () => parseArgs({ options: { out: { type: "string", short: "o" }, help: { type: "boolean", short: "h" } }, strict: true }),
    usage,
  );
  const target = resolveDatabaseTarget(dataRoot);
  const outFile = values.out ?? defaultBackupPath(target.mode);
  if (existsSync(outFile)) throw new BackupError(`${outFile} already exists; a backup never overwrites another. Choose another --out.`);
  mkdirSync(path.dirname(path.resolve(outFile)), { recursive: true });

  console.log(`Backing up the ${describeTarget(target)}…`);
  const startedAt = performance.now();
  const manifest = target.mode === "postgres" ? await backupPostgres(target.url, outFile) : await backupEmbedded(target.dataRoot, outFile);
  console.log(`Backup written: ${outFile} (${formatBytes(manifest.bytes)}, sha256 ${manifest.sha256}) in ${seconds(startedAt)}`);
  console.log(`Manifest:       ${manifestPathOf(outFile)}`);
  console.log(describeSummary(manifest.summary));
});
