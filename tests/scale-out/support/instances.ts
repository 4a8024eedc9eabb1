import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import type { Credentials } from "../../e2e/support/accounts";

// The two app instances scripts/test-scale-out.sh starts on one PostgreSQL database. Cookies for a
// host are sent to every port of it, so one browser context is "one person" on both instances.

export const instanceA = process.env.SCALE_OUT_A_URL ?? "http://127.0.0.1:3505";
export const instanceB = process.env.SCALE_OUT_B_URL ?? "http://127.0.0.1:3506";

export const instances = [
  { name: "A", origin: instanceA },
  { name: "B", origin: instanceB },
] as const;

/** An absolute URL of a path on one instance. */
export const at = (origin: string, path: string): string => new URL(path, origin).toString();

/**
 * Posts credentials to one instance's next-auth endpoint, with a CSRF token from that instance, as
 * the sign-in form does (tests/e2e/support/auth.ts postCredentials, for a chosen origin).
 */
export async function postCredentialsTo(request: APIRequestContext, origin: string, { email, password }: Credentials): Promise<APIResponse> {
  const csrf = await request.get(at(origin, "/api/auth/csrf"));
  expect(csrf.ok(), `GET ${origin}/api/auth/csrf`).toBe(true);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return request.post(at(origin, "/api/auth/callback/credentials"), {
    form: { csrfToken, email, password, callbackUrl: "/home", json: "true" },
    maxRedirects: 0,
  });
}
