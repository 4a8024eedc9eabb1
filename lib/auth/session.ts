import "server-only";
import { cookies } from "next/headers";
import { getToken } from "next-auth/jwt";
import { cache } from "react";
import { findActiveSessionUser, type SessionUser } from "@/lib/db/queries/sessions";

export type { SessionUser };

/** The session id from the signed session cookie, or null when absent or tampered with. */
export async function readSessionId(): Promise<string | null> {
  const cookieStore = await cookies();
  const token = await getToken({
    req: { cookies: Object.fromEntries(cookieStore.getAll().map((c) => [c.name, c.value])), headers: {} } as never,
    secret: process.env.NEXTAUTH_SECRET,
  }).catch(() => null);
  // Only a well-formed id reaches the database (a forged token must not cause a query error).
  return typeof token?.sid === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(token.sid) ? token.sid : null;
}

/** The signed-in user of this request, or null. Checked against the database on every request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const sid = await readSessionId();
  return sid ? findActiveSessionUser(sid) : null;
});
