import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireEmbeddedLock, embeddedDatabaseHolder, EmbeddedDatabaseInUse, lockFileOf } from "@/scripts/lib/embedded-lock";

const folders: string[] = [];
function dataDir(): string {
  const root = mkdtempSync(path.join(tmpdir(), "adp-lock-"));
  folders.push(root);
  return path.join(root, "pglite");
}

/** A live process that is not this one, standing in for a running app's database server. */
function otherProcess(): Promise<{ pid: number; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGKILL");
    });
  return new Promise((resolve) => child.once("spawn", () => resolve({ pid: child.pid!, stop })));
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe("the embedded database lock", () => {
  it("is taken by the first opener and released on close", () => {
    const dir = dataDir();
    const release = acquireEmbeddedLock(dir);
    expect(readFileSync(lockFileOf(dir), "utf8")).toBe(String(process.pid));
    release();
    expect(existsSync(lockFileOf(dir))).toBe(false);
  });

  it("refuses a second opener while the holder is alive, naming its pid", async () => {
    const dir = dataDir();
    const holder = await otherProcess();
    try {
      writeFileSync(lockFileOf(dir), String(holder.pid));
      expect(embeddedDatabaseHolder(dir)).toBe(holder.pid);
      expect(() => acquireEmbeddedLock(dir)).toThrow(EmbeddedDatabaseInUse);
      expect(() => acquireEmbeddedLock(dir)).toThrow(`pid ${holder.pid}`);
      expect(readFileSync(lockFileOf(dir), "utf8")).toBe(String(holder.pid));
    } finally {
      await holder.stop();
    }
  });

  it("takes over a lock left by a process that was killed", async () => {
    const dir = dataDir();
    const holder = await otherProcess();
    writeFileSync(lockFileOf(dir), String(holder.pid));
    await holder.stop();
    expect(embeddedDatabaseHolder(dir)).toBeNull();
    const release = acquireEmbeddedLock(dir);
    expect(readFileSync(lockFileOf(dir), "utf8")).toBe(String(process.pid));
    release();
  });
});
