import "server-only";
import { randomUUID } from "node:crypto";

/** Logs an unexpected failure with a reference the user can quote; the user sees only the reference. */
export function logUnexpectedError(context: string, error: unknown): string {
  const ref = randomUUID().slice(0, 8);
  console.error(
    JSON.stringify({ level: "error", ref, context, message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined }),
  );
  return ref;
}
