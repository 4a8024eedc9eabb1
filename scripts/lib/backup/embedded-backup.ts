// Embedded mode: PGlite's own dump of its data directory (dumpDataDir, a gzipped tarball) and its
// own load (PGlite started with loadDataDir on a fresh directory).
//
// Both refuse while the data directory is open. PGlite takes no lock: a second PGlite on the same
// folder (this script next to a running app) would write the same files and corrupt them, and
// dumpDataDir can only be called by the process that holds the database, which for a running app
// is scripts/pglite-server.ts, reachable only over the Postgres wire protocol. So the operator
// stops the app for the minute a backup takes; an embedded install is one small deployment
// where that is acceptable, and the PostgreSQL mode is the one for backups without downtime.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { acquireEmbeddedLock, embeddedDatabaseHolder, EmbeddedDatabaseInUse, inUseMessage } from "../embedded-lock";
import { BackupError, utcStamp, writeManifest, type BackupManifest } from "./backup-files";
import { readDatabaseSummary, type DatabaseSummary, type RunSql } from "./table-checksums";

/** Where `npm start` keeps the embedded database (scripts/start.ts). */
export const embeddedDataDirectory = (dataRoot: string) => path.join(dataRoot, "pglite");

const holdsDatabase = (dataDir: string) => existsSync(path.join(dataDir, "PG_VERSION"));

/** Takes the data directory's lock (scripts/lib/embedded-lock.ts) for the duration of `work`. */
async function whileHolding<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  let release: () => void;
  try {
    release = acquireEmbeddedLock(dataDir);
  } catch (error) {
    if (error instanceof EmbeddedDatabaseInUse) throw new BackupError(error.message);
    throw error;
  }
  try {
    return await work();
  } finally {
    release();
  }
}

function refuseWhileOpen(dataDir: string): void {
  const holder = embeddedDatabaseHolder(dataDir);
  if (holder !== null) throw new BackupError(inUseMessage(dataDir, holder));
}

const runOn =
  (db: PGlite): RunSql =>
  async (text) =>
    (await db.query<Record<string, unknown>>(text)).rows;

/** Opens the data directory (no other process may), summarises it and writes PGlite's dump of it to `outFile`. */
export async function backupEmbedded(dataRoot: string, outFile: string): Promise<BackupManifest> {
  const dataDir = embeddedDataDirectory(dataRoot);
  if (!holdsDatabase(dataDir)) {
    throw new BackupError(
      `There is no embedded database in ${dataDir}. Set ADP_DATA_DIR to the folder the app uses, or DATABASE_URL to back up PostgreSQL.`,
    );
  }
  return whileHolding(dataDir, async () => {
    const db = await PGlite.create(dataDir);
    const partial = `${outFile}.partial`;
    try {
      const summary = await readDatabaseSummary(runOn(db));
      const dump = await db.dumpDataDir("gzip");
      writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
      renameSync(partial, outFile);
      return await writeManifest(outFile, "embedded", summary);
    } finally {
      rmSync(partial, { force: true });
      await db.close();
    }
  });
}

export type EmbeddedTarget = { dataDir: string; holdsDatabase: boolean };

/** Where a restore would go and whether a database is already there; refuses when it is open. */
export function inspectEmbeddedTarget(dataRoot: string): EmbeddedTarget {
  const dataDir = embeddedDataDirectory(dataRoot);
  if (existsSync(dataDir)) refuseWhileOpen(dataDir);
  return { dataDir, holdsDatabase: existsSync(dataDir) && readdirSync(dataDir).length > 0 };
}

export type EmbeddedRestore = { dataDir: string; summary: DatabaseSummary; previousDataDir: string | null };

/**
 * Loads the dump into a new directory beside the data directory, checks it with `verify`, and only
 * then swaps it in; the directory it replaces is kept as <dir>.before-restore-<time>. A failure at
 * any step leaves the data directory as it was.
 */
export async function restoreEmbedded(
  dataRoot: string,
  backupFile: string,
  verify: (summary: DatabaseSummary) => string[],
): Promise<EmbeddedRestore> {
  const { dataDir, holdsDatabase: replacing } = inspectEmbeddedTarget(dataRoot);
  const stamp = utcStamp();
  const staging = `${dataDir}.restoring-${stamp}`;
  mkdirSync(path.dirname(dataDir), { recursive: true });
  rmSync(staging, { recursive: true, force: true });
  try {
    let summary: DatabaseSummary;
    const db = await PGlite.create(staging, { loadDataDir: new Blob([readFileSync(backupFile)], { type: "application/x-gzip" }) });
    try {
      summary = await readDatabaseSummary(runOn(db));
    } finally {
      await db.close();
    }
    if (summary.tables.length === 0) throw new BackupError(`${backupFile} holds no tables: it is not a backup of this app's database.`);
    const differences = verify(summary);
    if (differences.length > 0) {
      throw new BackupError(`The restored copy does not match the backup's manifest:\n  ${differences.join("\n  ")}`);
    }
    // The app may have been started since the check above: the swap happens under the lock.
    const previousDataDir = replacing ? `${dataDir}.before-restore-${stamp}` : null;
    await whileHolding(dataDir, async () => {
      if (previousDataDir) renameSync(dataDir, previousDataDir);
      else rmSync(dataDir, { recursive: true, force: true });
      renameSync(staging, dataDir);
    });
    return { dataDir, summary, previousDataDir };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (error instanceof BackupError) throw new BackupError(`${error.message}\nThe data directory ${dataDir} was left as it was.`);
    throw error;
  }
}
