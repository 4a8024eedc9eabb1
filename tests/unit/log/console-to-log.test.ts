import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { routeConsoleToLog } from "@/lib/log/console-to-log";
import { createLogger } from "@/lib/log/logger";
import { requestContextStore } from "@/lib/log/request-context";

const original = { error: console.error, warn: console.warn, info: console.info, log: console.log, debug: console.debug };
afterEach(() => Object.assign(console, original));

describe("console output routed to the log", () => {
  it("becomes JSON lines with job console, and errors lose the query values drizzle appends", () => {
    const lines: string[] = [];
    const destination = new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) });
    routeConsoleToLog(createLogger({ destination, level: "info" }).child({ job: "console" }));

    console.error("Failed to find Server Action", new Error("Failed query: select 1\nparams: secret-note"));
    console.warn("deprecated", { option: "x" });
    Object.assign(console, original);

    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries).toMatchObject([
      { level: "error", job: "console", msg: "Failed to find Server Action", err: { message: "Failed query: select 1\nparams: [redacted]" } },
      { level: "warn", job: "console", msg: "deprecated { option: 'x' }" },
    ]);
    expect(lines.join("")).not.toContain("secret-note");
  });

  it("names the request a line was printed for, and none outside a request", () => {
    const lines: string[] = [];
    const destination = new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) });
    routeConsoleToLog(createLogger({ destination, level: "info" }).child({ job: "console" }));

    requestContextStore().run({ requestId: "5d0c8f5e-3c1b-4f3e-9d7a-1e2f3a4b5c6d" }, () => console.warn("inside a request"));
    console.warn("outside any request");
    Object.assign(console, original);

    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries[0]).toMatchObject({ job: "console", requestId: "5d0c8f5e-3c1b-4f3e-9d7a-1e2f3a4b5c6d", msg: "inside a request" });
    expect(entries[1]).toMatchObject({ job: "console", msg: "outside any request" });
    expect(entries[1]).not.toHaveProperty("requestId");
  });
});
