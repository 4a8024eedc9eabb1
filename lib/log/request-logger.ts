import "server-only";
import { headers } from "next/headers";
import { jobLogger, loggerForRequestId, type Logger } from "./logger";

/** The header proxy.ts sets on every request (and repeats on the response as X-Request-Id). */
export const requestIdHeader = "x-request-id";

/**
 * The logger for the current request: every line carries the request's id (given by lib/log/access-log.ts, passed on by the proxy). Use it in
 * pages, server actions, route handlers and in after() callbacks they start. `job` names work that
 * may also run outside a request (email delivery): its lines carry `job`, plus `requestId` when a
 * request started it. Outside any request and without `job` (a script, a test) lines carry
 * `job: "outside-request"`, so no line goes out without saying what it belongs to.
 */
export async function requestLogger(job?: string): Promise<Logger> {
  let requestId: string | null = null;
  try {
    requestId = (await headers()).get(requestIdHeader);
  } catch {
    // headers() throws outside request scope.
  }
  if (!requestId) return jobLogger(job ?? "outside-request");
  return loggerForRequestId(requestId, job ? { job } : {});
}

/** The logger for a request whose Request object is at hand (route handlers). */
export function loggerForRequest(request: Request): Logger {
  const requestId = request.headers.get(requestIdHeader);
  return requestId ? loggerForRequestId(requestId) : jobLogger("outside-request");
}
