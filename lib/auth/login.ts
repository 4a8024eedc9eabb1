import "server-only";
import { forgetLoginAttempt, listRecentLoginAttempts, markLoginAttemptSucceeded, recordLoginAttempt } from "@/lib/db/queries/login-attempts";
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
 *
 * The attempt is recorded (as a failure) before the throttle is read, and the throttle counts only
 * attempts recorded earlier: of many parallel guesses, the one recorded eleventh sees ten failures
 * and is refused, so parallel requests cannot slip past the limit.
 */
export async function attemptLogin(rawEmail: string, password: string, now = new Date()): Promise<LoginResult> {
  const email = normaliseEmail(rawEmail);
  const attemptId = await recordLoginAttempt(email, false, now);
  const earlier = await listRecentLoginAttempts(email, new Date(now.getTime() - LOGIN_WINDOW_MS), attemptId);
  // Judged after reading: a parallel request may have taken its timestamp just after ours.
  const throttle = evaluateLoginThrottle(earlier, new Date(Math.max(now.getTime(), Date.now())));
  if (throttle.locked) {
    await forgetLoginAttempt(attemptId);
    return { outcome: "throttled", retryAfterSeconds: throttle.retryAfterSeconds };
  }

  const candidate = await findLoginCandidate(email);
  let valid = false;
  if (candidate) valid = (await verifyPassword(candidate.passwordHash, password)) && candidate.active;
  else await spendDecoyVerification(password);

  if (!valid || !candidate) return { outcome: "invalid" };
  await markLoginAttemptSucceeded(attemptId);
  return { outcome: "signed-in", user: { id: candidate.id, email: candidate.email, name: candidate.name, role: candidate.role } };
}
