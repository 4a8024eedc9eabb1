import type { Instrumentation } from "next";

// At start, console output and the access log are routed into the JSON log (lib/log). Server errors
// nobody caught (a page, action, route handler or the proxy threw) are logged here as one JSON line
// with the request's id (given by lib/log/access-log.ts, passed on by the proxy), so a user's report ("error ref …") or an
// X-Request-Id can be matched to the failure. Next still answers with its error page. With SMTP
// configured, the email delivery schedule starts here too.

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ jobLogger }, { routeConsoleToLog }, { startAccessLog }] = await Promise.all([
    import("@/lib/log/logger"),
    import("@/lib/log/console-to-log"),
    import("@/lib/log/access-log"),
  ]);
  // From here on, what Next or a library prints with console.* is a JSON line as well.
  routeConsoleToLog();
  startAccessLog();
  jobLogger("startup").info({ nodeEnv: process.env.NODE_ENV }, "server started");
  // Failed emails are retried on a schedule, not only when the next event writes an email.
  const { readEnv, smtpConfigured } = await import("@/lib/env");
  const env = readEnv();
  if (smtpConfigured(env)) {
    const { startDeliverySchedule } = await import("@/lib/mail/delivery-schedule");
    startDeliverySchedule(env.MAIL_RETRY_INTERVAL_SECONDS * 1000);
  }
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ jobLogger, loggerForRequestId }, { loggablePath }] = await Promise.all([import("@/lib/log/logger"), import("@/lib/log/loggable-path")]);
  const header = request.headers["x-request-id"];
  const requestId = Array.isArray(header) ? header[0] : header;
  const log = requestId ? loggerForRequestId(requestId) : jobLogger("outside-request");
  log.error(
    { err: error, method: request.method, path: loggablePath(request.path), routePath: context.routePath, routeType: context.routeType },
    "request failed with an uncaught error",
  );
};
