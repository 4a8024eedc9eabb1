import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

// One `npm start` (scripts/start.ts through the tsx launcher, as package.json runs it) on a data
// folder of the test's own, and the processes it is made of, found in /proc by parent pid.

export const port = Number(process.env.SUPERVISOR_TEST_PORT ?? 3705);
export const pglitePort = Number(process.env.SUPERVISOR_TEST_PGLITE_PORT ?? 54375);
export const origin = `http://127.0.0.1:${port}`;

/** Fixed for the run, so the session cookie stays valid across restarts (as a deployment's secret does). */
const nextAuthSecret = "supervisor-test-secret-0123456789abcdef0123456789";

type Proc = { pid: number; ppid: number; state: string; cmdline: string };

function readProc(pid: number): Proc | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ").trim();
    return { pid, ppid: Number(fields[1]), state: fields[0] ?? "", cmdline };
  } catch {
    return null;
  }
}

/** Running, not exited (a zombie waiting for its parent to read its status counts as exited). */
export function isRunning(pid: number): boolean {
  const proc = readProc(pid);
  return proc !== null && proc.state !== "Z";
}

function childrenOf(pid: number): Proc[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map((entry) => readProc(Number(entry)))
    .filter((proc): proc is Proc => proc !== null && proc.ppid === pid && proc.state !== "Z");
}

export type AppProcesses = { supervisor: number; database: number; web: number };

export class App {
  readonly output: string[] = [];
  readonly exited: Promise<number | null>;
  private readonly launcher: ChildProcess;

  constructor(dataDir: string) {
    this.launcher = spawn("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/start.ts"], {
      env: {
        ...process.env,
        PORT: String(port),
        PGLITE_PORT: String(pglitePort),
        ADP_DATA_DIR: dataDir,
        DATABASE_URL: "",
        NEXTAUTH_URL: origin,
        NEXTAUTH_SECRET: nextAuthSecret,
        // Request lines would bury the supervisor's own; warnings and errors are what this test reads.
        LOG_LEVEL: "warn",
      },
      // Its own process group, so the test's clean-up reaches whatever is left of it.
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const keep = (chunk: Buffer) => this.output.push(...chunk.toString().split("\n").filter(Boolean));
    this.launcher.stdout?.on("data", keep);
    this.launcher.stderr?.on("data", keep);
    this.exited = new Promise((resolve) => this.launcher.once("exit", (code) => resolve(code)));
  }

  get running(): boolean {
    return this.launcher.exitCode === null && this.launcher.signalCode === null;
  }

  /** Waits until /api/health answers ok; fails early if the app exits. */
  async healthy(timeoutMs = 120_000): Promise<void> {
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      if (!this.running) throw new Error(`the app exited while starting:\n${this.tail()}`);
      try {
        const response = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(2_000) });
        if (response.status === 200) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`the app was not healthy within ${timeoutMs} ms:\n${this.tail()}`);
  }

  /** The supervisor (scripts/start.ts under the launcher), the PGlite server and the Next.js server. */
  processes(): AppProcesses {
    const launcher = this.launcher.pid!;
    const supervisor = childrenOf(launcher).find((proc) => proc.cmdline.includes("scripts/start.ts"));
    if (!supervisor) throw new Error("no supervisor process under the launcher");
    const children = childrenOf(supervisor.pid);
    const database = children.find((proc) => proc.cmdline.includes("pglite-server"));
    const web = children.find((proc) => proc.cmdline.includes("next"));
    if (!database || !web) throw new Error(`supervisor ${supervisor.pid} lacks a child: ${children.map((c) => c.cmdline).join(" | ")}`);
    return { supervisor: supervisor.pid, database: database.pid, web: web.pid };
  }

  /** Every process of this app's group, ended at once (the test's clean-up). */
  killAll(): void {
    try {
      process.kill(-this.launcher.pid!, "SIGKILL");
    } catch {
      // Already gone.
    }
  }

  tail(lines = 40): string {
    return this.output.slice(-lines).join("\n");
  }
}

/** Resolves when none of `pids` runs any more; rejects after `timeoutMs` naming those still running. */
export async function whenAllExited(pids: readonly number[], timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (pids.some(isRunning)) {
    if (Date.now() - started > timeoutMs) throw new Error(`still running ${timeoutMs} ms later: ${pids.filter(isRunning).join(", ")}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
