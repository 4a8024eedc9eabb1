import pino, { type DestinationStream, type Level, type Logger } from "pino";
import { readEnv } from "@/lib/env";
import { serializeError } from "./serialize-error";

// One structured logger for the app: a JSON object per line on stdout, ready for any collector.
// Lines written while handling a request carry its `requestId` (see request-logger.ts); lines
// written outside any request carry `job` instead (startup, email delivery, the database pool).

export type { Logger };

/** Field names whose values never reach a log, at any depth we log (top level and two below). */
export const redactedKeys = [
  "password",
  "newPassword",
  "currentPassword",
  "confirmPassword",
  "passwordHash",
  "token",
  "resetToken",
  "csrfToken",
  "sessionToken",
  "accessToken",
  "refreshToken",
  "secret",
  "cookie",
  "cookies",
  "set-cookie",
  "authorization",
  "answers",
  "answer",
  "notes",
  "note",
  "textBody",
  "body",
  "link",
  "resetLink",
] as const;

export const redactedText = "[redacted]";

function redactPaths(): string[] {
  // Keys with a hyphen need bracket notation in redact paths.
  const segment = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `["${key}"]`);
  return redactedKeys.flatMap((key) => {
    const top = segment(key).replace(/^\./, "");
    return [top, `*${segment(key)}`, `*.*${segment(key)}`];
  });
}

function configuredLevel(): Level | "silent" {
  try {
    return readEnv().LOG_LEVEL;
  } catch {
    // A bad environment is reported by whoever reads it next; logging must still work to say so.
    return "info";
  }
}

/** A logger writing to `destination` (stdout by default); tests pass a stream to read the lines back. */
export function createLogger(options: { destination?: DestinationStream; level?: Level | "silent" } = {}): Logger {
  return pino(
    {
      level: options.level ?? configuredLevel(),
      // No pid/hostname noise: the platform that collects the lines knows which instance wrote them.
      base: { service: "adp-readiness" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      messageKey: "msg",
      errorKey: "err",
      serializers: { err: serializeError, error: serializeError },
      redact: { paths: redactPaths(), censor: redactedText },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

// One per process, kept on globalThis so dev-mode module reloads share it.
const globalForLog = globalThis as unknown as { adpLogger?: Logger };

/** The process's logger. Prefer requestLogger() in request scope, or jobLogger() outside it. */
export function baseLogger(): Logger {
  globalForLog.adpLogger ??= createLogger();
  return globalForLog.adpLogger;
}

/** A logger for work done outside any request, named by `job` (e.g. "startup", "mail", "db-pool"). */
export function jobLogger(job: string, bindings: Record<string, unknown> = {}): Logger {
  return baseLogger().child({ job, ...bindings });
}

/** A logger for work done for the request with this id (lib/log/access-log.ts gives it; the proxy passes it on as x-request-id). */
export function loggerForRequestId(requestId: string, bindings: Record<string, unknown> = {}): Logger {
  return baseLogger().child({ requestId, ...bindings });
}
