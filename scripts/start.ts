// `npm start`: one command from a fresh clone to a running app. Without DATABASE_URL it runs the
// embedded database (PGlite in its own process, data in .data/), migrates, seeds demo data on first
// start, builds when the build is missing or older than the sources, then serves on PORT (3000).
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { dataRoot, ensureLocalAuthSecret, isEmpty, migrateDatabase, seedDatabase } from "./lib/database-tasks";
import { startEmbeddedDatabase } from "./lib/embedded-database";
import { closeDb, getDb } from "@/lib/db/client";
import { refreshPlannerStatistics } from "@/lib/db/queries/planner-statistics";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);

function newestSourceChange(): number {
  let newest = 0;
  const visit = (entry: string) => {
    if (!existsSync(entry)) return;
    const stat = statSync(entry);
    if (stat.isDirectory()) for (const child of readdirSync(entry)) visit(path.join(entry, child));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const entry of ["app", "components", "lib", "proxy.ts", "instrumentation.ts", "next.config.js", "package-lock.json"]) visit(entry);
  return newest;
}

function buildIsCurrent(): boolean {
  const buildId = path.join(".next", "BUILD_ID");
  return existsSync(buildId) && statSync(buildId).mtimeMs > newestSourceChange();
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: "inherit" });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

/** PGlite has no autovacuum: refresh the planner's statistics every half hour while the app runs. */
function keepEmbeddedStatisticsFresh(): void {
  const everyMs = 30 * 60_000;
  setInterval(() => {
    refreshPlannerStatistics(getDb()).catch((error: unknown) =>
      console.error(`Refreshing the embedded database's statistics failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  }, everyMs).unref();
}

/** How long Next may take to finish the requests in flight after a stop before it is killed. */
const shutdownGraceMs = 25_000;

// Kept outside main() so a failed start still stops the database it started (else it holds the port).
let stopDatabase: (() => Promise<void>) | undefined;

/** Stops the embedded database if one was started; false (and a logged reason) when it could not be stopped cleanly. */
async function stopDatabaseCleanly(): Promise<boolean> {
  try {
    await stopDatabase?.();
    return true;
  } catch (error: unknown) {
    console.error(`Stopping the embedded database failed: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

async function main(): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env };

  if (!env.DATABASE_URL) {
    const embedded = await startEmbeddedDatabase({ dataDir: `${dataRoot}/pglite`, port: Number(env.PGLITE_PORT ?? 54329) });
    stopDatabase = embedded.stop;
    env.DATABASE_URL = embedded.url;
    env.ADP_DB_MODE = "embedded";
    env.NEXTAUTH_SECRET ??= ensureLocalAuthSecret();
    console.log(`Embedded database (PGlite) running on ${embedded.url.replace(/:[^:@/]+@/, ":***@")}`);
  } else if (!env.NEXTAUTH_SECRET) {
    throw new Error("NEXTAUTH_SECRET must be set when DATABASE_URL is set (every instance needs the same secret).");
  }
  env.NEXTAUTH_URL ??= `http://localhost:${port}`;

  // Assigning undefined to process.env stores the string "undefined" (an invalid ADP_DB_MODE).
  process.env.DATABASE_URL = env.DATABASE_URL;
  if (env.ADP_DB_MODE) process.env.ADP_DB_MODE = env.ADP_DB_MODE;
  await migrateDatabase();
  if (env.ADP_DB_MODE === "embedded" && (await isEmpty())) {
    await seedDatabase();
    console.log("First start: demo data seeded (see README for the demo logins).");
  }
  if (env.ADP_DB_MODE === "embedded") await refreshPlannerStatistics(getDb());
  await closeDb();

  if (!dev && !buildIsCurrent()) {
    console.log("Building the app (first start or sources changed)…");
    await run(bin("next"), ["build"], { ...env, NODE_ENV: "production" });
  }

  const server = spawn(bin("next"), [dev ? "dev" : "start", "-p", port], { env, stdio: "inherit" });
  if (env.ADP_DB_MODE === "embedded") keepEmbeddedStatisticsFresh();

  // A stop (a rolling deploy's SIGTERM, Ctrl+C) is passed on to Next, which stops accepting
  // connections and finishes the requests in flight; only when it has exited is the database
  // stopped and this process ends. Exiting earlier would cut those requests off wherever the
  // platform stops a container with its first process.
  let stopRequested = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopRequested) return;
    stopRequested = true;
    server.kill(signal);
    setTimeout(() => server.kill("SIGKILL"), shutdownGraceMs).unref();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  server.once("exit", (code) => {
    void (async () => {
      const databaseStopped = await stopDatabaseCleanly();
      if (!databaseStopped) process.exit(1);
      process.exit(stopRequested ? 0 : (code ?? 1));
    })();
  });
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await stopDatabaseCleanly();
  process.exit(1);
});
