import { inspect } from "node:util";
import { jobLogger, type Logger } from "./logger";
import { currentRequestId } from "./request-context";
import { safeErrorMessage } from "./serialize-error";

// Next.js and libraries print some things themselves with console.* (e.g. "Failed to find Server
// Action" for a request from an old deployment). Routed through the logger, those become JSON lines
// too, and an Error among them goes through the same serializer (no query parameters). They carry
// `job: "console"`, and the id of the request they were printed for when there is one
// (request-context.ts).

const levels = { error: "error", warn: "warn", info: "info", log: "info", debug: "debug" } as const;

export function routeConsoleToLog(log: Logger = jobLogger("console")): void {
  for (const [method, level] of Object.entries(levels) as Array<[keyof typeof levels, (typeof levels)[keyof typeof levels]]>) {
    console[method] = (...args: unknown[]) => {
      const err = args.find((arg) => arg instanceof Error);
      const text = args
        .filter((arg) => arg !== err)
        .map((arg) => (typeof arg === "string" ? arg : inspect(arg, { depth: 3, breakLength: Infinity })))
        .join(" ");
      const requestId = currentRequestId();
      (requestId ? log.child({ requestId }) : log)[level](err ? { err } : {}, safeErrorMessage(text));
    };
  }
}
