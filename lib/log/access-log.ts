import { randomUUID } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import { loggablePath } from "./loggable-path";
import { baseLogger, type Logger } from "./logger";
import { requestContextStore } from "./request-context";

// The access log: one line per HTTP request when its response is done, with status and duration.
// Node publishes every request its HTTP server parses on the `http.server.request.start`
// diagnostics channel, before any of Next's code runs, so this sees what the proxy cannot (the
// answer) without a custom server. It is also where each request gets its id: the listener starts
// the request context (request-context.ts) that the proxy, the app's logs and Next's console lines
// read it from.

/** The diagnostics channel on which Node's HTTP server announces each request it starts. */
export const requestStartChannel = "http.server.request.start";

export type AccessLogFields = {
  method: string;
  path: string;
  status: number;
  durationMs: number;
  /** The client went away before the whole response was sent. */
  aborted?: true;
};

/** Built files and the icon: logged at debug level, so a normal level keeps one line per page or call. */
const staticAssetPath = /^\/(?:_next\/static\/|_next\/image|favicon\.ico$)/;

export function isStaticAssetPath(path: string): boolean {
  return staticAssetPath.test(path);
}

/** The fields of one access line: never the query string or a secret in the path (loggablePath). */
export function accessLogFields(request: { method?: string; url?: string }, status: number, durationNs: bigint, finished: boolean): AccessLogFields {
  const fields: AccessLogFields = {
    method: request.method ?? "UNKNOWN",
    path: loggablePath(request.url ?? "/"),
    status,
    durationMs: Math.round(Number(durationNs) / 10_000) / 100,
  };
  if (!finished) fields.aborted = true;
  return fields;
}

function logWhenDone(log: Logger, requestId: string, request: IncomingMessage, response: ServerResponse): void {
  const started = process.hrtime.bigint();
  response.once("close", () => {
    // A subscriber's exception would surface as an uncaught error in Node; a log line is not worth that.
    try {
      const fields = accessLogFields(request, response.statusCode, process.hrtime.bigint() - started, response.writableFinished);
      const line = log.child({ requestId });
      if (isStaticAssetPath(fields.path)) line.debug(fields, "request done");
      else line.info(fields, "request done");
    } catch {
      // Nothing sensible to do: the response has already gone.
    }
  });
}

/**
 * The listener for `requestStartChannel`: gives the request its id, runs the rest of its handling
 * in a request context with that id, and writes its access line to `log` when the response is done.
 */
export function accessLogListener(log: Logger): (message: unknown) => void {
  return (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    const requestId = randomUUID();
    // Node calls this just before it emits the request to Next, in the same turn: entering the
    // context here makes it the context of everything Next does for this request.
    requestContextStore().enterWith({ requestId, connection: connectionOf(request) });
    logWhenDone(log, requestId, request, response);
  };
}

/** The peer address and X-Forwarded-For of a request, for sign-in throttling (never logged here). */
function connectionOf(request: IncomingMessage): { socketAddress?: string; forwardedFor?: string } {
  const header = request.headers["x-forwarded-for"];
  const forwardedFor = Array.isArray(header) ? header.join(",") : header;
  return { socketAddress: request.socket?.remoteAddress, forwardedFor };
}

const globalForAccessLog = globalThis as unknown as { adpAccessLog?: true };

/** Starts the access log for every HTTP server in this process, once (instrumentation.ts). */
export function startAccessLog(): void {
  if (globalForAccessLog.adpAccessLog) return;
  globalForAccessLog.adpAccessLog = true;
  subscribe(requestStartChannel, accessLogListener(baseLogger()));
}
