import "server-only";
import { requestLogger } from "@/lib/log/request-logger";
import { SignInEmailSchema } from "./credential-schemas";
import { attemptLogin, type LoginResult } from "./login";
import { currentClientAddress } from "./request-client";

/**
 * One sign-in attempt with an email and password as posted, from the current request's client
 * address: the same checks, throttle and log line for next-auth's credentials endpoint and the
 * sign-in form's server action.
 */
export async function checkCredentials(rawEmail: unknown, rawPassword: unknown): Promise<LoginResult> {
  // An email no account can have (too long, or holding NUL or a lone surrogate) is a wrong email:
  // refused before the throttle and the account are looked up.
  const email = SignInEmailSchema.safeParse(rawEmail).data;
  const password = typeof rawPassword === "string" ? rawPassword.slice(0, 1024) : "";
  if (!email || !password) return { outcome: "invalid" };
  const result = await attemptLogin(email, password, currentClientAddress());
  // Who signed in, or that an attempt failed (and which throttle limit refused it); never the
  // email typed (personal data), the client address or the password.
  const detail = result.outcome === "signed-in" ? { userId: result.user.id, role: result.user.role } : result.outcome === "throttled" ? { limit: result.limit } : {};
  (await requestLogger()).info({ outcome: result.outcome, ...detail }, "sign-in attempt");
  return result;
}
