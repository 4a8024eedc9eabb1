// How fast are the review queue, the status counts and the cohort export on 100,000 assessments,
// and do their plans use the indexes? Generates a synthetic cohort (scripts/lib/synthetic-cohort.ts)
// into a fresh database, times each query the app runs (median of several runs, through the same
// functions the pages call) and prints its EXPLAIN (ANALYZE, BUFFERS) plan. See bench/README.md.
//
// The database work runs in a child process started with the react-server condition, because the
// query modules are server-only (bench/run.ts itself runs without it). Standalone:
//   npx tsx bench/cohort-queries.ts        (BENCH_COHORT_FIRMS, BENCH_COHORT_MODES=postgres,pglite)
import { execFileSync, spawn } from "node:child_process";
import path from "node:path";
import { startTestDatabase } from "../tests/integration/support/test-database";
import { formatMs } from "./lib/percentiles";
import type { Benchmark, BenchResult, BenchRow } from "./run";

const numberFromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return process.env[name] && Number.isInteger(value) && value > 0 ? value : fallback;
};
const settings = {
  firms: numberFromEnv("BENCH_COHORT_FIRMS", 100_000),
  /** A second, smaller programme in the same tables, so every query must pick its programme's rows. */
  otherFirms: numberFromEnv("BENCH_COHORT_OTHER_FIRMS", 5_000),
  runs: numberFromEnv("BENCH_COHORT_RUNS", 9),
  modes: (process.env.BENCH_COHORT_MODES ?? "postgres").split(",").map((mode) => mode.trim()).filter(Boolean),
};

type CaseResult = { name: string; medianMs: number; minMs: number; maxMs: number; rows: number; scans: string; plan: string };
type ChildResult = { firms: number; assessments: number; generationSeconds: number; databaseSize: string; cases: CaseResult[] };

// ---------------------------------------------------------------------------------------------
// Child: generate, then time and explain
// ---------------------------------------------------------------------------------------------

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};

/** "Index Scan using x on assessments a" and the like, once each, in plan order: what the plan reads and how. */
export function summariseScans(plan: string): string {
  // eslint-disable-next-line security/detect-unsafe-regex -- runs on EXPLAIN output of our own queries, linear alternatives
  const scans = [...plan.matchAll(/((?:Parallel )?(?:Index Only Scan|Index Scan(?: Backward)?|Bitmap Index Scan|Seq Scan|Bitmap Heap Scan)(?: using \S+)?(?: on \S+)?)/g)].map((m) => m[1]!);
  return [...new Set(scans)].join("; ");
}

