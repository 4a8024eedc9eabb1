"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { readSessionId } from "@/lib/auth/session";
import { revokeSession } from "@/lib/db/queries/sessions";

// next-auth's cookie names (plain over HTTP, __Secure- over HTTPS); both are cleared.
const sessionCookieNames = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/**
 * Signs the caller out: the session row is revoked on the server (a copied cookie stops working)
 * and the cookie is cleared. A plain form post, so it works without JavaScript and every page
 * avoids shipping next-auth's client code. Anyone may call it; without a session it only redirects.
 */
export async function signOutAction(): Promise<void> {
  const sessionId = await readSessionId();
  if (sessionId) await revokeSession(sessionId);
  const store = await cookies();
  for (const name of sessionCookieNames) {
    for (const cookie of store.getAll()) if (cookie.name === name || cookie.name.startsWith(`${name}.`)) store.delete(cookie.name);
  }
  redirect("/sign-in");
}
