// First-load JavaScript per route, gzip bytes, in a real Chromium against the production build.
// The framework baseline is what the anonymous landing page loads (React, the Next runtime, the
// root layout); a route's app-owned JS is every script it loads beyond that baseline. Budgets are
// from the issues: question pages ≤ 35 KB, other form and officer pages ≤ 50 KB, results and
// analytics ≤ 120 KB.
import { chromium, type BrowserContext, type Page, type Response } from "@playwright/test";
import { gzipSync } from "node:zlib";
import {
  chromiumArgs,
  chromiumPath,
  adminEmail,
  firstQueuedReviewPath,
  penangOfficer,
  penangProgrammeId,
  signIn,
  signUpSme,
  startApp,
  startAssessment,
  submitAssessment,
} from "./lib/app-under-test";
import { verdict } from "./lib/figures";
import type { Benchmark, BenchRow } from "./run";

const port = Number(process.env.BENCH_APP_PORT ?? 3400);
const databasePort = Number(process.env.BENCH_PGLITE_PORT ?? 54600);

type Scripts = Map<string, { gzip: number; body: string }>;

/** Loads a URL in a fresh page and returns every script it fetched with its gzip size. */
async function scriptsOf(page: Page, url: string): Promise<Scripts> {
  const scripts: Scripts = new Map();
  const pending: Promise<void>[] = [];
  const onResponse = (response: Response) => {
    if (response.request().resourceType() !== "script") return;
    pending.push(
      response.body().then(
        (body) => void scripts.set(new URL(response.url()).pathname, { gzip: gzipSync(body, { level: 9 }).length, body: body.toString("utf8") }),
        () => undefined,
      ),
    );
  };
  page.on("response", onResponse);
  // "load", not "networkidle": after load, Next prefetches the routes that visible links lead to,
  // which is not first-load JavaScript of this route.
  const response = await page.goto(url, { waitUntil: "load" });
  // Measure the page asked for, not a sign-in redirect or an error page in its place.
  if (response?.status() !== 200 || new URL(page.url()).pathname !== new URL(url).pathname) {
    throw new Error(`${url} answered ${response?.status()} at ${page.url()}`);
  }
  await Promise.all(pending);
  page.off("response", onResponse);
  return scripts;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const sum = (scripts: Scripts, keys: Iterable<string>) => [...keys].reduce((total, key) => total + (scripts.get(key)?.gzip ?? 0), 0);

type Route = { name: string; url: string; budgetKb?: number };

/** Measures each route in a fresh page of its signed-in context against the anonymous baseline. */
/** The manager's improvement plan, opened at a dimension so its suggestions and forms are on the page. */
async function planUrlOf(context: BrowserContext, base: string): Promise<string> {
  const page = await context.newPage();
  await page.goto(`${base}/dashboard`);
  const href = await page.locator('a[href^="/firms/"][href$="/plan"]').first().getAttribute("href");
  await page.close();
  return `${base}${href}?dimension=skills`;
}

async function measureRoutes(routes: { context: BrowserContext; route: Route }[], baseline: Scripts, log: (line: string) => void): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const { context, route } of routes) {
    const fresh = await context.newPage();
    const scripts = await scriptsOf(fresh, route.url);
    await fresh.close();
    const own = [...scripts.keys()].filter((key) => !baseline.has(key));
    const ownBytes = sum(scripts, own);
    const budget = route.budgetKb === undefined ? "" : `${route.budgetKb} KB ${verdict(ownBytes / 1024, { atMost: route.budgetKb }) === "ok" ? "ok" : "OVER"}`;
    rows.push({ case: route.name, metrics: { "JS gzip KB": kb(sum(scripts, scripts.keys())), "app-owned KB": kb(ownBytes), budget } });
    log(`${route.name}: ${kb(ownBytes)} KB app-owned in ${own.length} chunk(s)`);
  }
  return rows;
}