async function child(): Promise<void> {
  const log = (line: string) => process.stderr.write(`    ${line}\n`);
  const { Pool } = await import("pg");
  const { closeDb, getDb } = await import("@/lib/db/client");
  const { applyMigrations } = await import("@/lib/db/migrate");
  const { registerQuestionnaireVersions } = await import("@/lib/db/seed");
  const { publishedQuestionnaires } = await import("@/lib/questionnaire/published");
  const queue = await import("@/lib/db/queries/review-queue");
  const exports = await import("@/lib/db/queries/cohort-export");
  const { generateSyntheticCohort } = await import("../scripts/lib/synthetic-cohort");

  const db = getDb();
  await applyMigrations(db);
  await registerQuestionnaireVersions(db, publishedQuestionnaires.map(({ id, contentHash }) => ({ id, contentHash })));
  const now = new Date("2026-06-30T00:00:00Z");
  const started = performance.now();
  let lastLog = 0;
  const { programmeId, assessments } = await generateSyntheticCohort(db, {
    firms: settings.firms,
    seed: 1,
    now,
    onProgress: (done) => {
      if (performance.now() - lastLog < 15_000 && done < settings.firms) return;
      lastLog = performance.now();
      log(`generated ${done.toLocaleString("en")} / ${settings.firms.toLocaleString("en")} firms (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    },
  });
  const generationSeconds = (performance.now() - started) / 1000;
  log(`generated ${assessments.toLocaleString("en")} assessments in ${generationSeconds.toFixed(0)} s; adding ${settings.otherFirms.toLocaleString("en")} firms in another programme`);
  await generateSyntheticCohort(db, { firms: settings.otherFirms, seed: 2, now });

  const size = await db.execute<{ size: string }>((await import("drizzle-orm")).sql`select pg_size_pretty(pg_database_size(current_database())) as size`);
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 1 });

  // A firm name that occurs once, and a common word: the two ends of a name search.
  const [rare] = await queue.listReviewQueueRows(programmeId, { filter: {}, status: "all" }, { sort: "submitted-oldest", page: 1, pageSize: 1 });
  const rareWords = rare!.firmName.split(" ").slice(0, 2).join(" ");
  const total = await queue.countReviewQueue(programmeId, { filter: {}, status: "all" });
  const lastPage = Math.max(1, Math.ceil(total / 25));
  const middle = await exports.readCohortExportBatch(programmeId, { filter: {}, status: "all" }, null, Math.floor(total / 2));
  const middleCursor = middle.next;

  type Query = { toSQL: () => { sql: string; params: unknown[] } };
  type Case = { name: string; run: () => Promise<number>; query: Query | null };
  const all = { filter: {}, status: "all" } as const;
  const page = (sort: Parameters<typeof queue.listReviewQueueRows>[2]["sort"], pageNumber = 1) => ({ sort, page: pageNumber, pageSize: 25 });
  const rowsCase = (name: string, selection: Parameters<typeof queue.listReviewQueueRows>[1], p: ReturnType<typeof page>): Case => ({
    name,
    run: async () => (await queue.listReviewQueueRows(programmeId, selection, p)).length,
    query: queue.buildReviewQueueRowsQuery(programmeId, selection, p),
  });
  const countCase = (name: string, selection: Parameters<typeof queue.countReviewQueue>[1]): Case => ({
    name,
    run: () => queue.countReviewQueue(programmeId, selection),
    query: queue.buildReviewQueueCountQuery(programmeId, selection),
  });
  const cases: Case[] = [
    rowsCase("queue rows: all, newest first, page 1", all, page("submitted-newest")),
    countCase("queue count: all", all),
    rowsCase("queue rows: status submitted, page 1", { filter: {}, status: "submitted" }, page("submitted-newest")),
    countCase("queue count: status submitted", { filter: {}, status: "submitted" }),
    rowsCase("queue rows: sector 22 + small, page 1", { filter: { sector: "22", size: "small" }, status: "all" }, page("submitted-newest")),
    countCase("queue count: sector 22 + small", { filter: { sector: "22", size: "small" }, status: "all" }),
    rowsCase("queue rows: band explorer + in review, page 1", { filter: {}, status: "in_review", band: "explorer" }, page("submitted-newest")),
    rowsCase("queue rows: last 3 months, page 1", { filter: { from: "2026-04-01", to: "2026-06-30" }, status: "all" }, page("submitted-newest")),
    rowsCase("queue rows: name search 'maju' (common), page 1", { filter: {}, status: "all", q: "maju" }, page("submitted-newest")),
    countCase("queue count: name search 'maju'", { filter: {}, status: "all", q: "maju" }),
    rowsCase(`queue rows: name search '${rareWords}' (rare), page 1`, { filter: {}, status: "all", q: rareWords }, page("submitted-newest")),
    rowsCase(`queue rows: all, newest first, last page (${lastPage})`, all, page("submitted-newest", lastPage)),
    rowsCase("queue rows: all, index high to low, page 1", all, page("index-high")),
    rowsCase("queue rows: all, firm name A–Z, page 1", all, page("firm-name")),
    {
      name: "status counts: no filter",
      run: async () => Object.values(await queue.countAssessmentsByStatus(programmeId, {})).reduce((a, b) => a + b, 0),
      query: queue.buildStatusCountQuery(programmeId, {}),
    },
    {
      name: "status counts: sector 22",
      run: async () => Object.values(await queue.countAssessmentsByStatus(programmeId, { sector: "22" })).reduce((a, b) => a + b, 0),
      query: queue.buildStatusCountQuery(programmeId, { sector: "22" }),
    },
    {
      name: "export batch: first 1,000 rows",
      run: async () => (await exports.readCohortExportBatch(programmeId, all, null)).rows.length,
      query: exports.buildCohortExportBatchQuery(programmeId, all, null),
    },
    {
      name: "export batch: 1,000 rows from the middle",
      run: async () => (await exports.readCohortExportBatch(programmeId, all, middleCursor)).rows.length,
      query: exports.buildCohortExportBatchQuery(programmeId, all, middleCursor),
    },
    {
      name: `export: every row (${total.toLocaleString("en")}) in batches of 1,000`,
      run: async () => {
        let count = 0;
        for await (const batch of exports.streamCohortExport(programmeId, all)) count += batch.length;
        return count;
      },
      query: null,
    },
  ];

  const results: CaseResult[] = [];
  for (const benchCase of cases) {
    const runs = benchCase.query ? settings.runs : Math.min(3, settings.runs);
    let rows = await benchCase.run(); // warm-up: caches and plan
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      rows = await benchCase.run();
      times.push(performance.now() - start);
    }
    let plan = "";
    if (benchCase.query) {
      const { sql, params } = benchCase.query.toSQL();
      const explained = await pool.query<{ "QUERY PLAN": string }>(`explain (analyze, buffers) ${sql}`, params);
      plan = explained.rows.map((row) => row["QUERY PLAN"]).join("\n");
    }
    const result = { name: benchCase.name, medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times), rows, scans: summariseScans(plan), plan };
    log(`${result.name}: median ${formatMs(result.medianMs)} ms, ${rows} rows${plan ? `\n${plan.replace(/^/gm, "      ")}` : ""}`);
    results.push(result);
  }
  await pool.end();
  await closeDb();
  const outcome: ChildResult = { firms: settings.firms, assessments, generationSeconds, databaseSize: size.rows[0]!.size, cases: results };
  process.send?.(outcome, undefined, undefined, () => process.exit(0));
}

// ---------------------------------------------------------------------------------------------
// Parent: one fresh database per mode
// ---------------------------------------------------------------------------------------------

function runChild(databaseUrl: string, appMode: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const worker = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join("bench", "cohort-queries.ts")], {
      env: { ...process.env, BENCH_COHORT_CHILD: "1", DATABASE_URL: databaseUrl, ADP_DB_MODE: appMode },
      stdio: ["ignore", "ignore", "inherit", "ipc"],
    });
    let result: ChildResult | undefined;
    worker.on("message", (message: ChildResult) => (result = message));
    worker.once("exit", (code) => (result && code === 0 ? resolve(result) : reject(new Error(`cohort-queries child exited with code ${code}`))));
  });
}

/** The PostgreSQL admin URL the integration tests use (scripts/lib/ensure-postgres.sh sets up the server and role). */
function postgresAdminUrl(): string {
  if (process.env.ADP_TEST_PG_ADMIN_URL) return process.env.ADP_TEST_PG_ADMIN_URL;
  const url = execFileSync("bash", ["-c", "source scripts/lib/ensure-postgres.sh >&2 && ensure_postgres >&2 && printf %s \"$ADP_TEST_PG_ADMIN_URL\""], { encoding: "utf8" });
  process.env.ADP_TEST_PG_ADMIN_URL = url;
  return url;
}

async function run(log: (line: string) => void): Promise<BenchResult> {
  const rows: BenchRow[] = [];
  const notes = [
    `${settings.firms.toLocaleString("en")} synthetic firms (scripts/lib/synthetic-cohort.ts, seed 1) in the programme under test, plus ${settings.otherFirms.toLocaleString("en")} in another programme; median, min and max of ${settings.runs} runs after one warm-up, through the functions the pages call (pg driver round trip included).`,
    `"scans" lists the scan nodes of EXPLAIN (ANALYZE, BUFFERS); the full plans are printed on stderr while the benchmark runs.`,
  ];
  for (const mode of settings.modes) {
    if (mode !== "postgres" && mode !== "pglite") throw new Error(`BENCH_COHORT_MODES: unknown mode "${mode}"; use postgres and/or pglite`);
    const label = mode === "postgres" ? "PostgreSQL" : "PGlite";
    if (mode === "postgres") postgresAdminUrl();
    log(`  ${label}: a fresh database, ${settings.firms.toLocaleString("en")} firms…`);
    const database = await startTestDatabase(mode);
    try {
      const result = await runChild(database.url, database.appMode);
      notes.push(`${label}: generated ${result.firms.toLocaleString("en")} firms / ${result.assessments.toLocaleString("en")} assessments in ${result.generationSeconds.toFixed(0)} s (${Math.round(result.firms / result.generationSeconds)} firms/s); database ${result.databaseSize} with the second programme.`);
      for (const benchCase of result.cases) {
        rows.push({
          case: `${label}: ${benchCase.name}`,
          metrics: { "median ms": formatMs(benchCase.medianMs), "min ms": formatMs(benchCase.minMs), "max ms": formatMs(benchCase.maxMs), rows: String(benchCase.rows), scans: benchCase.scans },
        });
      }
    } finally {
      await database.dispose();
    }
  }
  return { rows, notes };
}

export const cohortQueries: Benchmark = {
  name: "cohort-queries",
  description: "review queue, status counts and cohort export on 100,000 generated assessments: times and plans",
  run,
};

if (process.env.BENCH_COHORT_CHILD === "1") {
  child().catch((error: unknown) => {
    console.error("cohort-queries child failed:", error);
    process.exit(1);
  });
} else if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve("bench", "cohort-queries.ts")) {
  // Standalone run: the same table bench/run.ts prints, for this benchmark only.
  run((line) => process.stderr.write(`${line}\n`)).then(
    (result) => {
      for (const row of result.rows) console.log(`${row.case} | ${Object.entries(row.metrics).map(([k, v]) => `${k}: ${v}`).join(" | ")}`);
      for (const note of result.notes) console.log(`- ${note}`);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
