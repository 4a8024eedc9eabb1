import type { HeaderReader } from "./same-origin";

/**
 * True when the request reached us over TLS: directly, or through a TLS-terminating proxy that says
 * so in X-Forwarded-Proto (the deployment story: docs/security.md). Cookies we set then get Secure.
 */
export function isServedOverTls(headers: HeaderReader, requestUrl?: string): boolean {
  if (requestUrl && new URL(requestUrl).protocol === "https:") return true;
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}
