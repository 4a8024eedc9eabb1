import "server-only";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import { readEnv } from "@/lib/env";
import { jobLogger } from "@/lib/log/logger";
import * as schema from "./schema";

export type Database = NodePgDatabase<typeof schema>;
/** A database or an open transaction: queries accept either so callers can group writes. */
export type Executor = Database | Parameters<Parameters<Database["transaction"]>[0]>[0];

// One pool per process, kept on globalThis so dev-mode module reloads do not leak connections.
const globalForDb = globalThis as unknown as { adpPool?: Pool; adpDb?: Database };

export function getDb(): Database {
  if (globalForDb.adpDb) return globalForDb.adpDb;
  const env = readEnv();
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start` (embedded) or set it to a PostgreSQL URL.");
  }
  const pool = new Pool({ connectionString: env.DATABASE_URL, max: env.DB_POOL_MAX, connectionTimeoutMillis: 10_000 });
  // An idle client's error (server restart) must not crash the process; the pool replaces it.
  pool.on("error", (error) => jobLogger("db-pool").error({ err: error }, "idle database client error"));
  globalForDb.adpPool = pool;
  globalForDb.adpDb = drizzle(pool, { schema });
  return globalForDb.adpDb;
}

export async function closeDb(): Promise<void> {
  const pool = globalForDb.adpPool;
  globalForDb.adpPool = undefined;
  globalForDb.adpDb = undefined;
  await pool?.end();
}
