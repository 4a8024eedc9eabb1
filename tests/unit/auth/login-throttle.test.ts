import { describe, expect, it } from "vitest";
import {
  evaluateLoginThrottle,
  LOGIN_MAX_FAILURES,
  LOGIN_WINDOW_MS,
  normaliseEmail,
  type LoginAttempt,
} from "@/lib/auth/login-throttle";

const now = new Date("2026-05-01T12:00:00.000Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const failure = (msAgo: number): LoginAttempt => ({ succeeded: false, attemptedAt: ago(msAgo) });
const success = (msAgo: number): LoginAttempt => ({ succeeded: true, attemptedAt: ago(msAgo) });
/** `count` failures, one a second, the newest `newestMsAgo` before now. */
const failures = (count: number, newestMsAgo = 1000) => Array.from({ length: count }, (_, i) => failure(newestMsAgo + i * 1000));

describe("evaluateLoginThrottle", () => {
  it("is open with no attempts", () => {
    expect(evaluateLoginThrottle([], now)).toEqual({ locked: false });
  });

  it(`is open after ${LOGIN_MAX_FAILURES - 1} failures and locked after ${LOGIN_MAX_FAILURES}`, () => {
    expect(evaluateLoginThrottle(failures(LOGIN_MAX_FAILURES - 1), now)).toEqual({ locked: false });
    expect(evaluateLoginThrottle(failures(LOGIN_MAX_FAILURES), now).locked).toBe(true);
  });

  it("asks to retry when the oldest counted failure leaves the window", () => {
    // Failures at 1 s … 10 s ago: the oldest (10 s ago) leaves the window in WINDOW − 10 s.
    expect(evaluateLoginThrottle(failures(LOGIN_MAX_FAILURES), now)).toEqual({
      locked: true,
      retryAfterSeconds: LOGIN_WINDOW_MS / 1000 - LOGIN_MAX_FAILURES,
    });
  });

  it("with more failures than the limit, waits for the one that brings the count below it", () => {
    // 12 failures at 1 … 12 s ago: after the two oldest and the 10th-newest (10 s ago) leave, 9 remain.
    expect(evaluateLoginThrottle(failures(LOGIN_MAX_FAILURES + 2), now)).toEqual({
      locked: true,
      retryAfterSeconds: LOGIN_WINDOW_MS / 1000 - LOGIN_MAX_FAILURES,
    });
  });

  it("rounds the wait up and never answers less than one second", () => {
    const oldestAgo = (ms: number) => [...failures(LOGIN_MAX_FAILURES - 1), failure(ms)];
    expect(evaluateLoginThrottle(oldestAgo(LOGIN_WINDOW_MS - 1500), now)).toEqual({ locked: true, retryAfterSeconds: 2 });
    expect(evaluateLoginThrottle(oldestAgo(LOGIN_WINDOW_MS - 200), now)).toEqual({ locked: true, retryAfterSeconds: 1 });
    expect(evaluateLoginThrottle(oldestAgo(LOGIN_WINDOW_MS - 1), now)).toEqual({ locked: true, retryAfterSeconds: 1 });
  });

  it("forgets failures older than the window; one exactly at its start no longer counts", () => {
    const old = Array.from({ length: LOGIN_MAX_FAILURES }, (_, i) => failure(LOGIN_WINDOW_MS + i));
    expect(evaluateLoginThrottle(old, now)).toEqual({ locked: false });
    const withBoundary = [...failures(LOGIN_MAX_FAILURES - 1), failure(LOGIN_WINDOW_MS)];
    expect(evaluateLoginThrottle(withBoundary, now)).toEqual({ locked: false });
    const justInside = [...failures(LOGIN_MAX_FAILURES - 1), failure(LOGIN_WINDOW_MS - 1)];
    expect(evaluateLoginThrottle(justInside, now).locked).toBe(true);
  });

  it("counts only the failures after the last success", () => {
    const attempts = [...failures(LOGIN_MAX_FAILURES - 1, 60_000), success(30_000), ...failures(LOGIN_MAX_FAILURES - 1)];
    expect(evaluateLoginThrottle(attempts, now)).toEqual({ locked: false });
    expect(evaluateLoginThrottle([...attempts, failure(500)], now).locked).toBe(true);
  });

  it("a success before the failures does not unlock", () => {
    expect(evaluateLoginThrottle([success(60_000), ...failures(LOGIN_MAX_FAILURES)], now).locked).toBe(true);
  });

  it("ignores attempts stamped after now (clock skew between instances)", () => {
    const future = Array.from({ length: LOGIN_MAX_FAILURES }, (_, i) => failure(-(i + 1) * 1000));
    expect(evaluateLoginThrottle(future, now)).toEqual({ locked: false });
    expect(evaluateLoginThrottle([...failures(LOGIN_MAX_FAILURES), success(-1000)], now).locked).toBe(true);
  });

  it("does not depend on the order of its input", () => {
    const attempts = [...failures(LOGIN_MAX_FAILURES - 1, 60_000), success(30_000), ...failures(LOGIN_MAX_FAILURES - 1)];
    const shuffled = [...attempts].reverse();
    shuffled.push(shuffled.shift()!);
    expect(evaluateLoginThrottle(shuffled, now)).toEqual(evaluateLoginThrottle(attempts, now));
    const locked = failures(LOGIN_MAX_FAILURES + 3);
    expect(evaluateLoginThrottle([...locked].reverse(), now)).toEqual(evaluateLoginThrottle(locked, now));
  });
});

describe("normaliseEmail", () => {
  it("trims and lower-cases, so one account has one throttle", () => {
    expect(normaliseEmail("  Manager@PlastikMaju.Example \n")).toBe("manager@plastikmaju.example");
    expect(normaliseEmail("manager@plastikmaju.example")).toBe("manager@plastikmaju.example");
  });
});
