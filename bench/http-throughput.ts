// Requests per second and latency of the real app (production build, `next start`) under autocannon
// on loopback, c=10, in both database modes: the autosave PUT (the request the question pages send
// as people answer), an authenticated read (a question page, server-rendered HTML), and
// /api/health as the framework ceiling measured in the same run. Targets (issue 7): autosave ≥ 600
// req/s with p99 ≤ 50 ms, reads ≥ 800 req/s. See bench/README.md for the method and figures.
//
// Knobs: BENCH_HTTP_MODES (embedded,postgres), BENCH_HTTP_SECONDS (10), BENCH_HTTP_CONNECTIONS (10),
// BENCH_APP_PORT (3400), BENCH_PGLITE_PORT (54600).
import { createRequire } from "node:module";
import { v1Structure } from "@/lib/questionnaire/versions/v1/structure";
import {
  cookieHeader,
  draftVersion,
  launchChromium,
  rowsForEachMode,
  signIn,
  signUpSme,
  startApp,
  startAssessment,
  type DatabaseMode,
} from "./lib/app-under-test";
import { ratio, verdict } from "./lib/figures";
import { formatMs, summarize, type LatencySummary } from "./lib/percentiles";
import type { Benchmark, BenchRow } from "./run";

// autocannon ships no types; the part of its API used here.
type CannonRequest = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
type CannonRequestSpec = {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  setupRequest?: (request: CannonRequest, context: Record<string, unknown>) => CannonRequest;
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
};
type CannonOptions = { url: string; connections: number; duration: number; timeout?: number; requests: CannonRequestSpec[] };
type CannonResult = { errors: number; timeouts: number; duration: number };
type CannonInstance = Promise<CannonResult> & {
  on(event: "response", listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
};
const autocannon = createRequire(import.meta.url)("autocannon") as (options: CannonOptions) => CannonInstance;

const port = Number(process.env.BENCH_APP_PORT ?? 3400);
const databasePort = Number(process.env.BENCH_PGLITE_PORT ?? 54600);
const seconds = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const connections = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 10);
const modes = (process.env.BENCH_HTTP_MODES ?? "embedded,postgres").split(",").map((m) => m.trim()) as DatabaseMode[];

/** One SME manager's open draft: autosave sends to it with the version it last got back. */
type Draft = { assessmentId: string; cookie: string; version: number; flip: boolean };

// The indicator autosave keeps changing: the first indicator of the first dimension.
const indicatorId = v1Structure.factors[0]!.dimensions[0]!.indicators[0]!.id;
const questionPageId = v1Structure.factors[0]!.dimensions[0]!.id;

/** Prepares one signed-in SME manager per connection, each with their own draft (a firm has one open draft). */
async function prepareDrafts(base: string, count: number, log: (line: string) => void): Promise<Draft[]> {
  const browser = await launchChromium();
  try {
    const drafts: Draft[] = [];
    for (let i = 0; i < count; i += 1) {
      const sme = await signUpSme(browser, base, `http${i}`);
      const context = await signIn(browser, base, sme.email, sme.password);
      const assessmentId = await startAssessment(context);
      drafts.push({ assessmentId, cookie: await cookieHeader(context), version: await draftVersion(context, assessmentId), flip: false });
      await context.close();
    }
    log(`  ${count} SME managers signed up, signed in, each with a draft`);
    return drafts;
  } finally {
    await browser.close();
  }
}

/**
 * autocannon requests for autosave: each request takes a draft no other connection is saving, sends
 * a patch that changes one rating (1 ↔ 4, so every save writes) on the version it last got back,
 * and records the new version from the answer. A 409 (stale) also carries the current version.
 */
/** Answers other than 200 by status, with the first body of each, to say why saves failed. */
const unexpected = new Map<number, { count: number; body: string }>();

/**
 * autocannon requests for autosave on one connection's draft: a patch that changes one rating
 * (1 ↔ 4, so every save writes) on the version the last save returned, which the answer updates
 * (a 409 "stale" answer carries the current version too).
 */
