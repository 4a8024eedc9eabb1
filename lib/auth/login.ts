import "server-only";
import { claimLoginAttempt, markLoginAttemptSucceeded, pruneLoginAttempts, readLoginHistory } from "@/lib/db/queries/login-attempts";
import { findLoginCandidate } from "@/lib/db/queries/users";
import { evaluateLoginThrottle, normaliseEmail, type LoginClient, type LoginLimit, type LoginThrottle } from "./login-throttle";
import { spendDecoyVerification, verifyPassword } from "./password-hash";
import type { Role } from "./roles";

export type LoginResult =
  | { outcome: "signed-in"; user: { id: string; email: string; name: string; role: Role } }
  | { outcome: "invalid" }
  | { outcome: "throttled"; limit: LoginLimit; retryAfterSeconds: number };

/** Whether a sign-in of this email from this client address would be refused now (the route's early 429). */
export async function readLoginThrottle(rawEmail: string, clientAddress: string, now = new Date()): Promise<LoginThrottle> {
  const client: LoginClient = { email: normaliseEmail(rawEmail), address: clientAddress };
  if (!storable(client.email)) return { locked: false };
  return evaluateLoginThrottle(await readLoginHistory(client, now), client, now);
}

/**
 * Checks a password login from one client address (lib/auth/request-client.ts). Unknown emails,
 * wrong passwords and deactivated accounts all read as "invalid" so the answer never reveals which
 * accounts exist; every attempt counts toward the throttle, and a throttled one is refused before
 * the password is looked at, whatever it is.
 *
 * The throttle is read and the attempt recorded (as a failure until the password proves right) in
 * one locked step, so parallel guesses cannot slip past a limit (claimLoginAttempt).
 */
export async function attemptLogin(rawEmail: string, password: string, clientAddress: string, now = new Date()): Promise<LoginResult> {
  const client: LoginClient = { email: normaliseEmail(rawEmail), address: clientAddress };
  // No account has such an email; answered like a wrong password, in the same time.
  if (!storable(client.email)) {
    await spendDecoyVerification(password);
    return { outcome: "invalid" };
  }
  const claim = await claimLoginAttempt(client, now);
  await pruneLoginAttempts(now);
  if (claim.locked) return { outcome: "throttled", limit: claim.limit, retryAfterSeconds: claim.retryAfterSeconds };

  const candidate = await findLoginCandidate(client.email);
  let valid = false;
  if (candidate) valid = (await verifyPassword(candidate.passwordHash, password)) && candidate.active;
  else await spendDecoyVerification(password);

  if (!valid || !candidate) return { outcome: "invalid" };
  await markLoginAttemptSucceeded(claim.attemptId, client);
  return { outcome: "signed-in", user: { id: candidate.id, email: candidate.email, name: candidate.name, role: candidate.role } };
}

/** PostgreSQL text cannot hold NUL: such an email would fail the query (a 500) instead of failing the sign-in. */
function storable(email: string): boolean {
  return !email.includes("\u0000");
}
