// Throttling must hold across app instances behind a load balancer, so its state lives in the
// database: these tests write attempts through one connection pool and read them through another.
import { Client } from "pg";
import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password-hash";
import { attemptLogin, readLoginThrottle } from "@/lib/auth/login";
import { evaluateLoginThrottle, LOGIN_MAX_FAILURES, LOGIN_WINDOW_MS } from "@/lib/auth/login-throttle";
import { closeDb } from "@/lib/db/client";
import { listRecentLoginAttempts, recordLoginAttempt } from "@/lib/db/queries/login-attempts";
import { createUser } from "../support/fixtures";

const minute = 60_000;

async function recordFailures(email: string, count: number, start: Date, stepMs = 1000): Promise<void> {
  for (let i = 0; i < count; i++) await recordLoginAttempt(email, false, new Date(start.getTime() + i * stepMs));
}

describe("login attempts in the database", () => {
  it("lists the attempts of one email inside the window, newest first", async () => {
    const now = new Date();
    const email = "listing@test.example";
    await recordLoginAttempt(email, false, new Date(now.getTime() - LOGIN_WINDOW_MS - minute)); // outside the window
    await recordLoginAttempt(email, true, new Date(now.getTime() - 3 * minute));
    await recordLoginAttempt(email, false, new Date(now.getTime() - 2 * minute));
    await recordLoginAttempt("someone-else@test.example", false, new Date(now.getTime() - minute));

    const attempts = await listRecentLoginAttempts(email, new Date(now.getTime() - LOGIN_WINDOW_MS));
    expect(attempts).toEqual([
      { succeeded: false, attemptedAt: new Date(now.getTime() - 2 * minute) },
      { succeeded: true, attemptedAt: new Date(now.getTime() - 3 * minute) },
    ]);
  });

  it(`locks after ${LOGIN_MAX_FAILURES} failures, and a fresh pool (another app instance) sees the lock`, async () => {
    const email = "locked@test.example";
    const now = new Date();
    const start = new Date(now.getTime() - 5 * minute);
    await recordFailures(email, LOGIN_MAX_FAILURES - 1, start);
    expect(await readLoginThrottle(email, now)).toEqual({ locked: false });

    await recordLoginAttempt(email, false, new Date(start.getTime() + LOGIN_MAX_FAILURES * 1000));
    const locked = await readLoginThrottle(email, now);
    expect(locked).toEqual({ locked: true, retryAfterSeconds: Math.ceil((start.getTime() + LOGIN_WINDOW_MS - now.getTime()) / 1000) });

    // Drop every connection of this "instance"; the next read opens a new pool.
    await closeDb();
    expect(await readLoginThrottle(email, now)).toEqual(locked);

    // A raw connection of its own sees the same rows, so no state was kept in the process.
    const client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const result = await client.query<{ failures: number }>(
        "select count(*)::int as failures from login_attempts where email = $1 and not succeeded",
        [email],
      );
      expect(result.rows[0]?.failures).toBe(LOGIN_MAX_FAILURES);
    } finally {
      await client.end();
    }
  });

  it("lifts the lock once the oldest counted failure leaves the window", async () => {
    const email = "expiring@test.example";
    const now = new Date();
    // Failures one second apart, the oldest 30 s before it leaves the window.
    await recordFailures(email, LOGIN_MAX_FAILURES, new Date(now.getTime() - LOGIN_WINDOW_MS + 30_000));
    expect((await readLoginThrottle(email, new Date(now.getTime() + 29_500))).locked).toBe(true);
    expect(await readLoginThrottle(email, new Date(now.getTime() + 30_500))).toEqual({ locked: false });
  });

  it("a success before the failures resets the count; failures of another email do not count", async () => {
    const email = "reset@test.example";
    const now = new Date();
    const start = new Date(now.getTime() - 10 * minute);
    await recordFailures(email, LOGIN_MAX_FAILURES - 1, start);
    await recordLoginAttempt(email, true, new Date(start.getTime() + 60_000));
    await recordFailures(email, LOGIN_MAX_FAILURES - 1, new Date(start.getTime() + 120_000));
    await recordFailures("noisy-neighbour@test.example", LOGIN_MAX_FAILURES * 2, start);
    expect(await readLoginThrottle(email, now)).toEqual({ locked: false });
    expect(evaluateLoginThrottle(await listRecentLoginAttempts(email, new Date(now.getTime() - LOGIN_WINDOW_MS)), now)).toEqual({ locked: false });
    expect((await readLoginThrottle("noisy-neighbour@test.example", now)).locked).toBe(true);
  });
});

