import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/lib/db/demo-data";
import { accessLogProblems, scanLog, secretPatterns, typedNotes, typedPasswords } from "@/scripts/lib/log-scan";
import { strongPassword } from "@/tests/e2e/support/accounts";

const nextAuthSecret = "k3Jd8sLq0ZpXw2Vn5Rt7Yb9Ue1Io4Pa6Sd8Fg0Hj2Kl";
const secrets = secretPatterns({ demoPassword: DEMO_PASSWORD, nextAuthSecret });

const line = (fields: Record<string, unknown>) => JSON.stringify({ level: "info", time: "2026-11-28T10:00:00.000Z", service: "adp-readiness", ...fields });

const cleanLog = [
  "\u001b[1m\u001b[38;2;173;127;168m▲ Next.js 16.4.6\u001b[39m\u001b[22m",
  "- Local:         http://localhost:3204",
  "- Network:       http://192.0.2.2:3204",
  "\u001b[32m\u001b[1m✓\u001b[22m\u001b[39m Ready in 965ms",
  "\u001b[32m\u001b[1m✓\u001b[22m\u001b[39m Running next.config.js took 210ms",
  "",
  "Embedded database (PGlite) running on postgres://postgres:***@127.0.0.1:54404/postgres",
  line({ job: "startup", msg: "server started" }),
  line({ requestId: "6f1d2c3b-1a2b-4c3d-9e8f-0a1b2c3d4e5f", method: "GET", path: "/reset-password/[redacted]", status: 303, durationMs: 4.21, msg: "request done" }),
  line({ requestId: "6f1d2c3b-1a2b-4c3d-9e8f-0a1b2c3d4e5f", job: "mail", sent: 1, failed: 0, msg: "email delivery run" }),
  line({ requestId: "7a1d2c3b-1a2b-4c3d-9e8f-0a1b2c3d4e5f", password: "[redacted]", msg: "sign-up failed" }),
  line({ job: "db-pool", level: "error", err: { type: "Error", message: "Connection terminated", stack: "    at Socket.<anonymous> (/app/node_modules/pg/lib/client.js:132:73)" } }),
].join("\n");

describe("the server log scan", () => {
  it("passes a clean log: JSON lines with a requestId or job, and Next's start-up banner", () => {
    expect(scanLog(cleanLog, secrets)).toEqual([]);
  });

  it("passes a log whose access lines have request id, method, path, status and duration", () => {
    expect(accessLogProblems(cleanLog)).toEqual([]);
  });

  it("fails a log with no access line, or an access line that lacks a field", () => {
    expect(accessLogProblems(line({ job: "startup", msg: "server started" }))).toEqual([
      { line: 0, rule: "access-log", detail: expect.stringContaining("no access line") },
    ]);
    const partial = [line({ requestId: "r1", method: "GET", path: "/", status: 200, durationMs: 1, msg: "request done" }), line({ requestId: "r2", method: "GET", path: "/", msg: "request done" })];
    expect(accessLogProblems(partial.join("\n"))).toEqual([{ line: 2, rule: "access-log", detail: "access line without status, durationMs" }]);
  });

  it("fails a line that is not JSON, and a JSON line with neither requestId nor job", () => {
    expect(scanLog("Error: something broke\n    at foo (bar.js:1:1)", secrets).map((p) => p.rule)).toEqual(["not-json", "not-json"]);
    expect(scanLog(line({ msg: "orphan" }), secrets)).toEqual([{ line: 1, rule: "no-request-id", detail: expect.stringContaining("orphan") }]);
  });

  const token = "Zq3vX9_kP2mN8rT4wY6uB1cD5eF7gH0jK-LoMnPqRsT";
  const leaks: Array<[kind: string, text: string]> = [
    ["demo password", `sign in as admin with ${DEMO_PASSWORD}`],
    ["NEXTAUTH_SECRET", `secret ${nextAuthSecret}`],
    ["e2e generated password", `new password ${strongPassword()}`],
    ["e2e wrong password", "tried Wrong-password-3-xyz"],
    ["e2e typed password", `current ${typedPasswords[0].text}`],
    ["e2e typed note", `note: ${typedNotes[0].text}`],
    ["JWT / session token", "token eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..abc.def.ghi"],
    ["session cookie", "cookie next-auth.session-token=abc"],
    ["CSRF token", `csrf ${"a1".repeat(32)}%7C${"b2".repeat(32)}`],
    ["reset link", `link http://127.0.0.1:3204/reset-password/${token}`],
    ["invitation link", `link http://127.0.0.1:3204/invitations/${token.slice(0, 20)}`],
    ["reset token", `token ${token}`],
    ["password hash", "hash $argon2id$v=19$m=19456,t=2,p=1$abc"],
    ["database URL with a password", "postgres://app:hunter2-secret@db.internal:5432/adp"],
  ];

  it.each(leaks)("catches a %s anywhere in a line", (kind, text) => {
    const problems = scanLog(line({ requestId: "r1", detail: text }), secrets);
    expect(problems.filter((p) => p.rule === "secret").map((p) => p.detail)).toContain(kind);
    // The report names the kind, never the secret it found.
    expect(JSON.stringify(problems)).not.toContain(text);
  });

  it("covers every kind of secret it knows", () => {
    expect(new Set(leaks.map(([kind]) => kind))).toEqual(new Set(secrets.map((s) => s.kind)));
  });

  it("knows texts the e2e specs really type", () => {
    for (const entry of [...typedNotes, ...typedPasswords]) expect(readFileSync(entry.spec, "utf8"), entry.spec).toContain(entry.text);
  });
});
