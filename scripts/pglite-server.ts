// Runs the embedded database: PGlite (Postgres in WebAssembly) in its own process, served over the
// Postgres wire protocol so the app uses the same `pg` driver as in production and a heavy query
// never blocks the web server's event loop (see README, "Why PGlite runs in its own process").
import { mkdirSync, readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { acquireEmbeddedLock, EmbeddedDatabaseInUse } from "./lib/embedded-lock";
import { installProtocolQueue } from "./lib/pglite-protocol-queue";

const dataDir = process.env.PGLITE_DATA_DIR ?? ".data/pglite";
const port = Number(process.env.PGLITE_PORT ?? 54329);
const maxConnections = Number(process.env.PGLITE_MAX_CONNECTIONS ?? 64);
// Tests only: an in-memory database that starts as a copy of a migrated one (a dump made by
// PGlite's dumpDataDir) opens in about 1 s instead of the 4 s a new cluster takes.
const loadFrom = process.env.PGLITE_LOAD_FROM;

async function main(): Promise<void> {
  let releaseLock = () => {};
  if (!dataDir.startsWith("memory://")) {
    mkdirSync(dataDir, { recursive: true });
    releaseLock = acquireEmbeddedLock(dataDir);
  }
  const db = loadFrom && dataDir.startsWith("memory://") ? await PGlite.create({ dataDir, loadDataDir: new Blob([readFileSync(loadFrom)]) }) : await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections });
  installProtocolQueue(server);
  await server.start();
  // The parent waits for this exact line before it connects.
  console.log(`pglite-server ready on 127.0.0.1:${port}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // Closing flushes PGlite's buffers, but a commit is already on disk when it is acknowledged
    // (PGlite writes the data folder's files directly, and a process's writes outlive the process),
    // so if closing hangs (a client that never lets go), exiting without it loses nothing acknowledged.
    setTimeout(() => {
      console.error("pglite-server: the database did not close within 10 s; exiting without closing it");
      releaseLock();
      process.exit(1);
    }, 10_000).unref();
    await server.stop();
    await db.close();
    releaseLock();
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  // Started by the supervisor (scripts/start.ts, on an IPC channel), a Ctrl+C reaches this process
  // too, but the supervisor decides the order: the web server finishes its requests first, then it
  // stops this one. Run alone (npm run db:server), Ctrl+C stops it.
  const supervised = process.channel !== undefined;
  process.on("SIGINT", supervised ? () => {} : stop);
  // Exit with the parent: an orphaned server would keep the data folder locked. The channel closes
  // however the parent ends, kill -9 included.
  process.on("disconnect", stop);
}

main().catch((error: unknown) => {
  if (error instanceof EmbeddedDatabaseInUse) console.error(error.message);
  else console.error("pglite-server failed:", error);
  process.exit(1);
});
