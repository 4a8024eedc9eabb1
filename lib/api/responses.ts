import { loggablePath } from "@/lib/log/loggable-path";
import { loggerForRequestId } from "@/lib/log/logger";
import type { ApiError, ApiErrorCode } from "./error-schema";

// Response helpers shared by every public API handler. The API is public and stateless: it
// reads no cookie or session and changes nothing, so any site may call it from a browser
// (CORS open to every origin, never with credentials) as well as from servers and scripts.

/** Headers every API answer carries, errors included, so a browser client can read them. */
const corsHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Content-Location",
} as const;

/** A JSON answer with the API's CORS headers; `Cache-Control: no-store` unless the caller sets one. */
export function apiJson(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json(body, {
    status: init.status ?? 200,
    headers: { "Cache-Control": "no-store", ...corsHeaders, ...init.headers },
  });
}

/** A body-less answer (304) with the API's CORS headers. */
export function apiEmpty(status: number, headers: Record<string, string>): Response {
  return new Response(null, { status, headers: { ...corsHeaders, ...headers } });
}

/** An error in the API's one error shape (ApiErrorSchema). Errors are never cached. */
export function apiError(
  status: number,
  error: ApiErrorCode,
  message: string,
  detail: Pick<ApiError, "fields" | "problems" | "errorId"> = {},
): Response {
  const body: ApiError = { error, message, ...detail };
  return apiJson(body, { status });
}

/** The CORS preflight answer for a path that serves `methods`. */
export function apiPreflight(methods: readonly string[]): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders,
      "Access-Control-Allow-Methods": [...methods, "OPTIONS"].join(", "),
      "Access-Control-Allow-Headers": "Content-Type, If-None-Match",
      "Access-Control-Max-Age": "86400",
      Allow: [...methods, "OPTIONS"].join(", "),
    },
  });
}

/**
 * Runs a handler and turns anything it throws into a generic 500 in the API's error shape.
 * The error is logged with an id (the proxy's request id when there is one) that the answer
 * repeats, so a report can be matched to the log without leaking internals to the caller.
 */
export async function answerUnexpectedErrors(request: Request, handle: () => Promise<Response>): Promise<Response> {
  try {
    return await handle();
  } catch (error) {
    const errorId = request.headers.get("x-request-id") ?? crypto.randomUUID();
    loggerForRequestId(errorId).error({ err: error, errorId, method: request.method, path: loggablePath(new URL(request.url).pathname) }, "api request failed");
    return apiError(500, "internal_error", "Something went wrong on our side. Please try again later.", { errorId });
  }
}
