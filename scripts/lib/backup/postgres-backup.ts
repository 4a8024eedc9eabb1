// PostgreSQL mode: pg_dump in its custom format (compressed, restorable table by table) and
// pg_restore, both from the PostgreSQL client tools on PATH (or in PG_BIN_DIR).
import { spawn } from "node:child_process";
import { renameSync, rmSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { BackupError, writeManifest, type BackupManifest } from "./backup-files";
import { readDatabaseSummary, totalRows, type DatabaseSummary, type RunSql } from "./table-checksums";

type ToolConnection = { dbname: string; env: NodeJS.ProcessEnv };

/** The URL without its password (which would show in `ps`) plus PGPASSWORD for the tool. */
function toolConnection(url: string): ToolConnection {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { dbname: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

function runTool(name: "pg_dump" | "pg_restore", args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const binDir = process.env.PG_BIN_DIR;
  const command = binDir ? path.join(binDir, name) : name;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "ENOENT"
          ? new BackupError(
              `${command} was not found. Install the PostgreSQL client tools of your server's major version ` +
                `(Debian/Ubuntu: apt-get install postgresql-client) or set PG_BIN_DIR to the folder that holds ${name}.`,
            )
          : error,
      );
    });
    child.once("exit", (code) => {
      if (code === 0) return resolve();
      const hint = /version mismatch/.test(stderr)
        ? `\n${name} must be at least as new as the server: install a newer client or set PG_BIN_DIR (e.g. /usr/lib/postgresql/17/bin).`
        : "";
      reject(new BackupError(`${name} failed (exit code ${code}):\n${stderr.trim()}${hint}`));
    });
  });
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new BackupError(`Cannot connect to the database: ${error instanceof Error ? error.message : String(error)}`);
  }
  return client;
}

const runOn =
  (client: Client): RunSql =>
  async (text) =>
    (await client.query(text)).rows as Record<string, unknown>[];

/**
 * Dumps the database at `url` to `outFile`. pg_dump reads the snapshot of a transaction this
 * function holds open, and the summary is read in that same transaction, so the manifest describes
 * exactly what the dump holds even while the app keeps writing.
 */
export async function backupPostgres(url: string, outFile: string): Promise<BackupManifest> {
  const client = await connect(url);
  const partial = `${outFile}.partial`;
  try {
    await client.query("begin isolation level repeatable read, read only");
    const [{ snapshot }] = (await client.query<{ snapshot: string }>("select pg_export_snapshot() as snapshot")).rows as [{ snapshot: string }];
    const { dbname, env } = toolConnection(url);
    await runTool("pg_dump", ["--format=custom", "--no-password", `--snapshot=${snapshot}`, `--file=${partial}`, `--dbname=${dbname}`], env);
    const summary = await readDatabaseSummary(runOn(client));
    await client.query("commit");
    // Only a complete dump gets the final name: a failed run never leaves a file that looks like a backup.
    renameSync(partial, outFile);
    return await writeManifest(outFile, "postgres", summary);
  } finally {
    rmSync(partial, { force: true });
    await client.end().catch(() => undefined);
  }
}

export type TargetState = { relations: number; summary: DatabaseSummary; otherConnections: number };

/** What the target database holds now: any table, view or sequence outside the system schemas makes it non-empty. */
export async function inspectPostgresTarget(url: string): Promise<TargetState> {
  const client = await connect(url);
  try {
    const [relations] = (
      await client.query<{ count: string }>(
        `select count(*)::text as count from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
            and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'`,
      )
    ).rows;
    const [connections] = (
      await client.query<{ count: string }>(
        "select count(*)::text as count from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()",
      )
    ).rows;
    const summary = await readDatabaseSummary(runOn(client));
    return { relations: Number(relations?.count ?? 0), summary, otherConnections: Number(connections?.count ?? 0) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function describeTarget(state: TargetState): string {
  return `${state.summary.tables.length} tables, ${totalRows(state.summary)} rows`;
}

/**
 * Restores `backupFile` into the database at `url` in a single transaction: either everything is
 * restored or nothing changed. `replace` adds --clean --if-exists (drop each object of the backup
 * before recreating it); the caller decides whether replacing is allowed. Objects are owned by the
 * restoring role and grants are not restored, so a backup restores into any database the role owns.
 */
export async function restorePostgres(url: string, backupFile: string, options: { replace: boolean }): Promise<DatabaseSummary> {
  const { dbname, env } = toolConnection(url);
  const args = ["--no-password", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${dbname}`];
  if (options.replace) args.push("--clean", "--if-exists");
  try {
    await runTool("pg_restore", [...args, backupFile], env);
  } catch (error) {
    if (error instanceof BackupError) throw new BackupError(`${error.message}\nThe restore ran in one transaction, so the database was left as it was.`);
    throw error;
  }
  const client = await connect(url);
  try {
    return await readDatabaseSummary(runOn(client));
  } finally {
    await client.end().catch(() => undefined);
  }
}
