import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { Client } from "pg";
import { startEmbeddedDatabase } from "@/scripts/lib/embedded-database";

export type TestDatabase = {
  url: string;
  /** The value of ADP_DB_MODE the app would run with against this database. */
  appMode: "embedded" | "postgres";
  dispose: () => Promise<void>;
};

/** `pgliteTemplate`: a migrated data-folder dump to start from (tests/integration/setup/pglite-template.ts). */
export async function startTestDatabase(mode: string, pgliteTemplate?: string): Promise<TestDatabase> {
  if (mode === "pglite") return startPgliteDatabase(pgliteTemplate);
  if (mode === "postgres") return createPostgresDatabase();
  throw new Error(`TEST_DB_MODE must be "pglite" or "postgres", got "${mode}"`);
}

function findFreePort(): Promise<number> {
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

async function startPgliteDatabase(loadFrom?: string): Promise<TestDatabase> {
  // Another process may take the port between the probe and the server's listen; retry then.
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const embedded = await startEmbeddedDatabase({ dataDir: "memory://", port: await findFreePort(), loadFrom: loadFrom || undefined });
      return { url: embedded.url, appMode: "embedded", dispose: embedded.stop };
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

async function createPostgresDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.ADP_TEST_PG_ADMIN_URL;
  if (!adminUrl) {
    throw new Error(
      "TEST_DB_MODE=postgres needs ADP_TEST_PG_ADMIN_URL (a role that may CREATE DATABASE); run `npm run test:integration`, which sets it up.",
    );
  }
  const name = `adp_test_${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString("hex")}`;
  await runAdmin(adminUrl, `create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    appMode: "postgres",
    // FORCE ends connections a failed test may have leaked, so the drop never hangs.
    dispose: () => dropDatabase(adminUrl, name),
  };
}

/**
 * Drops a test database. Without pg_signal_backend (ensure-postgres.sh grants it; a role given in
 * ADP_TEST_PG_ADMIN_URL may lack it) the drop is refused while an autovacuum worker is in the
 * database, so that refusal is retried: the worker is done within moments.
 */
async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await runAdmin(adminUrl, `drop database if exists "${name}" with (force)`);
      return;
    } catch (error) {
      const insufficientPrivilege = (error as { code?: string }).code === "42501";
      if (!insufficientPrivilege || attempt === 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

async function runAdmin(adminUrl: string, statement: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
