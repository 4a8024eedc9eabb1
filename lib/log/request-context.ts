import { AsyncLocalStorage } from "node:async_hooks";

// The request a piece of server work is done for, from the moment Node's HTTP server parsed it
// (lib/log/access-log.ts starts it) through the proxy, the page or handler and what they await. It
// lets lines that cannot be handed a logger (Next's own console output) name their request, and it
// is the one source of the request id: set by the server, never taken from the client.

export type RequestContext = {
  requestId: string;
  /** Where the request came from, as the socket and the X-Forwarded-For header say (lib/auth/request-client.ts decides which to believe). */
  connection?: { socketAddress?: string; forwardedFor?: string };
};

// One store per process, on globalThis: the proxy, instrumentation and the app are bundled apart,
// and each bundle would otherwise hold its own.
const globalForContext = globalThis as unknown as { adpRequestContext?: AsyncLocalStorage<RequestContext> };

export function requestContextStore(): AsyncLocalStorage<RequestContext> {
  globalForContext.adpRequestContext ??= new AsyncLocalStorage<RequestContext>();
  return globalForContext.adpRequestContext;
}

/** The id of the request the current work is done for, or undefined outside any request. */
export function currentRequestId(): string | undefined {
  return requestContextStore().getStore()?.requestId;
}

/** The connection of the request the current work is done for, or undefined outside any request. */
export function currentConnection(): RequestContext["connection"] {
  return requestContextStore().getStore()?.connection;
}
