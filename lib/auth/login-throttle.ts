// Sign-in throttling is decided here from the recorded attempts; the attempts themselves live in
// the database so every app instance behind a load balancer sees the same counts.
//
// Three limits, all over the last LOGIN_WINDOW_MS (docs/decisions/007-sign-in-throttling.md says why):
// - one account from one client address: a few guesses, then that address waits. Only this limit
//   stands between an attacker and an account, and it cannot lock the owner out elsewhere;
// - one client address over all accounts: guessing a few passwords of many accounts is bounded;
// - one account over all addresses: a ceiling for guesses spread over many addresses. Reaching it
//   refuses the account only from addresses it has not signed in from lately, so its owner,
//   at home or at work, still gets in.

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

export const LOGIN_LIMITS = {
  /** Failures of one account from one client address. */
  accountAndAddress: 5,
  /** Failures from one client address, whatever the account (known or not). */
  address: 30,
  /** Failures of one account from every address; binds only addresses the account has not signed in from lately. */
  account: 50,
} as const;

/** An address the account signed in from this recently is its owner's, and the account ceiling spares it. */
export const KNOWN_ADDRESS_MS = 30 * 24 * 60 * 60 * 1000;

export type LoginLimit = keyof typeof LOGIN_LIMITS;

/** A failed attempt inside the window, for the account signing in or from the address it comes from. */
export type LoginFailure = { email: string; address: string; attemptedAt: Date };

export type LoginHistory = {
  failures: readonly LoginFailure[];
  /** The last successful sign-in of this account from this address. */
  lastSuccessFromAddress: Date | null;
  /** The last password reset of this account: holding the emailed link proves control of the account. */
  lastReset: Date | null;
};

export type LoginClient = { email: string; address: string };

export type LoginThrottle = { locked: false } | { locked: true; limit: LoginLimit; retryAfterSeconds: number };

/**
 * Locked when any limit is reached; the wait is until every limit reached is below its count again.
 * Counts only failures stamped inside the window and not after `now` (clock skew between instances).
 */
export function evaluateLoginThrottle(history: LoginHistory, client: LoginClient, now: Date): LoginThrottle {
  const windowStart = now.getTime() - LOGIN_WINDOW_MS;
  const inWindow = history.failures.filter((f) => f.attemptedAt.getTime() > windowStart && f.attemptedAt.getTime() <= now.getTime());
  const after = (moment: Date | null) => (f: LoginFailure) => moment === null || f.attemptedAt.getTime() > moment.getTime();
  const ofAccount = inWindow.filter((f) => f.email === client.email);
  const lastSuccessOrReset = latest(history.lastSuccessFromAddress, history.lastReset);
  const knownAddress = history.lastSuccessFromAddress !== null && history.lastSuccessFromAddress.getTime() > now.getTime() - KNOWN_ADDRESS_MS;

  const locks: { limit: LoginLimit; unlockAt: number }[] = [];
  const check = (limit: LoginLimit, failures: LoginFailure[]) => {
    const unlockAt = unlockTime(failures, LOGIN_LIMITS[limit]);
    if (unlockAt !== null) locks.push({ limit, unlockAt });
  };
  // A success from this address ends its guessing; a reset ends every address's.
  check("accountAndAddress", ofAccount.filter((f) => f.address === client.address).filter(after(lastSuccessOrReset)));
  // A success never resets this one: an attacker could sign in to an account of their own between guesses.
  check("address", inWindow.filter((f) => f.address === client.address));
  if (!knownAddress) check("account", ofAccount.filter(after(history.lastReset)));

  if (locks.length === 0) return { locked: false };
  const last = locks.reduce((a, b) => (b.unlockAt > a.unlockAt ? b : a));
  return { locked: true, limit: last.limit, retryAfterSeconds: Math.max(1, Math.ceil((last.unlockAt - now.getTime()) / 1000)) };
}

/** When `limit` or more failures are counted, the moment enough of them have left the window to fall below it. */
function unlockTime(failures: readonly LoginFailure[], limit: number): number | null {
  if (failures.length < limit) return null;
  const times = failures.map((f) => f.attemptedAt.getTime()).sort((a, b) => a - b);
  return times[times.length - limit]! + LOGIN_WINDOW_MS;
}

function latest(a: Date | null, b: Date | null): Date | null {
  if (a === null) return b;
  if (b === null) return a;
  return a.getTime() >= b.getTime() ? a : b;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
