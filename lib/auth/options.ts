import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { findActiveSessionUser, revokeSession } from "@/lib/db/queries/sessions";
import { nextAuthLogger } from "@/lib/log/next-auth-logger";
import { checkCredentials } from "./check-credentials";
import { isRole } from "./roles";
import { openSessionRow } from "./start-session";

export const TOO_MANY_ATTEMPTS = "TooManyAttempts";

// JWT sessions are required by next-auth v4 for credentials; the token carries only a session id
// whose row (user_sessions) decides validity, so sessions can be revoked and expire per role.
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  logger: nextAuthLogger,
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        const result = await checkCredentials(credentials?.email, credentials?.password);
        if (result.outcome === "throttled") throw new Error(TOO_MANY_ATTEMPTS);
        if (result.outcome === "invalid") return null;
        return result.user;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const role = (user as { role?: unknown }).role;
        if (!isRole(role)) throw new Error("user without a known role");
        const { sessionId, expiresAt } = await openSessionRow({ id: user.id, role });
        token.sid = sessionId;
        token.exp = Math.floor(expiresAt.getTime() / 1000);
      }
      return token;
    },
    async session({ session, token }) {
      // The browser learns nothing beyond the display name; pages read the user on the server.
      // A revoked or expired session row reads as signed out here too, not only in the guards.
      const active = typeof token.sid === "string" && /^[0-9a-f-]{36}$/i.test(token.sid) ? await findActiveSessionUser(token.sid) : null;
      if (!active) return { expires: new Date(0).toISOString() } as typeof session;
      return { expires: session.expires, user: { name: active.name } };
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await revokeSession(token.sid);
    },
  },
};
