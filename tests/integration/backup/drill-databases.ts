// The two databases of a backup drill, in the mode the integration run is in: PostgreSQL databases
// on the test server, or PGlite data directories in a temporary folder (the harness's in-memory
// PGlite cannot be dumped by db:backup, which works on a data directory as `npm start` keeps it).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { Client } from "pg";
import { readDatabaseSummary, type DatabaseSummary } from "@/scripts/lib/backup/table-checksums";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/scripts/lib/embedded-database";
import { startTestDatabase } from "../support/test-database";

export type DrillDatabase = {
  /** The environment that points db:backup and db:restore at this database. */
  scriptEnv: Record<string, string>;
  /** A URL to query it; for an embedded database this starts a PGlite server on its data directory. */
  open(): Promise<string>;
  /** Stops that server, so a script may open the data directory; nothing to do for PostgreSQL. */
  close(): Promise<void>;
  dispose(): Promise<void>;
};

export function postgresDrillDatabase(url: string, dispose: () => Promise<void> = async () => undefined): DrillDatabase {
  return { scriptEnv: { DATABASE_URL: url }, open: async () => url, close: async () => undefined, dispose };
}

export async function freshPostgresDrillDatabase(): Promise<DrillDatabase> {
  const database = await startTestDatabase("postgres");
  return postgresDrillDatabase(database.url, database.dispose);
}

/** The embedded database of an app whose ADP_DATA_DIR is `dataRoot` (its data directory is dataRoot/pglite). */
export function embeddedDrillDatabase(dataRoot: string): DrillDatabase {
  let server: EmbeddedDatabase | undefined;
  const close = async () => {
    await server?.stop();
    server = undefined;
  };
  return {
    scriptEnv: { ADP_DATA_DIR: dataRoot },
    async open() {
      server ??= await startOnFreePort(path.join(dataRoot, "pglite"));
      return server.url;
    },
    close,
    dispose: close,
  };
}

async function startOnFreePort(dataDir: string): Promise<EmbeddedDatabase> {
  // Another process may take the port between the probe and the server's listen; retry then.
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startEmbeddedDatabase({ dataDir, port: await freePort() });
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function withClient<T>(url: string, query: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await query(client);
  } finally {
    await client.end();
  }
}

export async function summaryOf(database: DrillDatabase): Promise<DatabaseSummary> {
  return withClient(await database.open(), (client) => readDatabaseSummary(async (text) => (await client.query(text)).rows));
}

/** A hash of every file's path and bytes under `dir`: equal before and after means nothing was written. */
export function fingerprintDirectory(dir: string): string {
  const hash = createHash("sha256");
  const visit = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const entryPath = path.join(relative, entry.name);
      hash.update(`${entryPath}\0`);
      if (entry.isDirectory()) visit(entryPath);
      else hash.update(readFileSync(path.join(dir, entryPath)));
    }
  };
  visit("");
  return hash.digest("hex");
}
