import "server-only";
import { readEnv, type Env } from "@/lib/env";
import { currentConnection } from "@/lib/log/request-context";
import { resolveClientAddress } from "./client-address";

/** Stands for the client when the request's address is not known (work outside an HTTP request). */
export const UNKNOWN_CLIENT = "unknown";

/**
 * The address of the client of the current request, for sign-in throttling: from the connection
 * the HTTP server saw (lib/log/access-log.ts puts it in the request context), believing
 * X-Forwarded-For only as far as TRUSTED_PROXY_HOPS says.
 */
export function currentClientAddress(env: Env = readEnv()): string {
  return resolveClientAddress(currentConnection() ?? {}, env.TRUSTED_PROXY_HOPS) ?? UNKNOWN_CLIENT;
}
