import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export type EmbeddedDatabase = { url: string; process: ChildProcess; stop: () => Promise<void> };

export const embeddedUrl = (port: number) => `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;

/** Starts scripts/pglite-server.ts as a child process and resolves once it accepts connections. */
export function startEmbeddedDatabase(options: { dataDir: string; port: number }): Promise<EmbeddedDatabase> {
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  const child = spawn(tsx, [path.join("scripts", "pglite-server.ts")], {
    env: { ...process.env, PGLITE_DATA_DIR: options.dataDir, PGLITE_PORT: String(options.port) },
    stdio: ["ignore", "pipe", "inherit", "ipc"],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("embedded database did not start within 60 s")), 60_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`embedded database exited with code ${code}`));
    });
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("pglite-server ready")) {
        clearTimeout(timer);
        resolve({ url: embeddedUrl(options.port), process: child, stop });
      }
    });
  });
}
