// `npm start`: one command from a fresh clone to a running app. Without DATABASE_URL it runs the
// embedded database (PGlite in its own process, data in .data/), migrates, seeds demo data on first
// start, builds when the build is missing or older than the sources, then serves on PORT (3000).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { dataRoot, ensureLocalAuthSecret, isEmpty, migrateDatabase, seedDatabase } from "./lib/database-tasks";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./lib/embedded-database";
import { createRestartTracker, databaseRestartPolicy } from "./lib/restart-policy";
import { closeDb, getDb } from "@/lib/db/client";
import { refreshPlannerStatistics } from "@/lib/db/queries/planner-statistics";
import { forgetEnv } from "@/lib/env";
import { jobLogger } from "@/lib/log/logger";

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
    refreshPlannerStatistics(getDb()).catch((error: unknown) => log.error({ reason: describe(error) }, "refreshing the embedded database's statistics failed"));
  }, everyMs).unref();
}

/** How long Next may take to finish the requests in flight after a stop before it is killed. */
const shutdownGraceMs = 25_000;

const log = jobLogger("supervisor");
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Keeps the embedded database running under the web server: when its process dies (killed, out of
 * memory), it is started again on the same folder and port after a growing pause, a few times in a
 * row (scripts/lib/restart-policy.ts); the web server's pool reconnects by itself. When the
 * attempts are used up, `giveUp` ends the whole, non-zero, for a process manager to restart.
 */
function superviseDatabase(first: EmbeddedDatabase, options: { dataDir: string; port: number }, giveUp: () => void) {
  const tracker = createRestartTracker(databaseRestartPolicy);
  let current = first;
  let startedAt = Date.now();
  let stopping = false;
  let restarting: Promise<void> | undefined;

  const recover = async (upForMs: number) => {
    for (;;) {
      const decision = tracker.afterExit(upForMs);
      if (decision.kind === "give-up") {
        log.fatal({ attempts: decision.attempts }, "the embedded database keeps failing; stopping the app");
        giveUp();
        return;
      }
      log.warn({ attempt: decision.attempt, delayMs: decision.delayMs }, "restarting the embedded database");
      await new Promise((resolve) => setTimeout(resolve, decision.delayMs));
      if (stopping) return;
      try {
        const restarted = await startEmbeddedDatabase(options);
        if (stopping) return await restarted.stop();
        current = restarted;
        startedAt = Date.now();
        watch(restarted);
        log.info({ attempt: decision.attempt }, "embedded database restarted");
        return;
      } catch (error: unknown) {
        log.error({ attempt: decision.attempt, reason: describe(error) }, "restarting the embedded database failed");
        upForMs = 0;
      }
    }
  };

  const watch = (database: EmbeddedDatabase) =>
    database.process.once("exit", (code, signal) => {
      if (stopping) return;
      const upForMs = Date.now() - startedAt;
      log.error({ code, signal, upForMs }, "the embedded database exited unexpectedly");
      restarting = recover(upForMs).finally(() => (restarting = undefined));
    });
  watch(first);

  return {
    stop: async () => {
      stopping = true;
      await restarting;
      await current.stop();
    },
  };
}

// Kept outside main() so a failed start still stops the database it started (else it holds the port).
let stopDatabase: (() => Promise<void>) | undefined;

/** Stops the embedded database if one was started; false (and a logged reason) when it could not be stopped cleanly. */
async function stopDatabaseCleanly(): Promise<boolean> {
  try {
    await stopDatabase?.();
    return true;
  } catch (error: unknown) {
    log.error({ reason: describe(error) }, "stopping the embedded database failed");
    return false;
  }
}

// How the whole ends. A stop (a rolling deploy's SIGTERM, Ctrl+C) is passed on to Next, which stops
// accepting connections and finishes the requests in flight; only when it has exited is the
// database stopped and this process ends. Exiting earlier would cut those requests off wherever the
// platform stops a container with its first process. A failure ends the same way, with exit code 1.
let server: ChildProcess | undefined;
let shutdown: { exitCode: number } | undefined;

function shutDown(signal: NodeJS.Signals, exitCode: number): void {
  if (shutdown) return;
  shutdown = { exitCode };
  if (!server) {
    void stopDatabaseCleanly().then(() => process.exit(exitCode));
    return;
  }
  server.kill(signal);
  setTimeout(() => server?.kill("SIGKILL"), shutdownGraceMs).unref();
}

/**
 * Ends the whole when the process that started this one is gone (the tsx launcher of `npm start`
 * killed with -9): this process would otherwise run on as an orphan, and so would its children.
 */
function exitWithParent(): void {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid === parent) return;
    log.error({ parent }, "the process that started the app is gone; stopping");
    shutDown("SIGTERM", 1);
  }, 1_000).unref();
}

async function main(): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  exitWithParent();

  if (!env.DATABASE_URL) {
    const options = { dataDir: `${dataRoot}/pglite`, port: Number(env.PGLITE_PORT ?? 54329) };
    const embedded = await startEmbeddedDatabase(options);
    stopDatabase = superviseDatabase(embedded, options, () => shutDown("SIGTERM", 1)).stop;
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
  // The supervisor's logger read the environment before the embedded database's URL was known.
  forgetEnv();
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
  if (shutdown) return;

  // Plain node runs Next (no launcher in between), with exit-with-parent.cjs preloaded and an IPC
  // channel of ours: if this process dies, even by kill -9, the channel closes and Next stops.
  const nextCli = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const exitWithSupervisor = path.join(process.cwd(), "scripts", "lib", "exit-with-parent.cjs");
  server = spawn(process.execPath, ["--require", exitWithSupervisor, nextCli, dev ? "dev" : "start", "-p", port], {
    env,
    stdio: ["inherit", "inherit", "inherit", "ipc"],
  });
  if (env.ADP_DB_MODE === "embedded") keepEmbeddedStatisticsFresh();

  process.on("SIGINT", () => shutDown("SIGINT", 0));
  process.on("SIGTERM", () => shutDown("SIGTERM", 0));
  server.once("exit", (code, signal) => {
    // Next ending by itself (a crash, killed by the OS) is a failure: stop the database and exit
    // non-zero so the process manager restarts the whole (docs/deploy-embedded.md).
    if (!shutdown) {
      log.error({ code, signal }, "the web server exited unexpectedly; stopping the app");
      shutdown = { exitCode: 1 };
    }
    const { exitCode } = shutdown;
    void stopDatabaseCleanly().then((stopped) => process.exit(stopped ? exitCode : 1));
  });
}

main().catch(async (error: unknown) => {
  log.fatal({ reason: describe(error) }, "the app could not start");
  await stopDatabaseCleanly();
  process.exit(1);
});
