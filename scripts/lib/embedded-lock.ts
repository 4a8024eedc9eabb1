// PGlite takes no lock on its data directory, and the postmaster.pid it writes carries no real pid
// (always -42), so a second process opening the same folder (db:migrate next to a running app)
// would write the same files and corrupt them. Whoever opens an embedded data directory first
// writes its pid to <dataDir>.lock; every other opener refuses while that process is alive, and a
// lock left by a killed process is taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

export class EmbeddedDatabaseInUse extends Error {}

export const lockFileOf = (dataDir: string) => `${path.resolve(dataDir)}.lock`;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(lockFile: string): number | null {
  try {
    const pid = Number(readFileSync(lockFile, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** The pid of the live process that holds the data directory, if any. */
export function embeddedDatabaseHolder(dataDir: string): number | null {
  const pid = readHolder(lockFileOf(dataDir));
  return pid !== null && pid !== process.pid && isAlive(pid) ? pid : null;
}

export function inUseMessage(dataDir: string, pid: number): string {
  return (
    `The embedded database in ${dataDir} is open: the app (npm start / npm run dev) or another db:* task is using it (pid ${pid}).\n` +
    "Stop it first, then run this again. (PGlite has no lock of its own: a second process on the same folder would corrupt it.)"
  );
}

/** Takes the data directory for this process; returns the release function. Throws EmbeddedDatabaseInUse. */
export function acquireEmbeddedLock(dataDir: string): () => void {
  const lockFile = lockFileOf(dataDir);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lockFile, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        if (readHolder(lockFile) === process.pid) rmSync(lockFile, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(lockFile);
      if (holder !== null && holder !== process.pid && isAlive(holder)) throw new EmbeddedDatabaseInUse(inUseMessage(dataDir, holder));
      // Left by a process that died without closing the database: take it over.
      rmSync(lockFile, { force: true });
    }
  }
  throw new EmbeddedDatabaseInUse(`Could not take the lock ${lockFile}; another process is starting on ${dataDir}.`);
}
