// Does the real app stay responsive while officers run cohort analytics? The latency of trivial
// routes of the production app (`next start`, both database modes), idle and while clients loop on
// the officer analytics page of the Penang programme (demo cohort plus generated firms). Target
// (issue 7): the trivial route's p99 under analytics within 3× of its idle p99.
//
// The trivial routes are sent open loop (bench/lib/open-loop.ts), from this process while the app
// runs in its own processes, so a stall of the app delays answers, not the sending schedule:
//   no database  GET /api/v1/questionnaire with the ETag it was given → 304 (proxy + route, no query);
//   health       GET /api/health (proxy + route + one small query: what a load balancer polls).
//
// Knobs: BENCH_ISOLATION_MODES (embedded,postgres), BENCH_ISOLATION_FIRMS (500 extra Penang firms),
// BENCH_ISOLATION_RATE (20/s), BENCH_ISOLATION_IDLE_SECONDS (5), BENCH_ISOLATION_LOADED_SECONDS (8),
// BENCH_ISOLATION_ANALYTICS_CLIENTS (2), BENCH_APP_PORT (3400), BENCH_PGLITE_PORT (54600).
import http from "node:http";
import { cookieHeader, launchChromium, penangOfficer, penangProgrammeId, rowsForEachMode, signIn, startApp, type DatabaseMode } from "./lib/app-under-test";
import { ratio, verdict } from "./lib/figures";
import { closedLoops, fixedRate, openConnections, timedGet, type Target } from "./lib/open-loop";
import { formatMs, summarize } from "./lib/percentiles";
import type { Benchmark, BenchRow } from "./run";

const number = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return process.env[name] && Number.isFinite(value) && value >= 0 ? value : fallback;
};
const port = number("BENCH_APP_PORT", 3400);
const databasePort = number("BENCH_PGLITE_PORT", 54600);
const modes = (process.env.BENCH_ISOLATION_MODES ?? "embedded,postgres").split(",").map((m) => m.trim()) as DatabaseMode[];
const extraFirms = number("BENCH_ISOLATION_FIRMS", 500);
const rate = number("BENCH_ISOLATION_RATE", 20);
const idleSeconds = number("BENCH_ISOLATION_IDLE_SECONDS", 5);
const loadedSeconds = number("BENCH_ISOLATION_LOADED_SECONDS", 8);
const analyticsClients = number("BENCH_ISOLATION_ANALYTICS_CLIENTS", 2);

async function questionnaireEtag(base: string): Promise<string> {
  const response = await fetch(`${base}/api/v1/questionnaire`);
  const etag = response.headers.get("etag");
  if (!etag) throw new Error("/api/v1/questionnaire sent no ETag");
  return etag;
}

async function measureMode(mode: DatabaseMode, log: (line: string) => void): Promise<BenchRow[]> {
  const app = await startApp({ mode, port, databasePort, log, extraPenangFirms: extraFirms });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  try {
    const browser = await launchChromium();
    const officer = await signIn(browser, app.base, penangOfficer);
    const cookie = await cookieHeader(officer);
    await browser.close();
    const analytics: Target = { base: app.base, path: `/officer/programmes/${penangProgrammeId}/analytics`, headers: { cookie } };
    const trivial: { name: string; target: Target }[] = [
      { name: "no-database route (304)", target: { base: app.base, path: "/api/v1/questionnaire", headers: { "if-none-match": await questionnaireEtag(app.base) }, expect: [304] } },
      { name: "/api/health", target: { base: app.base, path: "/api/health" } },
    ];

    const analyticsAlone: number[] = [];
    for (let i = 0; i < 3; i += 1) analyticsAlone.push(await timedGet(agent, analytics));
    log(`  ${mode}: analytics page alone ${analyticsAlone.map((ms) => formatMs(ms)).join(", ")} ms`);

    const rows: BenchRow[] = [];
    for (const { name, target } of trivial) {
      await openConnections(agent, target, 32);
      await fixedRate(agent, target, rate, 1); // warm-up, discarded
      const idle = await fixedRate(agent, target, rate, idleSeconds);
      const load = closedLoops(analytics, analyticsClients);
      await load.started;
      const before = load.samples.length;
      const windowStart = performance.now();
      const loaded = await fixedRate(agent, target, rate, loadedSeconds);
      const analyticsPerSecond = ((load.samples.length - before) * 1000) / (performance.now() - windowStart);
      const analyticsSamples = load.samples.slice(before);
      await load.stop();
      const errors = idle.errors.length + loaded.errors.length + load.errors.length;
      if (errors > 0) log(`  ${mode} ${name}: ${errors} failed, first: ${[...idle.errors, ...loaded.errors, ...load.errors][0]}`);
      const idleStats = summarize(idle.samples);
      const loadedStats = summarize(loaded.samples);
      const within = verdict(loadedStats.p99 / idleStats.p99, { atMost: 3 }) === "ok";
      rows.push({
        case: `${mode}: ${name}`,
        metrics: {
          "idle p50 ms": formatMs(idleStats.p50),
          "idle p99 ms": formatMs(idleStats.p99),
          "loaded p50 ms": formatMs(loadedStats.p50),
          "loaded p99 ms": formatMs(loadedStats.p99),
          "p99 loaded/idle": ratio(loadedStats.p99, idleStats.p99, 1),
          "analytics p50 ms": analyticsSamples.length > 0 ? formatMs(summarize(analyticsSamples).p50) : "none",
          "analytics/s": analyticsPerSecond.toFixed(1),
          errors: String(errors),
          target: `≤3× ${within && errors === 0 ? "ok" : "MISS"}`,
        },
      });
    }
    return rows;
  } finally {
    agent.destroy();
    await app.stop();
  }
}

export const appIsolation: Benchmark = {
  name: "app-isolation",
  description: "latency of trivial routes of the production app, idle and while officers load cohort analytics in a loop, both database modes",
  async run(log) {
    const rows = await rowsForEachMode(modes, measureMode, log);
    return {
      rows,
      notes: [
        `app-isolation: trivial routes open loop at ${rate}/s (idle ${idleSeconds} s, then ${loadedSeconds} s while ${analyticsClients} clients loop on the Penang analytics page with ${extraFirms} generated firms added to the demo cohort); nearest-rank percentiles over keep-alive connections opened before timing.`,
      ],
    };
  },
};