function autosaveRequests(draft: Draft): CannonRequestSpec[] {
  return [
    {
      method: "PUT",
      setupRequest: (request) => {
        draft.flip = !draft.flip;
        return {
          ...request,
          method: "PUT",
          path: `/api/assessments/${draft.assessmentId}/answers`,
          headers: { cookie: draft.cookie, "content-type": "application/json" },
          body: JSON.stringify({ baseVersion: draft.version, patch: { levels: { [indicatorId]: draft.flip ? 4 : 1 } } }),
        };
      },
      onResponse: (status, body) => {
        if (status !== 200) {
          const seen = unexpected.get(status);
          unexpected.set(status, { count: (seen?.count ?? 0) + 1, body: seen?.body ?? body.slice(0, 160) });
        }
        try {
          const parsed = JSON.parse(body) as { version?: number };
          if (typeof parsed.version === "number") draft.version = parsed.version;
        } catch {
          // not JSON: counted as non-2xx
        }
      },
    },
  ];
}

/** The path of the first script the sign-in page loads (a file Next serves from .next/static). */
async function firstScriptPath(base: string): Promise<string> {
  const html = await (await fetch(`${base}/sign-in`)).text();
  const src = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  if (!src) throw new Error("the sign-in page loads no script from /_next/static");
  return src;
}

function readRequests(draft: Draft): CannonRequestSpec[] {
  return [{ method: "GET", path: `/assessments/${draft.assessmentId}/${questionPageId}`, setupRequest: (request) => ({ ...request, headers: { cookie: draft.cookie } }) }];
}

/** Re-reads each draft's version (a save still in flight when a window ended has moved it on). */
async function syncVersions(base: string, drafts: Draft[]): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  for (const draft of drafts) {
    const response = await fetch(`${base}/api/assessments/${draft.assessmentId}/answers`, {
      method: "PUT",
      headers: { cookie: draft.cookie, "content-type": "application/json" },
      body: JSON.stringify({ baseVersion: 0, patch: {} }),
    });
    const body = (await response.json()) as { version?: number };
    if (typeof body.version !== "number") throw new Error(`no version for draft ${draft.assessmentId} (HTTP ${response.status})`);
    draft.version = body.version;
  }
}

/** non2xx: answers with another status than expected (2xx unless a case expects one, e.g. 403). */
type LoadResult = { perSecond: number; latency: LatencySummary | null; non2xx: number; errors: number };

/**
 * Drives `connections` keep-alive connections for `duration` s: one autocannon instance of one
 * connection each, all at once, with its own request list (autocannon keeps the built request on
 * the shared list object, so one list for many connections can send one connection's request on
 * another). Every answer's latency is kept; percentiles are nearest-rank over all of them.
 */
async function drive(base: string, requestsFor: (connection: number) => CannonRequestSpec[], duration = seconds, expectedStatus?: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let non2xx = 0;
  const unexpectedStatus = (status: number) => (expectedStatus === undefined ? status < 200 || status > 299 : status !== expectedStatus);
  const started = performance.now();
  const instances = Array.from({ length: connections }, (_, connection) => {
    const instance = autocannon({ url: base, connections: 1, duration, timeout: 10, requests: requestsFor(connection) });
    instance.on("response", (_client, status, _bytes, ms) => {
      latencies.push(ms);
      if (unexpectedStatus(status)) non2xx += 1;
    });
    return instance;
  });
  const results = await Promise.all(instances);
  const elapsed = (performance.now() - started) / 1000;
  return {
    perSecond: latencies.length / elapsed,
    // null when nothing was answered within the window (a starved machine during a short warm-up)
    latency: latencies.length > 0 ? summarize(latencies) : null,
    non2xx,
    errors: results.reduce((sum, r) => sum + r.errors + r.timeouts, 0),
  };
}

const failures = (result: LoadResult) => result.errors + result.non2xx;