describe("attemptLogin", () => {
  const password = "correct horse battery staple";

  it("signs in with the right password, in any letter case of the email, and records the attempt", async () => {
    const user = await createUser({ role: "sme", email: "right@test.example", passwordHash: await hashPassword(password) });
    expect(await attemptLogin("  RIGHT@Test.Example ", password)).toEqual({
      outcome: "signed-in",
      user: { id: user.id, email: user.email, name: user.name, role: "sme" },
    });
    const attempts = await listRecentLoginAttempts("right@test.example", new Date(Date.now() - minute));
    expect(attempts.map((a) => a.succeeded)).toEqual([true]);
  });

  it("answers the same 'invalid' for a wrong password, an unknown email and a deactivated account", async () => {
    await createUser({ role: "sme", email: "wrong@test.example", passwordHash: await hashPassword(password) });
    await createUser({ role: "sme", email: "inactive@test.example", passwordHash: await hashPassword(password), active: false });
    expect(await attemptLogin("wrong@test.example", "not the password at all")).toEqual({ outcome: "invalid" });
    expect(await attemptLogin("nobody@test.example", password)).toEqual({ outcome: "invalid" });
    expect(await attemptLogin("inactive@test.example", password)).toEqual({ outcome: "invalid" });
    const since = new Date(Date.now() - minute);
    for (const email of ["wrong@test.example", "nobody@test.example", "inactive@test.example"]) {
      expect((await listRecentLoginAttempts(email, since)).map((a) => a.succeeded), email).toEqual([false]);
    }
  });

  it(`refuses even the right password after ${LOGIN_MAX_FAILURES} failures`, async () => {
    const user = await createUser({ role: "officer", email: "target@test.example", passwordHash: await hashPassword(password) });
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) {
      expect(await attemptLogin(user.email, `guess number ${i}`)).toEqual({ outcome: "invalid" });
    }
    const result = await attemptLogin(user.email, password);
    expect(result.outcome).toBe("throttled");
    if (result.outcome === "throttled") {
      expect(result.retryAfterSeconds).toBeGreaterThan(LOGIN_WINDOW_MS / 1000 - 120);
      expect(result.retryAfterSeconds).toBeLessThanOrEqual(LOGIN_WINDOW_MS / 1000);
    }
    // A throttled attempt is refused before the password is checked and is not recorded as a success.
    const attempts = await listRecentLoginAttempts(user.email, new Date(Date.now() - LOGIN_WINDOW_MS));
    expect(attempts.filter((a) => a.succeeded)).toEqual([]);
  });

  // Regression: the throttle was read before the attempt was recorded, so parallel guesses all saw
  // zero failures and more than ten passwords could be tried in one window.
  it(`lets at most ${LOGIN_MAX_FAILURES} of many parallel guesses reach the password check`, async () => {
    const user = await createUser({ role: "sme", email: "parallel@test.example", passwordHash: await hashPassword(password) });
    const results = await Promise.all(Array.from({ length: 25 }, (_, i) => attemptLogin(user.email, `parallel guess ${i}`)));
    expect(results.filter((r) => r.outcome === "invalid")).toHaveLength(LOGIN_MAX_FAILURES);
    expect(results.filter((r) => r.outcome === "throttled")).toHaveLength(25 - LOGIN_MAX_FAILURES);
    // Refused attempts are not counted, so the lock lifts when the window of the real failures passes.
    expect(await listRecentLoginAttempts(user.email, new Date(Date.now() - LOGIN_WINDOW_MS))).toHaveLength(LOGIN_MAX_FAILURES);
  });
});
