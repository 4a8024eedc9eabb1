import "server-only";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { createUserSession } from "@/lib/db/queries/sessions";
import { requestLogger } from "@/lib/log/request-logger";
import { sessionLifetimeMs, type Role } from "./roles";

export type SessionOwner = { id: string; email: string; name: string; role: Role };

/** Opens the session row a session cookie will name; the row, not the cookie, decides validity. */
export async function openSessionRow(user: { id: string; role: Role }): Promise<{ sessionId: string; expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + sessionLifetimeMs(user.role));
  return { sessionId: await createUserSession(user.id, expiresAt), expiresAt };
}

/**
 * next-auth's session cookie, named and set as next-auth v4 does (core/lib/cookie.ts,
 * defaultCookies): Secure with the `__Secure-` prefix when NEXTAUTH_URL is https, which is also
 * where getToken (lib/auth/session.ts) looks for it.
 */
export function sessionCookie() {
  const secure = process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
  return { name: `${secure ? "__Secure-" : ""}next-auth.session-token`, options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure } };
}

/**
 * Signs a user in from a server action (sign-in form, sign-up): a new session row, and the session
 * cookie next-auth would set after its credentials callback (a JWT encrypted by next-auth/jwt's
 * `encode` with the same secret, carrying the same claims), so getToken, /api/auth/session and
 * sign-out treat it like any other. next-auth v4 has no server-side signIn (nextauthjs/next-auth
 * #45, #3269), and its client signIn needs JavaScript and a second password entry after sign-up.
 * The caller checks the credentials first (or has just created the account) and redirects after.
 */
export async function startSession(user: SessionOwner, via: "sign-in" | "sign-up"): Promise<void> {
  const { sessionId, expiresAt } = await openSessionRow(user);
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  const maxAge = Math.floor((expiresAt.getTime() - Date.now()) / 1000);
  const token = await encode({ token: { name: user.name, email: user.email, sub: user.id, sid: sessionId }, secret, maxAge });
  const { name, options } = sessionCookie();
  (await cookies()).set(name, token, { ...options, expires: expiresAt });
  // Like the credentials endpoint's "sign-in attempt" line: who, never the email.
  (await requestLogger()).info({ userId: user.id, role: user.role, via }, "session started");
}
