import { subscribe, unsubscribe } from "node:diagnostics_channel";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { accessLogFields, accessLogListener, isStaticAssetPath, requestStartChannel } from "@/lib/log/access-log";
import { createLogger } from "@/lib/log/logger";
import { currentConnection, currentRequestId } from "@/lib/log/request-context";

function captured(level: "info" | "debug" = "info") {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return { log: createLogger({ destination, level }), entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe("the fields of an access line", () => {
  it("shows method, path, status and duration in milliseconds, never the query string", () => {
    expect(accessLogFields({ method: "PUT", url: "/api/assessments/1/answers?debug=1&email=a@b.c" }, 409, 12_345_678n, true)).toEqual({
      method: "PUT",
      path: "/api/assessments/1/answers",
      status: 409,
      durationMs: 12.35,
    });
  });

  it("never shows a password-reset token carried in the path", () => {
    const fields = accessLogFields({ method: "GET", url: `/reset-password/${"k".repeat(43)}` }, 303, 1_000_000n, true);
    expect(fields.path).toBe("/reset-password/[redacted]");
  });

  it("marks a response the client did not wait for", () => {
    expect(accessLogFields({ method: "GET", url: "/" }, 200, 5n, false)).toMatchObject({ aborted: true });
    expect(accessLogFields({ method: "GET", url: "/" }, 200, 5n, true)).not.toHaveProperty("aborted");
  });

  it("tells built files apart from pages and calls", () => {
    expect(isStaticAssetPath("/_next/static/chunks/app.js")).toBe(true);
    expect(isStaticAssetPath("/favicon.ico")).toBe(true);
    expect(isStaticAssetPath("/assessments/1/skills")).toBe(false);
    expect(isStaticAssetPath("/_next/statics-are-not-this")).toBe(false);
  });
});

describe("the access log of a running HTTP server", () => {
  let server: Server | undefined;
  let listener: ((message: unknown) => void) | undefined;

  afterEach(async () => {
    if (listener) unsubscribe(requestStartChannel, listener);
    listener = undefined;
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  async function serve(handler: Parameters<typeof createServer>[1], level: "info" | "debug" = "info") {
    const sink = captured(level);
    listener = accessLogListener(sink.log);
    subscribe(requestStartChannel, listener);
    server = createServer(handler);
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, entries: sink.entries };
  }

  /** Access lines arrive on the response's `close`, just after the client has the answer. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

  it("writes one line per request with its id, the status and the time taken, never the query", async () => {
    const { base, entries } = await serve((_request, response) => {
      setTimeout(() => {
        response.statusCode = 201;
        response.end("made");
      }, 20);
    });
    const answer = await fetch(`${base}/api/things?secret=do-not-log`, { method: "POST", body: "x" });
    expect(answer.status).toBe(201);
    await settle();
    const lines = entries();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "info", msg: "request done", method: "POST", path: "/api/things", status: 201 });
    expect(lines[0]!.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(lines[0]!.durationMs as number).toBeGreaterThanOrEqual(15);
    expect(JSON.stringify(lines)).not.toContain("do-not-log");
  });

  it("gives each request its own id, which its handling reads from the request context, whatever the client sends", async () => {
    const seen: Array<string | undefined> = [];
    const { base, entries } = await serve((_request, response) => {
      // Read after an await, as a page or handler would.
      void Promise.resolve().then(() => {
        seen.push(currentRequestId());
        response.end("ok");
      });
    });
    await fetch(`${base}/health`, { headers: { "x-request-id": "chosen-by-the-client" } });
    await fetch(`${base}/health`);
    await settle();
    const ids = entries().map((entry) => entry.requestId);
    expect(ids).toHaveLength(2);
    expect(ids[0]).not.toBe(ids[1]);
    expect(seen).toEqual(ids);
    expect(ids).not.toContain("chosen-by-the-client");
    expect(currentRequestId()).toBeUndefined();
  });

  it("puts the socket's peer and X-Forwarded-For in the request context, for sign-in throttling, and logs neither", async () => {
    const seen: unknown[] = [];
    const { base, entries } = await serve((_request, response) => {
      void Promise.resolve().then(() => {
        seen.push(currentConnection());
        response.end("ok");
      });
    });
    await fetch(`${base}/api/auth/callback/credentials`, { headers: { "x-forwarded-for": "203.0.113.9, 198.51.100.7" } });
    await fetch(`${base}/sign-in`);
    await settle();
    expect(seen).toEqual([
      { socketAddress: "127.0.0.1", forwardedFor: "203.0.113.9, 198.51.100.7" },
      { socketAddress: "127.0.0.1", forwardedFor: undefined },
    ]);
    expect(JSON.stringify(entries())).not.toMatch(/203\.0\.113\.9|127\.0\.0\.1/);
  });

  it("logs a response the client gave up on as aborted", async () => {
    const { base, entries } = await serve((_request, response) => {
      response.writeHead(200, { "content-type": "text/plain" });
      response.write("partial");
      // Never ends: the client closes first.
    });
    await new Promise<void>((resolve) => {
      const request = httpRequest(`${base}/slow`, (response) => {
        response.once("data", () => {
          request.destroy();
          resolve();
        });
      });
      request.end();
    });
    await settle();
    expect(entries()).toEqual([expect.objectContaining({ path: "/slow", status: 200, aborted: true })]);
  });

  it("keeps built files out of the log at the info level and shows them at debug", async () => {
    const quiet = await serve((_request, response) => response.end("js"));
    await fetch(`${quiet.base}/_next/static/chunks/app.js`);
    await fetch(`${quiet.base}/dashboard`);
    await settle();
    expect(quiet.entries().map((entry) => entry.path)).toEqual(["/dashboard"]);

    unsubscribe(requestStartChannel, listener!);
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    const verbose = await serve((_request, response) => response.end("js"), "debug");
    await fetch(`${verbose.base}/_next/static/chunks/app.js`);
    await settle();
    expect(verbose.entries()).toEqual([expect.objectContaining({ level: "debug", path: "/_next/static/chunks/app.js", status: 200 })]);
  });
});
