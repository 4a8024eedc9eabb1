import "server-only";
import { listRecentLoginAttempts, recordLoginAttempt } from "@/lib/db/queries/login-attempts";
import { findLoginCandidate } from "@/lib/db/queries/users";
import { evaluateLoginThrottle, LOGIN_WINDOW_MS, normaliseEmail, type LoginThrottle } from "./login-throttle";
import { spendDecoyVerification, verifyPassword } from "./password-hash";
import type { Role } from "./roles";

export type LoginResult =
  | { outcome: "signed-in"; user: { id: string; email: string; name: string; role: Role } }
  | { outcome: "invalid" }
  | { outcome: "throttled"; retryAfterSeconds: number };

export async function readLoginThrottle(rawEmail: string, now = new Date()): Promise<LoginThrottle> {
  const email = normaliseEmail(rawEmail);
  const attempts = await listRecentLoginAttempts(email, new Date(now.getTime() - LOGIN_WINDOW_MS));
  return evaluateLoginThrottle(attempts, now);
}

/**
 * Checks a password login. Unknown emails, wrong passwords and deactivated accounts all read as
 * "invalid" so the answer never reveals which accounts exist; every attempt counts toward the throttle.
 */
export async function attemptLogin(rawEmail: string, password: string): Promise<LoginResult> {
  const email = normaliseEmail(rawEmail);
  const throttle = await readLoginThrottle(email);
  if (throttle.locked) return { outcome: "throttled", retryAfterSeconds: throttle.retryAfterSeconds };

  const candidate = await findLoginCandidate(email);
  let valid = false;
  if (candidate) valid = (await verifyPassword(candidate.passwordHash, password)) && candidate.active;
  else await spendDecoyVerification(password);

  await recordLoginAttempt(email, valid);
  if (!valid || !candidate) return { outcome: "invalid" };
  return { outcome: "signed-in", user: { id: candidate.id, email: candidate.email, name: candidate.name, role: candidate.role } };
}
