// Throttling is decided here from the recorded attempts; the attempts themselves live in the
// database so every app instance behind a load balancer sees the same count.

export const LOGIN_MAX_FAILURES = 10;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

export type LoginAttempt = { succeeded: boolean; attemptedAt: Date };
export type LoginThrottle = { locked: false } | { locked: true; retryAfterSeconds: number };

/**
 * Locked when the account has LOGIN_MAX_FAILURES failures inside the window since its last
 * success; the lock lifts when the oldest of those failures leaves the window.
 */
export function evaluateLoginThrottle(attempts: readonly LoginAttempt[], now: Date): LoginThrottle {
  const windowStart = now.getTime() - LOGIN_WINDOW_MS;
  const recent = attempts
    .filter((a) => a.attemptedAt.getTime() > windowStart && a.attemptedAt.getTime() <= now.getTime())
    .sort((a, b) => a.attemptedAt.getTime() - b.attemptedAt.getTime());
  const lastSuccess = recent.findLastIndex((a) => a.succeeded);
  const failures = recent.slice(lastSuccess + 1);
  if (failures.length < LOGIN_MAX_FAILURES) return { locked: false };
  const unlockingFailure = failures[failures.length - LOGIN_MAX_FAILURES]!;
  const unlockAt = unlockingFailure.attemptedAt.getTime() + LOGIN_WINDOW_MS;
  return { locked: true, retryAfterSeconds: Math.max(1, Math.ceil((unlockAt - now.getTime()) / 1000)) };
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
