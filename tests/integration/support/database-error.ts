// drizzle wraps driver errors (DrizzleQueryError) and keeps the PostgreSQL error as `cause`.
export function postgresErrorOf(error: unknown): { code?: string; message: string } {
  let current: unknown = error;
  while (current instanceof Error) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return { code, message: current.message };
    current = current.cause;
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

/** Resolves to the PostgreSQL error the promise rejected with; fails the test when it resolved. */
export async function expectPostgresError(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return postgresErrorOf(error);
  }
  throw new Error("expected the statement to be refused by the database, but it succeeded");
}
