// The real app, production build, for the benchmarks that measure it end to end (first-load JS,
// Lighthouse, HTTP throughput, isolation): started as `npm start` starts it, on a scratch database
// in either mode, plus the signed-in sessions and demo records those benchmarks need, made through
// the app's own pages (sign-up, sign-in, start, autosave API, submit) in Chromium.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import type { BenchRow } from "../run";
import { chromiumArgs, chromiumPath } from "../../tests/support/chromium";
import { Client } from "pg";
import { v1Structure } from "@/lib/questionnaire/versions/v1/structure";

export type DatabaseMode = "embedded" | "postgres";
/**
 * Rows of `measureMode` for each mode in turn. A mode that fails (e.g. no PostgreSQL) gives a FAILED
 * row and a non-zero exit code instead of throwing away the other mode's figures.
 */
export async function rowsForEachMode(
  modes: readonly DatabaseMode[],
  measureMode: (mode: DatabaseMode, log: (line: string) => void) => Promise<BenchRow[]>,
  log: (line: string) => void,
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const mode of modes) {
    rows.push(
      ...(await measureMode(mode, log).catch((error: unknown) => {
        process.exitCode = 1;
        const message = error instanceof Error ? error.message : String(error);
        log(`  ${mode} failed: ${message}`);
        return [{ case: `${mode}: FAILED`, metrics: { error: message.slice(0, 120) } }];
      })),
    );
  }
  return rows;
}

export type RunningApp = { base: string; mode: DatabaseMode; stop: () => Promise<void> };

export const demoPassword = "Readiness-Demo-2026!";
export const penangOfficer = "officer.penang@adp-readiness.example";
export const adminEmail = "admin@adp-readiness.example";
export const penangProgrammeId = "00000000-0000-4000-8000-000000000101";
export { chromiumArgs, chromiumPath };

const tsx = path.join("node_modules", ".bin", "tsx");

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ["--conditions=react-server", ...args], { env, stdio: ["ignore", "ignore", "inherit"] });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited with ${code}`))));
  });
}

/** A URL for a role that may create databases on the local cluster (scripts/lib/ensure-postgres.sh). */
export function postgresAdminUrl(): string {
  if (process.env.ADP_TEST_PG_ADMIN_URL) return process.env.ADP_TEST_PG_ADMIN_URL;
  const out = execFileSync("bash", ["-c", 'source scripts/lib/ensure-postgres.sh && ensure_postgres >&2 && printf %s "$ADP_TEST_PG_ADMIN_URL"'], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return out.toString().trim();
}

async function waitHealthy(base: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 900; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}`);
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error("the app did not become healthy within 15 minutes");
}

/**
 * Starts the production app (scripts/start.ts, `next start`) on a fresh database seeded with the
 * demo data: embedded = PGlite in its own process on a temporary folder (seeded on first start);
 * postgres = a new database on the local cluster, migrated and seeded by the npm scripts, dropped on stop.
 */
