// How fast are the cohort analytics queries, and how are they planned? Fills a fresh database with
// about 100,000 synthetic assessments (scripts/lib/synthetic-cohort.ts) in one big programme, plus
// a small programme of about 1,000 firms beside it (a typical programme in a database holding many),
// then times each statement of lib/db/queries/cohort-analytics.ts, the whole page load
// (readCohortAnalytics, statements in parallel), a repeat load while the data is unchanged
// (getCohortAnalytics: the data stamp, then the held figures), the results page's peer percentile and programme
// averages: median of several runs after a warm-up, without a filter and with a sector filter.
// Prints EXPLAIN (ANALYZE, BUFFERS) of each statement on stderr.
//
// Each database setup runs in its own child process started with `--conditions=react-server`
// (the query modules are server-only, and lib/db/client reads DATABASE_URL once per process):
//   pglite    the embedded server (scripts/pglite-server.ts) on a temporary folder on disk;
//   postgres  a new database adp_bench_cohort_<pid> on the server DATABASE_URL_BENCH points at
//             (a role that may create databases), dropped afterwards; skipped when unset.
//
// Knobs: BENCH_COHORT_ASSESSMENTS (100000), BENCH_COHORT_RUNS (5), BENCH_COHORT_SETUPS (pglite,postgres),
// BENCH_COHORT_PLANS (1: print plans; 0: only the table).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { formatMs } from "./lib/percentiles";
import type { Benchmark, BenchRow } from "./run";

type SetupId = "pglite" | "postgres";
type Timing = { case: string; median: number; min: number; max: number; rows: number };
type ChildReport = { kind: "timings"; setup: SetupId; assessments: number; smallAssessments: number; generateSeconds: number; timings: Timing[] } | { kind: "log"; line: string };

const targetAssessments = Number(process.env.BENCH_COHORT_ASSESSMENTS ?? 100_000);
const runs = Number(process.env.BENCH_COHORT_RUNS ?? 5);
const printPlans = process.env.BENCH_COHORT_PLANS !== "0";
/** The generator writes about 1.15 assessments per firm (re-assessments); aim a little over the target. */
const assessmentsPerFirm = 1.15;
const smallProgrammeFirms = 1_000;
const filteredSector = "22";

// ---------------------------------------------------------------------------------------------
// Child: one database setup
// ---------------------------------------------------------------------------------------------

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};

