import { defineConfig } from "@playwright/test";
import { origin } from "./tests/supervisor/support/app-process";

// The supervisor's crash test (tests/supervisor): it starts, kills and restarts `npm start` itself
// (so no webServer here), on the production build scripts/test-supervisor.sh makes sure of. HTTP
// only, no browser.

export default defineConfig({
  testDir: "tests/supervisor",
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  outputDir: "test-results/supervisor",
  // Three starts of the app (the first seeds the demo data) and three kills, on a shared machine.
  timeout: 6 * 60_000,
  expect: { timeout: 10_000 },
  use: { baseURL: origin },
});
