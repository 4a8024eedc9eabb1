// Errors are logged by type, message, code and stack frames only. Messages are trimmed of what
// some libraries append: drizzle's "Failed query: … params: …" carries the values written (answers,
// notes, password hashes), and pg's `detail` repeats row values. The stack's first line repeats the
// message, so only its "at …" frames are kept.

export type SerializedError = {
  type: string;
  message: string;
  code?: string;
  digest?: string;
  stack?: string;
  cause?: SerializedError;
};

const maxDepth = 3;

export function safeErrorMessage(message: string): string {
  return message.replace(/\nparams:[\s\S]*$/, "\nparams: [redacted]");
}

export function serializeError(error: unknown, depth = 0): SerializedError {
  if (!(error instanceof Error)) {
    return { type: typeof error, message: typeof error === "string" ? safeErrorMessage(error) : "non-error value thrown" };
  }
  const withExtras = error as Error & { code?: unknown; digest?: unknown };
  const frames = error.stack
    ?.split("\n")
    .filter((line) => /^\s+at /.test(line))
    .join("\n");
  return {
    type: error.name,
    message: safeErrorMessage(error.message),
    ...(typeof withExtras.code === "string" ? { code: withExtras.code } : {}),
    ...(typeof withExtras.digest === "string" ? { digest: withExtras.digest } : {}),
    ...(frames ? { stack: frames } : {}),
    ...(error.cause !== undefined && depth < maxDepth ? { cause: serializeError(error.cause, depth + 1) } : {}),
  };
}