async function child(setup: SetupId): Promise<void> {
  const report = (message: ChildReport) => process.send?.(message);
  const log = (line: string) => report({ kind: "log", line });
  let cleanup = async () => {};

  if (setup === "pglite") {
    const { startEmbeddedDatabase } = await import("../scripts/lib/embedded-database");
    const dataDir = mkdtempSync(path.join(tmpdir(), "adp-bench-cohort-"));
    const embedded = await startEmbeddedDatabase({ dataDir, port: await freePort() });
    process.env.DATABASE_URL = embedded.url;
    process.env.ADP_DB_MODE = "embedded";
    cleanup = async () => {
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  } else {
    const { Client } = await import("pg");
    const adminUrl = process.env.DATABASE_URL_BENCH!;
    const name = `adp_bench_cohort_${process.pid}`;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    process.env.ADP_DB_MODE = "postgres";
    cleanup = async () => {
      const again = new Client({ connectionString: adminUrl });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    };
  }

  try {
    const { sql } = await import("drizzle-orm");
    const { closeDb, getDb } = await import("../lib/db/client");
    const { migrateDatabase } = await import("../scripts/lib/database-tasks");
    const { generateSyntheticCohort } = await import("../scripts/lib/synthetic-cohort");
    const { cohortAnalyticsStatements, cohortDataStamp, cohortQueryNames, getCohortAnalytics, readCohortAnalytics } = await import("../lib/db/queries/cohort-analytics");
    const { getPeerPercentile, peerBenchmarkStatement } = await import("../lib/db/queries/peer-benchmark");
    const { getProgrammeDimensionAverages } = await import("../lib/db/queries/cohort");
    const { currentQuestionnaireId } = await import("../lib/questionnaire/published");
    const db = getDb();
    await migrateDatabase();

    log(`${setup}: generating about ${targetAssessments.toLocaleString("en")} assessments …`);
    const started = performance.now();
    const big = await generateSyntheticCohort(db, { firms: Math.ceil(targetAssessments / assessmentsPerFirm), seed: 1 });
    let assessments = big.assessments;
    for (let round = 2; assessments < targetAssessments; round += 1) {
      const more = await generateSyntheticCohort(db, { firms: Math.ceil((targetAssessments - assessments) / assessmentsPerFirm) + 10, programmeId: big.programmeId, seed: round });
      assessments += more.assessments;
    }
    const small = await generateSyntheticCohort(db, { firms: smallProgrammeFirms, seed: 99 });
    const generateSeconds = (performance.now() - started) / 1000;
    // Fresh statistics for every table the statements read. The generator analyzes some of them; PGlite
    // runs no autovacuum, so without this programme_enrolments would keep the estimate of an empty table.
    await db.execute(sql`analyze`);
    log(`${setup}: ${assessments.toLocaleString("en")} + ${small.assessments.toLocaleString("en")} assessments in ${generateSeconds.toFixed(0)} s`);

    const { rows: sample } = await db.execute<{ id: string }>(sql`
      select a.id from assessments a join firms f on f.id = a.firm_id
      where a.programme_id = ${big.programmeId} and f.sector = ${filteredSector} and a.latest_submitted_revision is not null
      order by a.id limit 1`);
    const peerAssessmentId = sample[0]!.id;

    const timings: Timing[] = [];
    const time = async (name: string, task: () => Promise<number>) => {
      await task(); // warm-up: plans cached, pages in the buffer cache
      const samples: number[] = [];
      let rows = 0;
      for (let i = 0; i < runs; i += 1) {
        const t0 = performance.now();
        rows = await task();
        samples.push(performance.now() - t0);
      }
      timings.push({ case: name, median: median(samples), min: Math.min(...samples), max: Math.max(...samples), rows });
      log(`${setup}: ${name}: median ${formatMs(median(samples))} ms`);
    };
    const explain = async (name: string, statement: ReturnType<typeof sql>) => {
      if (!printPlans) return;
      const { rows } = await db.execute<{ "QUERY PLAN": string }>(sql`explain (analyze, buffers) ${statement}`);
      log(`\n---- ${setup}: plan of ${name}\n${rows.map((row) => row["QUERY PLAN"]).join("\n")}`);
    };

    for (const [programmeLabel, programmeId] of [
      ["100k programme", big.programmeId],
      ["1k programme", small.programmeId],
    ] as const) {
      for (const [filterLabel, filter] of [
        ["all firms", {}],
        [`sector ${filteredSector}`, { sector: filteredSector }],
      ] as const) {
        const statements = cohortAnalyticsStatements(programmeId, filter);
        for (const name of cohortQueryNames) {
          await time(`${programmeLabel}, ${filterLabel}: ${name}`, async () => (await db.execute(statements[name])).rows.length);
          await explain(`${programmeLabel}, ${filterLabel}: ${name}`, statements[name]);
        }
        await time(`${programmeLabel}, ${filterLabel}: whole page (parallel)`, async () => (await readCohortAnalytics(programmeId, filter)).firmCount);
        // What a repeat view costs while nothing changed: the data stamp, then the figures held in memory.
        await time(`${programmeLabel}, ${filterLabel}: data stamp`, async () => (await cohortDataStamp(programmeId)).length);
        await time(`${programmeLabel}, ${filterLabel}: whole page, unchanged data (stamp + held figures)`, async () => (await getCohortAnalytics(programmeId, filter)).firmCount);
      }
      await time(`${programmeLabel}: results page programme averages`, async () => (await getProgrammeDimensionAverages(programmeId, currentQuestionnaireId)).length);
    }
    await time(`100k programme: peer percentile (sector ${filteredSector})`, async () => (await getPeerPercentile(peerAssessmentId))?.peers ?? 0);
    await explain(`100k programme: peer percentile (sector ${filteredSector})`, peerBenchmarkStatement(peerAssessmentId));

    report({ kind: "timings", setup, assessments, smallAssessments: small.assessments, generateSeconds, timings });
    await closeDb();
  } finally {
    await cleanup();
  }
}

// ---------------------------------------------------------------------------------------------
// Parent: one child per setup, one table
// ---------------------------------------------------------------------------------------------

function runSetup(setup: SetupId, log: (line: string) => void): Promise<Extract<ChildReport, { kind: "timings" }>> {
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  const childProcess = spawn(tsx, ["--conditions=react-server", path.join("bench", "cohort-analytics.ts")], {
    env: { ...process.env, BENCH_COHORT_CHILD: setup },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    let result: Extract<ChildReport, { kind: "timings" }> | undefined;
    childProcess.on("message", (message: ChildReport) => {
      if (message.kind === "log") log(message.line);
      else result = message;
    });
    childProcess.once("exit", (code) => (result ? resolve(result) : reject(new Error(`${setup}: benchmark process exited with code ${code}`))));
  });
}

export const cohortAnalyticsBenchmark: Benchmark = {
  name: "cohort-analytics",
  description: `cohort analytics queries on ~${targetAssessments.toLocaleString("en")} synthetic assessments (median of ${runs}), plans on stderr`,
  async run(log) {
    const wanted = (process.env.BENCH_COHORT_SETUPS ?? "pglite,postgres").split(",").map((s) => s.trim()) as SetupId[];
    const rows: BenchRow[] = [];
    const notes: string[] = [];
    for (const setup of wanted) {
      if (setup === "postgres" && !process.env.DATABASE_URL_BENCH) {
        notes.push("postgres skipped: set DATABASE_URL_BENCH to a PostgreSQL URL whose role may create databases (adp_bench_cohort_<pid> is created and dropped).");
        continue;
      }
      const result = await runSetup(setup, log);
      notes.push(
        `${setup}: ${result.assessments.toLocaleString("en")} assessments in the big programme and ${result.smallAssessments.toLocaleString("en")} in the small one, generated in ${result.generateSeconds.toFixed(0)} s.`,
      );
      for (const timing of result.timings) {
        rows.push({
          case: `${setup}: ${timing.case}`,
          metrics: { "median ms": formatMs(timing.median), "min ms": formatMs(timing.min), "max ms": formatMs(timing.max), rows: String(timing.rows) },
        });
      }
    }
    return { rows, notes };
  },
};

const childSetup = process.env.BENCH_COHORT_CHILD as SetupId | undefined;
if (childSetup) {
  child(childSetup).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(1);
    },
  );
}
