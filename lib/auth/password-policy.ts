import { commonPasswords } from "./common-passwords";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = "too-short" | "too-long" | "too-common" | "contains-email";

export const passwordProblemMessages: Record<PasswordProblem, string> = {
  "too-short": `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
  "too-long": `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
  "too-common": "This password is too common and easy to guess. Choose a less predictable one, e.g. a few unrelated words.",
  "contains-email": "Do not use your email address in your password.",
};

const commonSet = new Set(commonPasswords.map((p) => p.toLowerCase()));

/** NIST SP 800-63B style: length and a deny-list, no composition rules. Returns the first problem found. */
export function findPasswordProblem(password: string, context: { email?: string } = {}): PasswordProblem | null {
  // Count user-perceived characters so an emoji passphrase is not penalised for UTF-16 length.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "too-short";
  if (length > PASSWORD_MAX_LENGTH) return "too-long";
  const lower = password.toLowerCase();
  if (commonSet.has(lower) || isTrivialPattern(lower)) return "too-common";
  const localPart = context.email?.split("@")[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && lower.includes(localPart)) return "contains-email";
  return null;
}

/** A single repeated character or a run of the keyboard/alphabet/digit sequences. */
function isTrivialPattern(lower: string): boolean {
  if (new Set(lower).size <= 2) return true;
  const sequences = ["0123456789012345678901234567890", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnmqwertyuiop", "9876543210987654321098765432109876543210"];
  return sequences.some((sequence) => sequence.includes(lower));
}

/** Message keys (lib/i18n) for each problem, so forms can show them in the reader's language. */
export const passwordProblemMessageKeys = {
  "too-short": "errors.passwordTooShort",
  "too-long": "errors.passwordTooLong",
  "too-common": "errors.passwordTooCommon",
  "contains-email": "errors.passwordContainsEmail",
} as const satisfies Record<PasswordProblem, string>;
