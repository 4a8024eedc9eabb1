import { defineConfig } from "@playwright/test";
import { chromiumProject } from "./tests/support/chromium";
import { instanceA } from "./tests/scale-out/support/instances";

// Scale-out journeys: two app instances on one PostgreSQL database, started and stopped by
// scripts/test-scale-out.sh (so no webServer here). Tests talk to both instances by their origins;
// the browser's cookies for 127.0.0.1 are sent to either port, as they would be behind one load balancer.

export default defineConfig({
  testDir: "tests/scale-out",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  outputDir: "test-results/scale-out",
  // Generous: the two instances and the browser share the machine with the build-heavy rest of CI.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: instanceA,
    locale: "en-GB",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [chromiumProject],
});
