// Rules of the single-use password reset link, over plain data. The token itself is made and hashed
// in lib/db/queries/password-resets.ts (only its hash is stored); these rules say when one may be
// issued and when a stored one still works.

/** A link works for one hour after it was issued. */
export const PASSWORD_RESET_LIFETIME_MS = 60 * 60 * 1000;

/** At most this many reset emails per account inside PASSWORD_RESET_WINDOW_MS, so nobody can flood an inbox. */
export const PASSWORD_RESET_MAX_PER_WINDOW = 3;
export const PASSWORD_RESET_WINDOW_MS = 60 * 60 * 1000;

/** 32 random bytes in base64url: 43 characters of [A-Za-z0-9_-], no padding. */
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** Whether a string from a URL can be a token at all; anything else is refused before the database is asked. */
export function isWellFormedResetToken(token: unknown): token is string {
  return typeof token === "string" && tokenPattern.test(token);
}

export function passwordResetExpiry(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + PASSWORD_RESET_LIFETIME_MS);
}

export type StoredPasswordReset = { expiresAt: Date; usedAt: Date | null; userActive: boolean };

/**
 * Why a link does or does not work. The person is never told which of the reasons applies (the
 * page says only "no longer valid"); the reason is for the code and the tests.
 */
export type PasswordResetState = "usable" | "unknown" | "used" | "expired" | "account-inactive";

export function passwordResetState(stored: StoredPasswordReset | null, now: Date): PasswordResetState {
  if (!stored) return "unknown";
  if (stored.usedAt) return "used";
  if (stored.expiresAt.getTime() <= now.getTime()) return "expired";
  if (!stored.userActive) return "account-inactive";
  return "usable";
}

/** Whether another reset email may go out, given how many were issued for the account inside the window. */
export function mayIssuePasswordReset(issuedInWindow: number): boolean {
  return issuedInWindow < PASSWORD_RESET_MAX_PER_WINDOW;
}

/**
 * The emailed link /reset-password/<token> moves the token into this cookie and redirects to
 * /reset-password, so the token leaves the address bar, the history and every later request's
 * Referer; the cookie is sent only to /reset-password and lives no longer than a link.
 */
export const PASSWORD_RESET_COOKIE = "adp-password-reset";
export const PASSWORD_RESET_PAGE_PATH = "/reset-password";
