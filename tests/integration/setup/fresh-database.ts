// Vitest setup file of the integration project: every test FILE gets its own fresh, migrated,
// empty database, so files never see each other's rows and can run in any order.
//
// TEST_DB_MODE=pglite (default): a PGlite server process (scripts/pglite-server.ts, the same one
//   `npm start` runs) on a free loopback port, with in-memory data that vanishes with the process,
//   started from the migrated template the global setup made (pglite-template.ts).
// TEST_DB_MODE=postgres: a new database `adp_test_<unix seconds>_<random>` on the server that
//   ADP_TEST_PG_ADMIN_URL points at (scripts/lib/ensure-postgres.sh sets it), dropped afterwards.
//   The timestamp lets scripts/test-integration.sh drop leftovers of a crashed run.
//
// The environment is set at the top level, before the test file's own imports are evaluated, and
// lib/db/client.ts reads it lazily on the first getDb() call, so every query of this file goes to
// the fresh database.
import { afterAll, inject } from "vitest";
import { startTestDatabase } from "../support/test-database";

const mode = process.env.TEST_DB_MODE ?? "pglite";
const database = await startTestDatabase(mode, inject("pgliteTemplate"));

process.env.DATABASE_URL = database.url;
process.env.ADP_DB_MODE = database.appMode;

const { closeDb, getDb } = await import("@/lib/db/client");

// Registered before migrating, so a failed migration still stops the server or drops the database.
afterAll(async () => {
  await closeDb();
  await database.dispose();
});

const { applyMigrations } = await import("@/lib/db/migrate");
await applyMigrations(getDb());
