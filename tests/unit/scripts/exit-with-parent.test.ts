import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";

// scripts/lib/exit-with-parent.cjs is preloaded into the Next.js server that scripts/start.ts
// supervises. When the supervisor dies, even by kill -9, the server must stop (as on SIGTERM, so
// it finishes its requests) instead of running on as an orphan.

const preload = path.join(process.cwd(), "scripts", "lib", "exit-with-parent.cjs");
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** Running, not exited (a zombie whose new parent has not read its status yet counts as exited). */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

async function whenExited(pid: number, timeoutMs: number): Promise<boolean> {
  const started = Date.now();
  while (isRunning(pid)) {
    if (Date.now() - started > timeoutMs) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

it("a server started with the watcher stops as on SIGTERM when its parent is killed with -9", async () => {
  const folder = mkdtempSync(path.join(tmpdir(), "adp-exit-with-parent-"));
  folders.push(folder);
  const stoppedMarker = path.join(folder, "stopped-on-sigterm");
  // Stands in for next-server: runs until told to stop, and notes that it was told.
  const server = `process.on("SIGTERM", () => { require("node:fs").writeFileSync(${JSON.stringify(stoppedMarker)}, ""); process.exit(0); }); setInterval(() => {}, 1000);`;
  // Stands in for the supervisor: starts the server as start.ts does, then prints its pid.
  const supervisor = `const child = require("node:child_process").spawn(process.execPath, ["--require", ${JSON.stringify(preload)}, "-e", ${JSON.stringify(server)}], { stdio: ["ignore", "ignore", "ignore", "ipc"] }); console.log(child.pid); setInterval(() => {}, 1000);`;
  const parent = spawn(process.execPath, ["-e", supervisor], { stdio: ["ignore", "pipe", "inherit"] });
  const serverPid = await new Promise<number>((resolve) => parent.stdout.once("data", (chunk: Buffer) => resolve(Number(chunk.toString().trim()))));
  expect(isRunning(serverPid)).toBe(true);

  parent.kill("SIGKILL");

  expect(await whenExited(serverPid, 10_000)).toBe(true);
  expect(existsSync(stoppedMarker)).toBe(true);
});
