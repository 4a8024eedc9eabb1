import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { createUserSession, findActiveSessionUser, revokeSession } from "@/lib/db/queries/sessions";
import { nextAuthLogger } from "@/lib/log/next-auth-logger";
import { requestLogger } from "@/lib/log/request-logger";
import { SignInEmailSchema } from "./credential-schemas";
import { attemptLogin } from "./login";
import { currentClientAddress } from "./request-client";
import { isRole, sessionLifetimeMs } from "./roles";

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
        // An email no account can have (too long, or holding NUL or a lone surrogate) is a wrong
        // email: refused before the throttle and the account are looked up.
        const email = SignInEmailSchema.safeParse(credentials?.email).data;
        const password = typeof credentials?.password === "string" ? credentials.password.slice(0, 1024) : "";
        if (!email || !password) return null;
        const result = await attemptLogin(email, password, currentClientAddress());
        // Who signed in, or that an attempt failed (and which throttle limit refused it); never the
        // email typed (personal data), the client address or the password.
        const detail = result.outcome === "signed-in" ? { userId: result.user.id, role: result.user.role } : result.outcome === "throttled" ? { limit: result.limit } : {};
        (await requestLogger()).info({ outcome: result.outcome, ...detail }, "sign-in attempt");
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
        const expiresAt = new Date(Date.now() + sessionLifetimeMs(role));
        token.sid = await createUserSession(user.id, expiresAt);
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
