import "server-only";
import type { LoggerInstance } from "next-auth";
import { requestLogger } from "./request-logger";

// next-auth's own messages, as JSON lines of the app's log with the request id, instead of its
// default "[next-auth][error]…" console text. Only the code and the error go out: the metadata
// next-auth adds may hold the session token or the submitted credentials. Debug messages are dropped.
export const nextAuthLogger: Partial<LoggerInstance> = {
  error(code, metadata) {
    const error = metadata instanceof Error ? metadata : metadata.error;
    void requestLogger().then((log) => log.error({ authCode: code, err: error }, "next-auth error"));
  },
  warn(code) {
    void requestLogger().then((log) => log.warn({ authCode: code }, "next-auth warning"));
  },
  debug() {},
};
