// Checks a server log (the e2e run's stdout and stderr) against the logging rules: every line is a
// JSON object, every line says what it belongs to (`requestId` for request work, `job` otherwise),
// and no secret appears anywhere in it. Used by scripts/scan-server-log.ts after the e2e run.

export type SecretPattern = { kind: string; pattern: RegExp };

export type LogProblem = { line: number; rule: "not-json" | "no-request-id" | "secret" | "access-log"; detail: string };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const literal = (kind: string, text: string): SecretPattern => ({ kind, pattern: new RegExp(escapeRegExp(text)) });

/** Texts the e2e specs type as answer notes and review remarks; tests/unit/log checks each is still in its spec. */
export const typedNotes = [
  { spec: "tests/e2e/assessment-offline.spec.ts", text: "Shift B still fills in paper check sheets; tablets are on order." },
  { spec: "tests/e2e/assessment-no-js.spec.ts", text: "Written without JavaScript." },
  { spec: "tests/e2e/officer-review.spec.ts", text: "No training records were shown for the machine operators." },
  { spec: "tests/e2e/officer-review.spec.ts", text: "Describe how operators are trained on the new machines, with dates." },
  { spec: "tests/e2e/officer-review.spec.ts", text: "Please add evidence for the workforce skills ratings and check them again." },
] as const;

/** Passwords the e2e specs type literally (wrong, too short or too common ones included). */
export const typedPasswords = [
  { spec: "tests/e2e/password-change.spec.ts", text: "Not-my-password-123" },
  { spec: "tests/e2e/password-change.spec.ts", text: "password1234" },
  { spec: "tests/e2e/admin.spec.ts", text: "Too-short" },
  { spec: "tests/e2e/sign-up.spec.ts", text: "Short-pw-1" },
] as const;

/**
 * Every kind of secret that must never reach a log. `known` adds this run's values: the demo
 * password and the NEXTAUTH_SECRET the server ran with.
 */
export function secretPatterns(known: { demoPassword: string; nextAuthSecret?: string }): SecretPattern[] {
  return [
    literal("demo password", known.demoPassword),
    ...(known.nextAuthSecret ? [literal("NEXTAUTH_SECRET", known.nextAuthSecret)] : []),
    // tests/e2e/support/accounts.ts strongPassword(): every account the specs create, and every new password.
    { kind: "e2e generated password", pattern: /Harbour-Violet-Kettle-[0-9a-f]{6}/ },
    { kind: "e2e wrong password", pattern: /Wrong-password-\d+-xyz/ },
    ...typedPasswords.map((entry) => literal("e2e typed password", entry.text)),
    ...typedNotes.map((entry) => literal("e2e typed note", entry.text)),
    // A JWT or JWE (next-auth's session cookie is one): base64url of '{"' starts every header.
    { kind: "JWT / session token", pattern: /eyJ[A-Za-z0-9_-]{10,}/ },
    { kind: "session cookie", pattern: /next-auth\.session-token=[^;\s"]/ },
    // next-auth's CSRF cookie: token|hash, both 64 hex digits.
    { kind: "CSRF token", pattern: /[0-9a-f]{64}(?:\||%7C)[0-9a-f]{64}/i },
    // Password reset tokens: 32 random bytes in base64url (43 characters), in a link or on their own.
    { kind: "reset link", pattern: /\/reset-password\/(?!\[redacted\])[A-Za-z0-9_-]{8,}/ },
    // Firm invitation links (issue 19): the same kind of token, never logged either.
    { kind: "invitation link", pattern: /\/invitations\/(?!\[redacted\])[A-Za-z0-9_-]{8,}/ },
    { kind: "reset token", pattern: /(?<![A-Za-z0-9_-])(?=[A-Za-z0-9_-]*[A-Z])(?=[A-Za-z0-9_-]*[a-z])(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/ },
    { kind: "password hash", pattern: /\$argon2(?:id|i|d)\$/ },
    { kind: "database URL with a password", pattern: /postgres(?:ql)?:\/\/[^:/@\s]+:(?!\*\*\*@)[^@\s]+@/ },
  ];
}

/**
 * Lines that are not JSON but allowed: what `next start` prints before the app's code runs (its
 * banner), and the launcher's (scripts/start.ts) few lines for the person starting the server.
 */
export const allowedPlainLines: readonly RegExp[] = [
  /^\s*$/,
  /^\s*▲ Next\.js \d+\.\d+\.\d+/,
  /^\s*- (?:Local|Network|Environments|Experiments):/,
  /^\s*[·✓] \w/,
  /^Embedded database \(PGlite\) running on /,
  /^First start: demo data seeded/,
];

/** Colour codes Next adds to its banner when it thinks it writes to a terminal. */
const ansiEscapes = /\u001b\[[0-9;]*m/g;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function scanLog(text: string, secrets: readonly SecretPattern[], allowed: readonly RegExp[] = allowedPlainLines): LogProblem[] {
  const problems: LogProblem[] = [];
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  lines.forEach((line, index) => {
    const number = index + 1;
    // A problem names the kind of secret, never the matched text: the report is output too.
    const found = secrets.filter((secret) => secret.pattern.test(line));
    for (const secret of found) problems.push({ line: number, rule: "secret", detail: secret.kind });
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {
      entry = undefined;
    }
    if (!isObject(entry)) {
      const plain = line.replace(ansiEscapes, "");
      if (!allowed.some((pattern) => pattern.test(plain))) problems.push({ line: number, rule: "not-json", detail: found.length ? "(holds a secret)" : line.slice(0, 120) });
      return;
    }
    const hasRequestId = typeof entry.requestId === "string" && entry.requestId.length > 0;
    const hasJob = typeof entry.job === "string" && entry.job.length > 0;
    if (!hasRequestId && !hasJob) {
      problems.push({ line: number, rule: "no-request-id", detail: `neither requestId nor job: ${String(entry.msg ?? "").slice(0, 80)}` });
    }
  });
  return problems;
}

/** The message of an access line (lib/log/access-log.ts). */
export const accessLineMessage = "request done";

/**
 * Checks the access log in a server log: there is one (a run that served pages must have logged
 * them), and each access line has the request id, method, path, status and duration.
 */
export function accessLogProblems(text: string): LogProblem[] {
  const problems: LogProblem[] = [];
  let accessLines = 0;
  text.split("\n").forEach((line, index) => {
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {
      return;
    }
    if (!isObject(entry) || entry.msg !== accessLineMessage) return;
    accessLines += 1;
    const missing = [
      typeof entry.requestId === "string" && entry.requestId.length > 0 ? null : "requestId",
      typeof entry.method === "string" ? null : "method",
      typeof entry.path === "string" ? null : "path",
      Number.isInteger(entry.status) ? null : "status",
      typeof entry.durationMs === "number" && entry.durationMs >= 0 ? null : "durationMs",
    ].filter((name): name is string => name !== null);
    if (missing.length) problems.push({ line: index + 1, rule: "access-log", detail: `access line without ${missing.join(", ")}` });
  });
  if (accessLines === 0) problems.push({ line: 0, rule: "access-log", detail: "no access line at all: is startAccessLog() called in instrumentation.ts?" });
  return problems;
}
