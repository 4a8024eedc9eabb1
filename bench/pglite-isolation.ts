// Does a heavy query stall every other request of the web server? Compares PGlite inside the web
// server process with PGlite in its own process behind pglite-socket (what `npm start` runs), and
// optionally a real PostgreSQL. See bench/README.md for the method and the figures.
//
// The web server under test runs in a child process (this same file, started with
// BENCH_PGLITE_ISOLATION_SETUP set) so that the load generator — this process — keeps its own event
// loop: a stall of the server cannot delay when requests are sent or when their answers are timed.
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Pool } from "pg";
import { startEmbeddedDatabase } from "../scripts/lib/embedded-database";
import { closedLoops, fixedRate, timedGet, type Target } from "./lib/open-loop";
import { formatMs, summarize, type LatencySummary } from "./lib/percentiles";
import type { Benchmark, BenchRow } from "./run";

type SetupId = "A" | "B" | "C";
const setups: { id: SetupId; label: string }[] = [
  { id: "A", label: "A PGlite in-process" },
  { id: "B", label: "B PGlite child + pglite-socket" },
  { id: "C", label: "C PostgreSQL" },
];

const numberFromEnv = (name: string, fallback: number, minimum = 1) => {
  const raw = process.env[name];
  const value = Number(raw);
  return raw !== undefined && raw !== "" && Number.isFinite(value) && value >= minimum ? value : fallback;
};
const settings = {
  /** /trivial requests per second, sent on a fixed schedule (open loop) whatever the answers do. */
  rate: numberFromEnv("BENCH_TRIVIAL_RATE", 100),
  idleSeconds: numberFromEnv("BENCH_IDLE_SECONDS", 5),
  loadedSeconds: numberFromEnv("BENCH_LOADED_SECONDS", 8),
  /**
   * Keep-alive connections for /trivial, all opened before timing starts. 0 = a new connection for
   * every request instead: see "New connections" in bench/README.md for why that is not the default.
   */
  connections: numberFromEnv("BENCH_CONNECTIONS", 256, 0),
  /** Which setups to run, e.g. "A,B" (C also needs DATABASE_URL_BENCH). */
  setups: (process.env.BENCH_SETUPS ?? "A,B,C").split(",").map((id) => id.trim().toUpperCase()),
  /** Concurrent clients, each sending /heavy again as soon as the previous answer arrives. */
  heavyClients: numberFromEnv("BENCH_HEAVY_CLIENTS", 4),
  /** Rows of the analytics table; 100k makes the heavy query take ~150 ms in PGlite here. */
  rows: numberFromEnv("BENCH_ROWS", 100_000),
};

// ---------------------------------------------------------------------------------------------
// The web server under test (child process)
// ---------------------------------------------------------------------------------------------

type BenchDatabase = { run: (sql: string) => Promise<number>; close: () => Promise<void> };

const table = `bench_answers_${process.pid}`;
const seedStatements = (rows: number) => [
  `CREATE TABLE ${table} (id int NOT NULL, org_id int NOT NULL, dimension int NOT NULL, question int NOT NULL,
     score double precision NOT NULL, answered_at timestamptz NOT NULL)`,
  `INSERT INTO ${table}
     SELECT g, g % 500, g % 12, g % 60, ((g::bigint * 7919) % 1000) / 10.0, timestamptz '2024-01-01' + (g % 365) * interval '1 day'
     FROM generate_series(1, ${rows}) AS g`,
  `ANALYZE ${table}`,
];
// A dashboard-style aggregate: per dimension and month, count, mean and two percentiles (each
// percentile sorts its group, so the whole table is read and sorted).
const heavySql = () => `
  SELECT dimension, date_trunc('month', answered_at) AS month, count(*) AS answers, avg(score) AS mean,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY score) AS p50,
         percentile_cont(0.9) WITHIN GROUP (ORDER BY score) AS p90
  FROM ${table} GROUP BY 1, 2 ORDER BY 1, 2`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function poolDatabase(connectionString: string, onClose: () => Promise<void>): BenchDatabase {
  // Same pool settings as lib/db/client.ts (DB_POOL_MAX defaults to 10).
  const pool = new Pool({ connectionString, max: 10, connectionTimeoutMillis: 10_000 });
  pool.on("error", (error) => console.error("idle database client error:", error.message));
  return {
    run: async (sql) => (await pool.query(sql)).rowCount ?? 0,
    close: async () => {
      await pool.query(`DROP TABLE IF EXISTS ${table}`).catch(() => undefined);
      await pool.end();
      await onClose();
    },
  };
}

