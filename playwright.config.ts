import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumProject } from "./tests/support/chromium";

// End-to-end tests run Debian's Chromium (Playwright cannot download browsers here) against the
// real app, started by the same script as `npm start`, on a fresh embedded database every run.

// E2E_PORT / E2E_PGLITE_PORT let a second run (another checkout, CI job) coexist on one machine.
const port = Number(process.env.E2E_PORT ?? 3100);
const pglitePort = process.env.E2E_PGLITE_PORT ?? "54339";
const origin = `http://127.0.0.1:${port}`;
const dataParent = ".data";

/** True in the runner's own process; its test workers inherit ADP_E2E_DATA_DIR from it. */
const isRunnerProcess = process.env.ADP_E2E_DATA_DIR === undefined;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the data folders of earlier runs whose runner has exited (the folder name carries the
 * runner's pid), so a run never deletes the database of a run still going on in parallel.
 */
function removeFinishedRunData(): void {
  if (!existsSync(dataParent)) return;
  for (const entry of readdirSync(dataParent)) {
    const pid = /^e2e-(\d+)-/.exec(entry)?.[1];
    if (pid && !isRunning(Number(pid))) rmSync(path.join(dataParent, entry), { recursive: true, force: true });
  }
}

/**
 * The server's command. With E2E_SERVER_LOG_FILE (scripts/test-e2e.sh sets it) its stdout and stderr
 * are also appended to that file, for the log scan after the run; stderr still reaches Playwright.
 */
function serverCommand(): string {
  const start = "node_modules/.bin/tsx --conditions=react-server scripts/start.ts";
  if (!process.env.E2E_SERVER_LOG_FILE) return start;
  return `bash -c 'exec > >(tee -a "$E2E_SERVER_LOG_FILE") 2> >(tee -a "$E2E_SERVER_LOG_FILE" >&2); exec ${start}'`;
}

if (isRunnerProcess) {
  removeFinishedRunData();
  mkdirSync(dataParent, { recursive: true });
  process.env.ADP_E2E_DATA_DIR = path.join(dataParent, `e2e-${process.pid}-${Date.now().toString(36)}`);
}

export default defineConfig({
  testDir: "tests/e2e",
  // Each test builds its own accounts with unique emails, so tests may run in any order and in parallel.
  fullyParallel: true,
  // Two workers on two cores: the server mostly waits on the browser, and the suite takes about
  // half as long as with one. Every wait is for something visible, so a busy machine slows the
  // run down without making it flaky.
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // The digest repeats each failure's error last, where a CI log cut to its tail still shows it.
  reporter: [["list"], ["./tests/e2e/support/failure-digest-reporter.ts"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  globalTeardown: "./tests/e2e/support/global-teardown.ts",
  use: {
    baseURL: origin,
    locale: "en-GB",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [chromiumProject],
  webServer: {
    command: serverCommand(),
    url: `${origin}/api/health`,
    // First run builds the app (`next build`), which takes a few minutes on two cores.
    timeout: 5 * 60_000,
    reuseExistingServer: false,
    stdout: process.env.E2E_SERVER_LOG ? "pipe" : "ignore",
    stderr: "pipe",
    // SIGTERM lets start.ts stop the PGlite process cleanly before the folder is removed.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: {
      PORT: String(port),
      PGLITE_PORT: pglitePort,
      ADP_DATA_DIR: process.env.ADP_E2E_DATA_DIR ?? "",
      // Always the embedded database, whatever the calling shell has configured.
      DATABASE_URL: "",
      // next-auth builds its redirect URLs (e.g. after sign-out) from this; keep it the tests' origin.
      NEXTAUTH_URL: origin,
    },
  },
});
