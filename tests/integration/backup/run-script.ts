import { spawn } from "node:child_process";
import path from "node:path";

export type ScriptRun = { code: number | null; stdout: string; stderr: string };

/**
 * Runs a TypeScript entry point as `npm run db:*` does (tsx --conditions=react-server) in a clean
 * database environment: the test file's own DATABASE_URL, ADP_DB_MODE and ADP_DATA_DIR are removed,
 * and `env` says which database the script works on.
 */
export function runScript(script: string, args: string[], env: Record<string, string>): Promise<ScriptRun> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ["DATABASE_URL", "ADP_DB_MODE", "ADP_DATA_DIR"]) delete childEnv[name];
  Object.assign(childEnv, env);
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ["--conditions=react-server", script, ...args], { env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}
