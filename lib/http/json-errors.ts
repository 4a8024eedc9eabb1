import type { z } from "zod";

/** A 400 answer naming every invalid field of a request body by its dotted path. */
export function invalidBodyResponse(error: z.ZodError): Response {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "(body)";
    fields[path] ??= issue.message;
  }
  return Response.json({ error: "invalid_body", message: "The request body is not valid.", fields }, { status: 400 });
}

/** Reads a JSON body of at most `maxBytes`; null when it is missing, too large or not JSON. */
export async function readJsonBody(request: Request, maxBytes = 64 * 1024): Promise<unknown | null> {
  const text = await request.text().catch(() => null);
  if (text === null || text.length > maxBytes) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
