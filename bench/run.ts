// `npm run bench`: runs every benchmark in `benchmarks` (or those named on the command line,
// e.g. `npm run bench -- pglite-isolation`) and prints one table. See bench/README.md.
import os from "node:os";
import { appIsolation } from "./app-isolation";
import { cohortAnalyticsBenchmark } from "./cohort-analytics";
import { cohortQueries } from "./cohort-queries";
import { firstLoadJs } from "./first-load-js";
import { httpThroughput } from "./http-throughput";
import { lighthouseScores } from "./lighthouse";
import { pgliteIsolation } from "./pglite-isolation";
import { recommenderEvaluation } from "./recommender";
import { scoringBenchmark } from "./scoring";

/** One line of the results table: which benchmark, which case, and its figures by column name. */
export type BenchRow = { case: string; metrics: Record<string, string> };
export type BenchResult = { rows: BenchRow[]; notes: string[] };
export type Benchmark = {
  name: string;
  description: string;
  /** `log` prints progress on stderr so the table on stdout stays clean. */
  run: (log: (line: string) => void) => Promise<BenchResult>;
};

// Add a benchmark by writing a module in bench/ that exports a `Benchmark` and listing it here.
const benchmarks: Benchmark[] = [pgliteIsolation, firstLoadJs, scoringBenchmark, recommenderEvaluation, cohortQueries, cohortAnalyticsBenchmark, lighthouseScores, httpThroughput, appIsolation];

function renderTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(" | ")} |`;
  return [line(header), `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

function machine(): string {
  const cpus = os.cpus();
  const memory = `${Math.round(os.totalmem() / 2 ** 30)} GiB`;
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${memory} RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}

/** Fraction of all CPU time spent busy over the next `ms` (other work on the machine, before we start). */
async function cpuBusy(ms: number): Promise<number> {
  const totals = () =>
    os.cpus().reduce(
      (sum, cpu) => {
        const { idle, ...rest } = cpu.times;
        return { idle: sum.idle + idle, busy: sum.busy + Object.values(rest).reduce((a, b) => a + b, 0) };
      },
      { idle: 0, busy: 0 },
    );
  const before = totals();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = totals();
  const busy = after.busy - before.busy;
  const idle = after.idle - before.idle;
  return busy + idle > 0 ? busy / (busy + idle) : 0;
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !benchmarks.some((benchmark) => benchmark.name === name));
  if (unknown.length > 0) {
    throw new Error(`unknown benchmark(s): ${unknown.join(", ")}; known: ${benchmarks.map((b) => b.name).join(", ")}`);
  }
  const selected = wanted.length === 0 ? benchmarks : benchmarks.filter((benchmark) => wanted.includes(benchmark.name));
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const started = performance.now();
  const loadBefore = os.loadavg();
  const busyBefore = await cpuBusy(2000);
  if (busyBefore > 0.2) {
    log(`warning: the CPUs were ${(busyBefore * 100).toFixed(0)}% busy before the start: other work is running, the figures will be noisy`);
  }

  const results: { benchmark: Benchmark; result: BenchResult }[] = [];
  for (const benchmark of selected) {
    log(`== ${benchmark.name}: ${benchmark.description}`);
    // One benchmark failing must not throw away the figures of the others already measured.
    const result = await benchmark.run(log).catch((error: unknown): BenchResult => {
      const message = error instanceof Error ? error.message : String(error);
      process.exitCode = 1;
      log(`${benchmark.name} failed: ${error instanceof Error ? (error.stack ?? message) : message}`);
      return { rows: [{ case: "FAILED", metrics: { error: message.slice(0, 120) } }], notes: [] };
    });
    results.push({ benchmark, result });
  }

  // One table: the union of every benchmark's metric columns, in first-seen order.
  const columns: string[] = [];
  for (const { result } of results) {
    for (const row of result.rows) for (const key of Object.keys(row.metrics)) if (!columns.includes(key)) columns.push(key);
  }
  const rows = results.flatMap(({ benchmark, result }) =>
    result.rows.map((row) => [benchmark.name, row.case, ...columns.map((column) => row.metrics[column] ?? "")]),
  );
  console.log(`\nMachine: ${machine()}`);
  const load = (averages: number[]) => averages.map((value) => value.toFixed(2)).join(", ");
  console.log(`Total time: ${((performance.now() - started) / 1000).toFixed(0)} s; CPUs ${(busyBefore * 100).toFixed(0)}% busy before the start (other work)`);
  console.log(`Load average (1, 5, 15 min): ${load(loadBefore)} at the start, ${load(os.loadavg())} at the end\n`);
  console.log(renderTable(["benchmark", "case", ...columns], rows));
  for (const { benchmark, result } of results) {
    if (result.notes.length === 0) continue;
    console.log(`\n${benchmark.name}:`);
    for (const note of result.notes) console.log(`- ${note}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