async function openDatabase(setup: SetupId): Promise<BenchDatabase> {
  if (setup === "A") {
    const db = await PGlite.create(); // in memory, in this process
    return {
      run: async (sql) => (await db.query(sql)).rows.length,
      close: () => db.close(),
    };
  }
  if (setup === "B") {
    const embedded = await startEmbeddedDatabase({ dataDir: "memory://", port: await freePort() });
    return poolDatabase(embedded.url, embedded.stop);
  }
  const url = process.env.DATABASE_URL_BENCH;
  if (!url) throw new Error("DATABASE_URL_BENCH is not set");
  return poolDatabase(url, async () => undefined);
}

async function serve(setup: SetupId): Promise<void> {
  const db = await openDatabase(setup);
  for (const statement of seedStatements(settings.rows)) await db.run(statement);
  await db.run(heavySql()); // warm the plan and the caches once

  const server = http.createServer((request, response) => {
    if (request.url === "/trivial") {
      response.writeHead(200, { "content-type": "text/plain" }).end("ok");
      return;
    }
    if (request.url === "/heavy") {
      db.run(heavySql()).then(
        (rows) => response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ rows })),
        (error: unknown) => response.writeHead(500).end(error instanceof Error ? error.message : String(error)),
      );
      return;
    }
    response.writeHead(404).end();
  });
  // Keep idle keep-alive connections longer than any phase, so a client never reuses a socket the
  // server is closing at that moment (that race shows up as ECONNRESET, not as latency).
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 125_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (typeof address !== "object" || !address) throw new Error("server has no address");

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.closeAllConnections();
    server.close();
    await db.close();
    process.exit(0);
  };
  process.on("message", (message) => {
    if (message === "stop") void stop();
  });
  process.on("disconnect", () => void stop());
  process.send?.({ ready: true, port: address.port });
}

// ---------------------------------------------------------------------------------------------
// The load generator (parent process)
// ---------------------------------------------------------------------------------------------

type ServerHandle = { port: number; child: ChildProcess; stop: () => Promise<void> };

function startServer(setup: SetupId): Promise<ServerHandle> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join("bench", "pglite-isolation.ts")], {
    env: { ...process.env, BENCH_PGLITE_ISOLATION_SETUP: setup },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
      child.once("exit", () => {
        clearTimeout(force);
        resolve();
      });
      if (child.connected) child.send("stop");
      else child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`setup ${setup}: server did not start within 120 s`));
    }, 120_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`setup ${setup}: server exited with code ${code} before it was ready`));
    });
    child.on("message", (message: { ready?: boolean; port?: number }) => {
      if (message.ready && message.port) {
        clearTimeout(timer);
        child.removeAllListeners("exit");
        resolve({ port: message.port, child, stop });
      }
    });
  });
}

const local = (port: number) => `http://127.0.0.1:${port}`;
const trivial = (port: number): Target => ({ base: local(port), path: "/trivial" });