async function measureMode(mode: DatabaseMode, log: (line: string) => void): Promise<BenchRow[]> {
  log(`  ${mode}: starting the app…`);
  const app = await startApp({ mode, port, databasePort, log });
  try {
    const drafts = await prepareDrafts(app.base, connections, log);

    const health = [{ method: "GET", path: "/api/health" }];
    // Two floors measured in the same run: a static file (Node and Next's file serving, no proxy, no
    // route), and the cheapest answer that passes through the proxy (a cross-site POST it refuses
    // with 403 before any route runs). No route of the app can be faster than the second.
    const staticFile = [{ method: "GET", path: await firstScriptPath(app.base) }];
    const refusedByProxy = [{ method: "POST", path: "/api/health", headers: { origin: "http://cross-site.invalid" } }];
    // Warm-up (JIT, route modules, connection pools), discarded.
    await drive(app.base, () => health, 2);
    await drive(app.base, (i) => autosaveRequests(drafts[i]!), 2);
    await drive(app.base, (i) => readRequests(drafts[i]!), 2);
    await syncVersions(app.base, drafts);

    await drive(app.base, () => staticFile, 2);
    await drive(app.base, () => refusedByProxy, 2, 403);
    log(`  ${mode}: floors (static file, proxy refusal), ${seconds} s each at c=${connections}`);
    const staticResult = await drive(app.base, () => staticFile);
    const refusedResult = await drive(app.base, () => refusedByProxy, seconds, 403);
    log(`  ${mode}: /api/health, ${seconds} s at c=${connections}`);
    const healthResult = await drive(app.base, () => health);
    log(`  ${mode}: autosave PUT, ${seconds} s at c=${connections}`);
    const versionsAtStart = drafts.reduce((sum, d) => sum + d.version, 0);
    unexpected.clear();
    const autosave = await drive(app.base, (i) => autosaveRequests(drafts[i]!));
    await syncVersions(app.base, drafts);
    const saved = drafts.reduce((sum, d) => sum + d.version, 0) - versionsAtStart;
    for (const [status, { count, body }] of unexpected) log(`  ${mode}: autosave answered ${status} ${count} times, e.g. ${body}`);
    log(`  ${mode}: question page GET, ${seconds} s at c=${connections}`);
    const read = await drive(app.base, (i) => readRequests(drafts[i]!));
    log(`  ${mode}: ${saved} saves stored in the timed window`);

    const row = (name: string, result: LoadResult, target: string, extra: Record<string, string> = {}): BenchRow => ({
      case: `${mode}: ${name}`,
      metrics: {
        "req/s": result.perSecond.toFixed(0),
        "p50 ms": result.latency ? formatMs(result.latency.p50) : "none answered",
        "p99 ms": result.latency ? formatMs(result.latency.p99) : "none answered",
        "vs health req/s": ratio(result.perSecond, healthResult.perSecond),
        "errors/unexpected status": `${result.errors}/${result.non2xx}`,
        target,
        ...extra,
      },
    });
    const autosaveOk = verdict(autosave.perSecond, { atLeast: 600 }) === "ok" && verdict(autosave.latency?.p99 ?? Number.NaN, { atMost: 50 }) === "ok" && failures(autosave) === 0;
    return [
      row("GET static file (floor: no proxy, no route)", staticResult, ""),
      row("POST refused by the proxy, 403 (floor: proxy only)", refusedResult, ""),
      row("GET /api/health (baseline)", healthResult, ""),
      row("PUT autosave", autosave, `≥600 req/s, p99 ≤50 ms ${autosaveOk ? "ok" : "MISS"}`, { "writes stored": String(saved) }),
      row("GET question page (signed in)", read, `≥800 req/s ${verdict(read.perSecond, { atLeast: 800 }) === "ok" && failures(read) === 0 ? "ok" : "MISS"}`),
    ];
  } finally {
    await app.stop();
  }
}

export const httpThroughput: Benchmark = {
  name: "http-throughput",
  description: "autosave and read requests/s and latency of the production app under autocannon (c=10, loopback), both database modes",
  async run(log) {
    const rows = await rowsForEachMode(modes, measureMode, log);
    return {
      rows,
      notes: [
        `http-throughput: autocannon 9 in the bench process, ${connections} keep-alive connections (one autocannon instance each, run together), ${seconds} s per case after a 2 s warm-up; req/s = answers / window, p50/p99 nearest-rank over every answer.`,
        "http-throughput: autosave = PUT /api/assessments/:id/answers from one signed-in SME manager per connection, each on their own draft (a firm has one open draft), on the version its last save returned, flipping one rating 1 ↔ 4 so every save writes; 'writes stored' = versions added in the window.",
        "http-throughput: read = GET /assessments/:id/<first dimension> (the question page, server-rendered for the signed-in manager). The load generator shares the machine's cores with the app and its database.",
      ],
    };
  },
};
