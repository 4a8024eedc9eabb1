// First-load JavaScript per route, gzip bytes, in a real Chromium against the production build.
// The framework baseline is what the anonymous landing page loads (React, the Next runtime, the
// root layout); a route's app-owned JS is every script it loads beyond that baseline. Budgets are
// from the issues: question pages ≤ 35 KB, results ≤ 120 KB; no chart code on question pages.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Page, type Response } from "@playwright/test";
import type { Benchmark, BenchRow } from "./run";

const port = Number(process.env.BENCH_APP_PORT ?? 3400);
const databasePort = Number(process.env.BENCH_PGLITE_PORT ?? 54600);
const base = `http://127.0.0.1:${port}`;
const demoPassword = "Readiness-Demo-2026!";
const launchArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

type Scripts = Map<string, { gzip: number; body: string }>;

async function startApp(dataDir: string): Promise<ChildProcess> {
  const child = spawn(path.join("node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/start.ts"], {
    env: { ...process.env, PORT: String(port), PGLITE_PORT: String(databasePort), ADP_DATA_DIR: dataDir, DATABASE_URL: "" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}`);
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (ok) return child;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error("the app did not become healthy within 10 minutes");
}

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
  await page.goto(url, { waitUntil: "load" });
  await Promise.all(pending);
  page.off("response", onResponse);
  return scripts;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const sum = (scripts: Scripts, keys: Iterable<string>) => [...keys].reduce((total, key) => total + (scripts.get(key)?.gzip ?? 0), 0);

export const firstLoadJs: Benchmark = {
  name: "first-load-js",
  description: "app-owned first-load JavaScript per route (gzip) above the framework baseline, in Chromium",
  async run(log) {
    if (!existsSync(".next/BUILD_ID")) log("no production build yet: scripts/start.ts will build first (about 2 minutes)");
    const dataDir = mkdtempSync(path.join(tmpdir(), "adp-bench-js-"));
    const app = await startApp(dataDir);
    const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: launchArgs });
    const rows: BenchRow[] = [];
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const baseline = await scriptsOf(page, `${base}/`);
      const baselineBytes = sum(baseline, baseline.keys());
      rows.push({ case: "baseline (anonymous landing page)", metrics: { "JS gzip KB": kb(baselineBytes), "app-owned KB": "0.0", budget: "", "chart code": "no" } });

      await page.goto(`${base}/sign-in`);
      await page.getByLabel("Email address").fill("manager@plastikmaju.example");
      await page.getByLabel("Password").fill(demoPassword);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL("**/dashboard");
      await page.getByRole("button", { name: /Start a new assessment/ }).click();
      await page.waitForURL(/\/assessments\/[^/]+\/profile/);
      const assessmentUrl = page.url().replace(/\/profile.*$/, "");

      const routes: { name: string; url: string; budgetKb?: number }[] = [
        { name: "sign-in", url: `${base}/sign-in` },
        { name: "dashboard", url: `${base}/dashboard` },
        { name: "question page (profile)", url: `${assessmentUrl}/profile`, budgetKb: 35 },
        { name: "question page (dimension)", url: `${assessmentUrl}/skills`, budgetKb: 35 },
        { name: "assessment overview", url: assessmentUrl, budgetKb: 35 },
      ];
      for (const route of routes) {
        const fresh = await context.newPage();
        const scripts = await scriptsOf(fresh, route.url);
        await fresh.close();
        const own = [...scripts.keys()].filter((key) => !baseline.has(key));
        const ownBytes = sum(scripts, own);
        const charts = own.some((key) => /recharts|RadarChart|PolarAngleAxis/.test(scripts.get(key)?.body ?? ""));
        const verdict = route.budgetKb === undefined ? "" : `${route.budgetKb} KB ${ownBytes / 1024 <= route.budgetKb ? "ok" : "OVER"}`;
        rows.push({ case: route.name, metrics: { "JS gzip KB": kb(sum(scripts, scripts.keys())), "app-owned KB": kb(ownBytes), budget: verdict, "chart code": charts ? "YES" : "no" } });
        log(`${route.name}: ${kb(ownBytes)} KB app-owned in ${own.length} chunk(s)`);
      }
    } finally {
      await browser.close();
      app.kill("SIGTERM");
      await new Promise((resolve) => app.once("exit", resolve));
      rmSync(dataDir, { recursive: true, force: true });
    }
    return {
      rows,
      notes: [
        "first-load-js: gzip level 9 of each script body as served; baseline = scripts of the anonymous landing page in the same build.",
        "first-load-js: 'chart code' = an app-owned chunk on that route contains the chart library.",
      ],
    };
  },
};
