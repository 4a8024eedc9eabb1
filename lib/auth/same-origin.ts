// Cross-site request defence. proxy.ts refuses every cross-site POST/PUT/PATCH/DELETE (server actions,
// the no-JavaScript form posts and route handlers alike) before any page or handler runs; mutating
// route handlers check again themselves (rejectCrossSite), as a proxy can be bypassed.
// Browsers send Origin on every cross-origin request and Sec-Fetch-Site on all modern versions;
// a request with neither comes from a non-browser client, which cannot ride on a victim's cookies.

export type HeaderReader = { get(name: string): string | null };

export function expectedOrigin(headers: HeaderReader, configuredOrigin?: string): string | null {
  if (configuredOrigin) return new URL(configuredOrigin).origin;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!host) return null;
  const proto = headers.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}

export function isCrossSiteRequest(headers: HeaderReader, configuredOrigin?: string): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  if (origin === "null") return true;
  const expected = expectedOrigin(headers, configuredOrigin);
  return expected === null || origin !== expected;
}

export function crossSiteRejection(): Response {
  return Response.json(
    { error: "cross_site_request", message: "This request came from another site and was refused." },
    { status: 403 },
  );
}

/** For mutating route handlers: a 403 response to return when the request is cross-site, else null. */
export function rejectCrossSite(request: Request): Response | null {
  return isCrossSiteRequest(request.headers, process.env.APP_ORIGIN) ? crossSiteRejection() : null;
}

const mutatingMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Paths any site may POST to: the public, stateless JSON API, which reads no cookie or session and
 * stores nothing, and answers CORS for browser clients on other sites (lib/api/responses.ts).
 */
export const crossSiteOpenPaths: readonly string[] = ["/api/v1/score", "/api/v1/recommendations"];

/** For proxy.ts: true when the request changes state, comes from another site, and the path is not open to other sites. */
export function mustRefuseCrossSite(method: string, pathname: string, headers: HeaderReader, configuredOrigin?: string): boolean {
  if (!mutatingMethods.has(method.toUpperCase())) return false;
  if (crossSiteOpenPaths.includes(pathname.replace(/\/+$/, ""))) return false;
  return isCrossSiteRequest(headers, configuredOrigin);
}