async function measure(setup: { id: SetupId; label: string }, log: (line: string) => void): Promise<BenchRow> {
  log(`  ${setup.label}: starting the server and seeding ${settings.rows.toLocaleString("en")} rows…`);
  const server = await startServer(setup.id);
  // A fixed set of keep-alive connections, opened up front (like a reverse proxy's upstream pool or
  // browsers that already have a connection): enough that, at this rate, a request queues in the
  // client only if the server takes over connections/rate seconds to answer.
  const reuse = settings.connections > 0;
  const agent = reuse ? new http.Agent({ keepAlive: true, maxSockets: settings.connections }) : new http.Agent({ keepAlive: false });
  try {
    if (reuse) {
      await Promise.all(Array.from({ length: settings.connections }, () => timedGet(agent, trivial(server.port))));
      const open = Object.values(agent.freeSockets).reduce((sum, sockets) => sum + (sockets?.length ?? 0), 0);
      if (open < settings.connections) log(`  ${setup.label}: only ${open} of ${settings.connections} keep-alive connections stayed open`);
    }
    await fixedRate(agent, trivial(server.port), settings.rate, 1); // warm-up, discarded
    log(`  ${setup.label}: /trivial idle, ${settings.idleSeconds} s at ${settings.rate}/s`);
    const idle = await fixedRate(agent, trivial(server.port), settings.rate, settings.idleSeconds);

    log(`  ${setup.label}: /trivial with ${settings.heavyClients} clients looping on /heavy, ${settings.loadedSeconds} s`);
    const load = closedLoops({ base: local(server.port), path: "/heavy" }, settings.heavyClients);
    await load.started; // every heavy client is in its loop before we time anything
    const heavyBefore = load.samples.length;
    const windowStart = performance.now();
    const loaded = await fixedRate(agent, trivial(server.port), settings.rate, settings.loadedSeconds);
    const heavyPerSecond = ((load.samples.length - heavyBefore) * 1000) / (performance.now() - windowStart);
    await load.stop();

    const errors = [...idle.errors, ...loaded.errors, ...load.errors];
    if (errors.length > 0) log(`  ${setup.label}: ${errors.length} failed requests, first: ${errors[0]}`);
    // Percentiles cover answered requests only; a phase with failures is marked with "*".
    const phase = (result: { samples: number[]; errors: string[] }) => {
      const stats = result.samples.length > 0 ? summarize(result.samples) : undefined;
      const mark = result.errors.length > 0 ? "*" : "";
      return { stats, show: (pick: (s: LatencySummary) => number) => (stats ? `${formatMs(pick(stats))}${mark}` : "none answered") };
    };
    const idlePhase = phase(idle);
    const loadedPhase = phase(loaded);
    const heavyPhase = phase({ samples: load.samples.slice(heavyBefore), errors: load.errors });
    const ratio = idlePhase.stats && loadedPhase.stats ? `${(loadedPhase.stats.p99 / idlePhase.stats.p99).toFixed(1)}×` : "n/a";
    return {
      case: setup.label,
      metrics: {
        "idle p50 ms": idlePhase.show((s) => s.p50),
        "idle p99 ms": idlePhase.show((s) => s.p99),
        "loaded p50 ms": loadedPhase.show((s) => s.p50),
        "loaded p99 ms": loadedPhase.show((s) => s.p99),
        "loaded max ms": loadedPhase.show((s) => s.max),
        "p99 loaded/idle": `${ratio}${loaded.errors.length > 0 ? "*" : ""}`,
        "heavy p50 ms": heavyPhase.show((s) => s.p50),
        "heavy/s": heavyPerSecond.toFixed(1),
        samples: `${idle.samples.length}/${loaded.samples.length}`,
        errors: String(errors.length),
      },
    };
  } finally {
    agent.destroy();
    await server.stop();
  }
}

export const pgliteIsolation: Benchmark = {
  name: "pglite-isolation",
  description: "latency of a trivial route while heavy analytic queries run: PGlite in-process vs in its own process",
  run: async (log) => {
    const notes = [
      `/trivial sent at ${settings.rate}/s (open loop) ${settings.connections > 0 ? `over ${settings.connections} pre-opened keep-alive connections` : "on a new connection each"}: ${settings.idleSeconds} s idle, then ${settings.loadedSeconds} s while ${settings.heavyClients} clients loop on /heavy; "samples" = idle/loaded requests timed.`,
      `/heavy: count, avg and two percentile_cont per dimension and month over ${settings.rows.toLocaleString("en")} rows; "heavy p50" and "heavy/s" are measured during the loaded window.`,
      `Ratio = loaded p99 / idle p99 of the same run. Percentiles are nearest-rank (bench/lib/percentiles.ts) over answered requests; "*" marks a phase where some requests failed or timed out (30 s), so its true figures are worse.`,
    ];
    const unknown = settings.setups.filter((id) => !setups.some((setup) => setup.id === id));
    if (unknown.length > 0) throw new Error(`BENCH_SETUPS: unknown setup(s) ${unknown.join(", ")}; known: A, B, C`);
    const rows: BenchRow[] = [];
    for (const setup of setups) {
      if (!settings.setups.includes(setup.id)) continue;
      if (setup.id === "C" && !process.env.DATABASE_URL_BENCH) {
        notes.push("C (PostgreSQL) skipped: set DATABASE_URL_BENCH to a PostgreSQL URL to include it (a table bench_answers_<pid> is created and dropped).");
        continue;
      }
      rows.push(await measure(setup, log));
    }
    return { rows, notes };
  },
};

// Started by startServer() above: this process is the web server under test.
const serverSetup = process.env.BENCH_PGLITE_ISOLATION_SETUP;
if (serverSetup === "A" || serverSetup === "B" || serverSetup === "C") {
  serve(serverSetup).catch((error: unknown) => {
    console.error(`bench server (setup ${serverSetup}) failed:`, error);
    process.exit(1);
  });
}
