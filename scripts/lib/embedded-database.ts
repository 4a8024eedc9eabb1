import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export type EmbeddedDatabase = { url: string; process: ChildProcess; stop: () => Promise<void> };

export const embeddedUrl = (port: number) => `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;

/**
 * Starts scripts/pglite-server.ts as a child process and resolves once it accepts connections.
 * Node runs the server directly (tsx as a loader, not the tsx CLI, which would put a process of its
 * own in between), so the server is this process's own child on an IPC channel of ours: when this
 * process dies, even by kill -9, the channel closes and the server stops and frees its data folder.
 * `loadFrom` (tests only): an in-memory database starts as a copy of that data-folder dump instead
 * of a new cluster (see tests/integration/setup/pglite-template.ts).
 */
export function startEmbeddedDatabase(options: { dataDir: string; port: number; loadFrom?: string }): Promise<EmbeddedDatabase> {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DATA_DIR: options.dataDir, PGLITE_PORT: String(options.port) };
  if (options.loadFrom) env.PGLITE_LOAD_FROM = options.loadFrom;
  const child = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "pglite-server.ts")], {
    env,
    stdio: ["ignore", "pipe", "inherit", "ipc"],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error("embedded database did not start within 120 s"));
    }, 120_000);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`embedded database exited with ${code ?? signal}`));
    });
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("pglite-server ready")) {
        clearTimeout(timer);
        resolve({ url: embeddedUrl(options.port), process: child, stop });
      }
    });
  });
}