export const firstLoadJs: Benchmark = {
  name: "first-load-js",
  description: "app-owned first-load JavaScript per route (gzip) above the framework baseline, in Chromium",
  async run(log) {
    const app = await startApp({ mode: "embedded", port, databasePort, log });
    const base = app.base;
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    const rows: BenchRow[] = [];
    try {
      const anonymous = await browser.newContext();
      const baseline = await scriptsOf(await anonymous.newPage(), `${base}/`);
      const baselineBytes = sum(baseline, baseline.keys());
      rows.push({ case: "baseline (anonymous landing page)", metrics: { "JS gzip KB": kb(baselineBytes), "app-owned KB": "0.0", budget: "" } });

      // An SME manager with a draft (question pages) and one whose assessment is submitted (results).
      const sme = await signUpSme(browser, base, "js");
      const manager = await signIn(browser, base, sme.email, sme.password);
      const assessmentId = await startAssessment(manager);
      const assessmentUrl = `${base}/assessments/${assessmentId}`;
      const draftRoutes: Route[] = [
        { name: "dashboard", url: `${base}/dashboard` },
        { name: "question page (profile)", url: `${assessmentUrl}/profile`, budgetKb: 35 },
        { name: "question page (dimension)", url: `${assessmentUrl}/skills`, budgetKb: 35 },
        { name: "assessment overview", url: assessmentUrl, budgetKb: 35 },
      ];
      // Form pages other than question pages: ≤ 50 KB (react-hook-form, its zod resolver and the form's schema).
      const anonymousRoutes: Route[] = [
        { name: "sign-in", url: `${base}/sign-in`, budgetKb: 50 },
        { name: "sign-up", url: `${base}/sign-up`, budgetKb: 50 },
        { name: "forgotten password", url: `${base}/forgot-password`, budgetKb: 50 },
      ];
      draftRoutes.push({ name: "account (password)", url: `${base}/account`, budgetKb: 50 }, { name: "check page (declaration)", url: `${assessmentUrl}/check`, budgetKb: 50 });
      rows.push(...(await measureRoutes([...anonymousRoutes.map((route) => ({ context: anonymous, route })), ...draftRoutes.map((route) => ({ context: manager, route }))], baseline, log)));
      await submitAssessment(manager, assessmentId);

      const planUrl = await planUrlOf(manager, base);
      const firmUrl = planUrl.slice(0, planUrl.indexOf("/plan"));
      const officer = await signIn(browser, base, penangOfficer);
      const programme = `${base}/officer/programmes/${penangProgrammeId}`;
      const laterRoutes: { context: BrowserContext; route: Route }[] = [
        { context: manager, route: { name: "results page", url: `${assessmentUrl}/results`, budgetKb: 120 } },
        { context: manager, route: { name: "improvement plan", url: planUrl, budgetKb: 50 } },
        { context: manager, route: { name: "firm team (invite form)", url: `${firmUrl}/team`, budgetKb: 50 } },
        { context: manager, route: { name: "firm profile form", url: `${firmUrl}/profile`, budgetKb: 50 } },
        { context: officer, route: { name: "officer: programme overview", url: programme, budgetKb: 50 } },
        { context: officer, route: { name: "officer: review queue", url: `${programme}/queue`, budgetKb: 50 } },
        { context: officer, route: { name: "officer: review page", url: `${base}${await firstQueuedReviewPath(officer)}`, budgetKb: 50 } },
        { context: officer, route: { name: "officer: cohort analytics", url: `${programme}/analytics`, budgetKb: 120 } },
      ];
      const admin = await signIn(browser, base, adminEmail);
      laterRoutes.push(
        { context: admin, route: { name: "admin: new programme", url: `${base}/admin/programmes/new`, budgetKb: 50 } },
        { context: admin, route: { name: "admin: new catalogue item", url: `${base}/admin/catalogue/new`, budgetKb: 50 } },
      );
      rows.push(...(await measureRoutes(laterRoutes, baseline, log)));
    } finally {
      await browser.close();
      await app.stop();
    }
    return {
      rows,
      notes: [
        "first-load-js: gzip level 9 of each script body as served; baseline = scripts of the anonymous landing page in the same build.",
        "first-load-js: budgets (issues 7 and 16): question pages 35 KB, other form and officer pages 50 KB, results and analytics 120 KB of app-owned JS.",
      ],
    };
  },
};
