import { safeLocalPath } from "./safe-path";

/** Only same-site paths are followed after sign-in (lib/auth/safe-path.ts); anything else goes home. */
export function safeCallbackUrl(value: unknown, fallback = "/home"): string {
  return safeLocalPath(value, fallback);
}

/**
 * The path (with query) of a Referer on this host, or null. The language switcher returns there:
 * after client-side navigation the layout's own idea of the current page is stale.
 */
export function sameHostRefererPath(referer: string | null, host: string | null): string | null {
  if (!referer || !host) return null;
  try {
    const url = new URL(referer);
    if (url.host !== host) return null;
    const path = `${url.pathname}${url.search}`;
    return safeCallbackUrl(path, "") || null;
  } catch {
    return null;
  }
}
