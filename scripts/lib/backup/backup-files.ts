// Backup files and their manifests. Each backup `X` gets a manifest `X.manifest.json` beside it:
// the database summary at backup time (row counts and checksums) and the file's SHA-256, so a
// restore can refuse a damaged file before it touches anything and prove afterwards that the
// restored database holds exactly what was backed up.
import { createHash } from "node:crypto";
import { createReadStream, existsSync, openSync, readFileSync, readSync, closeSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { totalRows, type DatabaseSummary } from "./table-checksums";

export type BackupMode = "postgres" | "embedded";

/** A failure the user can act on: printed as is, without a stack trace. */
export class BackupError extends Error {}

export type BackupManifest = {
  kind: "adp-readiness-backup";
  formatVersion: 1;
  mode: BackupMode;
  createdAt: string;
  file: string;
  bytes: number;
  sha256: string;
  summary: DatabaseSummary;
};

export const defaultBackupDirectory = "backups";

/** 20260314T021500Z: a UTC time that sorts by name and is safe in file names. */
export function utcStamp(now = new Date()): string {
  return now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
}

/** backups/adp-20260314T021500Z.dump (PostgreSQL) or backups/adp-20260314T021500Z.pglite.tar.gz (embedded). */
export function defaultBackupPath(mode: BackupMode, now = new Date()): string {
  return path.join(defaultBackupDirectory, `adp-${utcStamp(now)}${mode === "postgres" ? ".dump" : ".pglite.tar.gz"}`);
}

export const manifestPathOf = (backupFile: string) => `${backupFile}.manifest.json`;

export function sha256OfFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(file)
      .on("error", reject)
      .on("data", (chunk) => hash.update(chunk))
      .on("end", () => resolve(hash.digest("hex")));
  });
}

export async function writeManifest(backupFile: string, mode: BackupMode, summary: DatabaseSummary): Promise<BackupManifest> {
  const manifest: BackupManifest = {
    kind: "adp-readiness-backup",
    formatVersion: 1,
    mode,
    createdAt: new Date().toISOString(),
    file: path.basename(backupFile),
    bytes: statSync(backupFile).size,
    sha256: await sha256OfFile(backupFile),
    summary,
  };
  writeFileSync(manifestPathOf(backupFile), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The manifest beside a backup, or null when there is none (e.g. only the backup was copied off-site). */
export function readManifest(backupFile: string): BackupManifest | null {
  const file = manifestPathOf(backupFile);
  if (!existsSync(file)) return null;
  let manifest: Partial<BackupManifest>;
  try {
    manifest = JSON.parse(readFileSync(file, "utf8")) as Partial<BackupManifest>;
  } catch {
    throw new BackupError(`${file} is not valid JSON. Move it away to restore without verification.`);
  }
  if (manifest.kind !== "adp-readiness-backup" || manifest.formatVersion !== 1 || !manifest.summary || !manifest.sha256) {
    throw new BackupError(`${file} is not a manifest this version understands. Move it away to restore without verification.`);
  }
  return manifest as BackupManifest;
}

/** What a backup file holds, from its first bytes: pg_dump's custom format starts "PGDMP", PGlite's dump is gzip. */
export function detectBackupMode(file: string): BackupMode | null {
  const head = Buffer.alloc(5);
  const descriptor = openSync(file, "r");
  try {
    readSync(descriptor, head, 0, head.length, 0);
  } finally {
    closeSync(descriptor);
  }
  if (head.toString("latin1") === "PGDMP") return "postgres";
  if (head[0] === 0x1f && head[1] === 0x8b) return "embedded";
  return null;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** One line a table, then the totals; what the operator reads to see the backup is not empty. */
export function describeSummary(summary: DatabaseSummary): string {
  const width = Math.max(5, ...summary.tables.map((table) => table.table.length));
  const lines = summary.tables.map((table) => `  ${table.table.padEnd(width)}  ${String(table.rows).padStart(9)} rows  md5 ${table.checksum}`);
  lines.push(`  ${summary.tables.length} tables, ${totalRows(summary)} rows, ${summary.sequences.length} sequences`);
  return lines.join("\n");
}

/** A database URL fit for printing: the password replaced. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}
