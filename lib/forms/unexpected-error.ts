import "server-only";
import { randomUUID } from "node:crypto";
import { requestLogger } from "@/lib/log/request-logger";

/** Logs an unexpected failure with a reference the user can quote; the user sees only the reference. */
export function logUnexpectedError(context: string, error: unknown): string {
  const ref = randomUUID().slice(0, 8);
  // The line is written once the request id is read; the caller needs the reference at once.
  void requestLogger().then((log) => log.error({ err: error, ref, context }, "unexpected error"));
  return ref;
}
