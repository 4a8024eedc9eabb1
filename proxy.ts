import { NextResponse, type NextRequest } from "next/server";
import { crossSiteRejection, mustRefuseCrossSite } from "@/lib/auth/same-origin";
import { currentRequestId } from "@/lib/log/request-context";

// Security headers and a per-request CSP nonce for every page. Authorization is NOT done here:
// guards in lib/auth run in each page, action and handler (a proxy can be bypassed).

function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets Next's nonce-bearing bootstrap load its chunks; eval only for dev tooling.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(dev ? [] : ["upgrade-insecure-requests"]),
  ].join("; ");
}

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  // The id Node's HTTP server gave the request (lib/log/access-log.ts), never one a client sent.
  const requestId = currentRequestId() ?? crypto.randomUUID();

  const requestHeaders = new Headers(request.headers);
  // Never trust these from the client: strip, then set our own.
  requestHeaders.delete("x-middleware-subrequest");
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("x-request-id", requestId);
  requestHeaders.set("x-pathname", request.nextUrl.pathname);
  // Path with query, so sign-in can send the user back to exactly where they were.
  requestHeaders.set("x-url-path", request.nextUrl.pathname + request.nextUrl.search);
  requestHeaders.set("content-security-policy", csp);

  // A cross-site state change is refused here, before any server action or handler runs.
  const refused = mustRefuseCrossSite(request.method, request.nextUrl.pathname, request.headers, process.env.APP_ORIGIN);
  const response = refused ? crossSiteRejection() : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  response.headers.set("X-Frame-Options", "DENY");
  // Ignored by current browsers (the CSP is what stops XSS); set for older ones and for scanners that
  // still ask for it (wapiti's http_headers). mode=block, so no filtering side channel.
  response.headers.set("X-XSS-Protection", "1; mode=block");
  response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
  response.headers.set("Cross-Origin-Opener-Policy", "same-origin");
  response.headers.set("X-Request-Id", requestId);
  // Behind a TLS-terminating proxy the app itself is reached over http; the proxy says https.
  if (request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https") {
    response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  }
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
