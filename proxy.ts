import { NextResponse, type NextRequest } from "next/server";
import { crossSiteRejection, mustRefuseCrossSite } from "@/lib/auth/same-origin";
import { isMalformedPath } from "@/lib/http/path-encoding";
import {
  actionRequestKind,
  refuseActionBodySize,
  refuseActionByHeaders,
  refuseActionFields,
  refuseEmptyArguments,
  type ActionRefusal,
} from "@/lib/http/server-action-request";
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

function plainTextResponse(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/**
 * A malformed server action request (lib/http/server-action-request.ts), answered here with a 4xx
 * instead of the 500 Next's own decoding would give. Reads the body only of requests Next would
 * decode as an action; Next buffers it for the proxy and hands the same bytes on to the page.
 */
async function refuseMalformedAction(request: NextRequest): Promise<ActionRefusal | null> {
  const kind = actionRequestKind(request.method, request.nextUrl.pathname, request.headers);
  if (kind === null) return null;
  const bodyKind = refuseActionByHeaders(kind, request.headers);
  if (typeof bodyKind === "object") return bodyKind;
  const body = await request.clone().arrayBuffer();
  const bySize = refuseActionBodySize(body.byteLength);
  if (bySize) return bySize;
  if (bodyKind === "empty-arguments") return refuseEmptyArguments(new TextDecoder().decode(body));
  let fields: [string, unknown][] | null;
  try {
    const form = await new Response(body, { headers: { "Content-Type": request.headers.get("content-type") ?? "" } }).formData();
    fields = [...form.entries()];
  } catch {
    fields = null;
  }
  return refuseActionFields(kind, fields);
}

/**
 * The answer to a request refused before any page, server action or handler runs: a cross-site
 * state change; a path Next cannot decode into route params; a malformed server action request.
 */
async function refusal(request: NextRequest): Promise<Response | null> {
  if (mustRefuseCrossSite(request.method, request.nextUrl.pathname, request.headers, process.env.APP_ORIGIN)) return crossSiteRejection();
  if (isMalformedPath(request.nextUrl.pathname)) return plainTextResponse(400, "The address is not valid.");
  const actionRefusal = await refuseMalformedAction(request);
  return actionRefusal ? plainTextResponse(actionRefusal.status, actionRefusal.message) : null;
}

export async function proxy(request: NextRequest) {
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

  const response = (await refusal(request)) ?? NextResponse.next({ request: { headers: requestHeaders } });
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