export async function startApp(options: {
  mode: DatabaseMode;
  port: number;
  databasePort: number;
  log: (line: string) => void;
  /** Synthetic firms to add to the Penang programme (scripts/generate-cohort.ts) before the app starts. */
  extraPenangFirms?: number;
}): Promise<RunningApp> {
  const { mode, port, databasePort, log, extraPenangFirms = 0 } = options;
  const base = `http://127.0.0.1:${port}`;
  if (!existsSync(".next/BUILD_ID")) log("no production build yet: scripts/start.ts will build first (several minutes)");
  const dataDir = mkdtempSync(path.join(tmpdir(), "adp-bench-app-"));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), PGLITE_PORT: String(databasePort), ADP_DATA_DIR: dataDir, NEXTAUTH_URL: base };
  let dropDatabase = async () => {};
  if (mode === "embedded") {
    env.DATABASE_URL = "";
    // One-off tasks start their own embedded server on the data folder (then start.ts finds it seeded).
    env.PGLITE_TASK_PORT = String(databasePort);
    if (extraPenangFirms > 0) {
      log("embedded: migrating and seeding the demo data");
      await run(["scripts/db-seed.ts"], env);
    }
  } else {
    const admin = postgresAdminUrl();
    const name = `adp_bench_${process.pid}_${randomBytes(3).toString("hex")}`;
    const client = new Client({ connectionString: admin });
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    const url = new URL(admin);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    env.ADP_DB_MODE = "postgres";
    env.NEXTAUTH_SECRET = randomBytes(32).toString("base64");
    dropDatabase = async () => {
      const dropper = new Client({ connectionString: admin });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    };
    log(`postgres: database ${name}; migrating and seeding the demo data`);
    await run(["scripts/db-migrate.ts"], env);
    await run(["scripts/db-seed.ts"], env);
  }
  if (extraPenangFirms > 0) {
    const started = performance.now();
    // Another seed than the demo cohort's, so the generated ids do not collide with it.
    await run(["scripts/generate-cohort.ts", "--firms", String(extraPenangFirms), "--seed", "7", "--programme", penangProgrammeId], env);
    log(`${mode}: ${extraPenangFirms} synthetic firms added to the Penang programme in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  const child = spawn(tsx, ["--conditions=react-server", "scripts/start.ts"], { env, stdio: ["ignore", "ignore", "inherit"] });
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
    await dropDatabase().catch((error: unknown) => log(`could not drop the bench database: ${String(error)}`));
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitHealthy(base, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, mode, stop };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** A browser context signed in through the sign-in page. */
export async function signIn(browser: Browser, base: string, email: string, password = demoPassword): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await page.close();
  return context;
}

/** The Cookie header of a signed-in context, for tools that are not the browser (autocannon, Lighthouse). */
export async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

/** Signs up a new SME manager (firm in the Penang programme) and returns the credentials. */
export async function signUpSme(browser: Browser, base: string, label: string): Promise<{ email: string; password: string }> {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  const suffix = randomUUID().slice(0, 8);
  const email = `bench-${label}-${suffix}@example.com`;
  const password = `Harbour-Violet-Kettle-${suffix}`;
  await page.goto("/sign-up");
  await page.getByLabel("Your full name").fill(`Bench Manager ${suffix}`);
  await page.getByLabel("Work email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Firm name").fill(`Bench Firm ${suffix} Sdn Bhd`);
  await page.getByLabel("Country").selectOption("MY");
  await page.getByLabel("Main activity").selectOption("22");
  await page.getByLabel("Number of employees").fill("40");
  await page.getByLabel("Programme enrolment code").fill("PENANG-2026");
  await page.getByRole("button", { name: "Create account", exact: true }).click();
  // Sign-up signs the manager in and lands on the dashboard.
  await page.waitForURL(/\/dashboard$/);
  await context.close();
  return { email, password };
}

/** From the dashboard of a signed-in SME manager, starts (or reopens) the firm's draft and returns its id. */
export async function startAssessment(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  await page.goto("/dashboard");
  await page.getByRole("button", { name: "Start a new assessment" }).click();
  await page.waitForURL(/\/assessments\/[0-9a-f-]{36}\/profile/);
  const id = /\/assessments\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await page.close();
  return id;
}

/** Complete answers for v1: profile, every indicator rated, and the services module offered. */
export function completeAnswers(): { profile: Record<string, unknown>; levels: Record<string, number> } {
  const indicators = v1Structure.factors.flatMap((factor) => factor.dimensions.flatMap((dimension) => dimension.indicators));
  return {
    profile: { turnover: "1m-5m", exports: false, "offers-services": true, technologies: ["industrial-sensors"], challenges: ["funding"] },
    levels: Object.fromEntries(indicators.map((indicator, index) => [indicator.id, (index * 5 + 2) % 6])),
  };
}

/** The current version of a draft: a save based on version 0 answers 409 with it (as the island learns it). */
export async function draftVersion(context: BrowserContext, assessmentId: string): Promise<number> {
  const response = await context.request.put(`/api/assessments/${assessmentId}/answers`, { data: { baseVersion: 0, patch: {} } });
  const body = (await response.json()) as { version?: number };
  if (typeof body.version !== "number") throw new Error(`no version for ${assessmentId} (HTTP ${response.status()})`);
  return body.version;
}

/** Saves answers through the autosave API with the context's session. */
export async function saveAnswers(context: BrowserContext, assessmentId: string, patch: unknown): Promise<number> {
  const baseVersion = await draftVersion(context, assessmentId);
  const response = await context.request.put(`/api/assessments/${assessmentId}/answers`, { data: { baseVersion, patch } });
  if (response.status() !== 200) throw new Error(`saving answers failed: HTTP ${response.status()} ${await response.text()}`);
  return ((await response.json()) as { version: number }).version;
}

/** Completes and submits a draft through the check page; returns when the confirmation shows. */
export async function submitAssessment(context: BrowserContext, assessmentId: string): Promise<void> {
  await saveAnswers(context, assessmentId, completeAnswers());
  const page = await context.newPage();
  await page.goto(`/assessments/${assessmentId}/check`);
  await page.getByLabel(/I confirm/).check();
  await page.getByRole("button", { name: "Submit assessment" }).click();
  await page.getByRole("heading", { name: "Assessment submitted" }).waitFor();
  await page.close();
}

/** The review page URL of the first assessment in the Penang queue (a submitted synthetic firm). */
export async function firstQueuedReviewPath(officer: BrowserContext): Promise<string> {
  const page = await officer.newPage();
  await page.goto(`/officer/programmes/${penangProgrammeId}/queue`);
  const href = await page.locator('a[href^="/officer/assessments/"][href$="/review"]').first().getAttribute("href");
  await page.close();
  if (!href) throw new Error("the Penang queue lists no assessment to review");
  return href;
}
