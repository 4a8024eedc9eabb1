import { spawn } from "node:child_process";

// The run's embedded database is still open here (Playwright stops the web server after global
// teardown), so a small detached process removes the folder once the runner has exited.
const removeWhenRunnerExits = `
const [dir, pid] = process.argv.slice(1);
const { rmSync } = require("node:fs");
const alive = () => { try { process.kill(Number(pid), 0); return true; } catch (e) { return e.code === "EPERM"; } };
const started = Date.now();
const timer = setInterval(() => {
  if (alive() && Date.now() - started < 120000) return;
  clearInterval(timer);
  setTimeout(() => rmSync(dir, { recursive: true, force: true }), 2000);
}, 500);
`;

export default function globalTeardown(): void {
  const dir = process.env.ADP_E2E_DATA_DIR;
  if (!dir || process.env.E2E_KEEP_DATA) return;
  // playwright.config.ts names the folder after the runner's pid: e2e-<pid>-<time>.
  const runnerPid = /e2e-(\d+)-/.exec(dir)?.[1];
  if (!runnerPid) return;
  const child = spawn(process.execPath, ["-e", removeWhenRunnerExits, dir, runnerPid], { detached: true, stdio: "ignore" });
  child.unref();
}
