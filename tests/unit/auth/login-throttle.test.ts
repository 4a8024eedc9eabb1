import { describe, expect, it } from "vitest";
import {
  evaluateLoginThrottle,
  KNOWN_ADDRESS_MS,
  LOGIN_LIMITS,
  LOGIN_WINDOW_MS,
  normaliseEmail,
  type LoginFailure,
  type LoginHistory,
} from "@/lib/auth/login-throttle";

const now = new Date("2026-05-01T12:00:00.000Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const owner = { email: "owner@firm.example", address: "192.0.2.10" };
const attacker = "203.0.113.66";

/** `count` failures, one a second, the newest `newestMsAgo` before now. */
function failures(count: number, email: string, address: string | ((i: number) => string), newestMsAgo = 1000): LoginFailure[] {
  return Array.from({ length: count }, (_, i) => ({
    email,
    address: typeof address === "string" ? address : address(i),
    attemptedAt: ago(newestMsAgo + i * 1000),
  }));
}
const history = (list: LoginFailure[], extra: Partial<LoginHistory> = {}): LoginHistory => ({ failures: list, lastSuccessFromAddress: null, lastReset: null, ...extra });
const manyAddresses = (i: number) => `198.51.100.${i + 1}`;

describe("one account from one address", () => {
  const limit = LOGIN_LIMITS.accountAndAddress;

  it(`is open after ${limit - 1} failures and locked after ${limit}, until the oldest leaves the window`, () => {
    expect(evaluateLoginThrottle(history(failures(limit - 1, owner.email, owner.address)), owner, now)).toEqual({ locked: false });
    expect(evaluateLoginThrottle(history(failures(limit, owner.email, owner.address)), owner, now)).toEqual({
      locked: true,
      limit: "accountAndAddress",
      retryAfterSeconds: LOGIN_WINDOW_MS / 1000 - limit,
    });
  });

  it("an attacker's failures lock the attacker's address, never the owner's", () => {
    const attack = history(failures(limit * 3, owner.email, attacker));
    expect(evaluateLoginThrottle(attack, { email: owner.email, address: attacker }, now).locked).toBe(true);
    expect(evaluateLoginThrottle(attack, owner, now)).toEqual({ locked: false });
  });

  it("counts only the failures after the last success from that address, or the last password reset", () => {
    const list = [...failures(limit - 1, owner.email, owner.address, 60_000), ...failures(limit - 1, owner.email, owner.address)];
    expect(evaluateLoginThrottle(history(list), owner, now).locked).toBe(true);
    expect(evaluateLoginThrottle(history(list, { lastSuccessFromAddress: ago(30_000) }), owner, now)).toEqual({ locked: false });
    expect(evaluateLoginThrottle(history(list, { lastReset: ago(30_000) }), owner, now)).toEqual({ locked: false });
    expect(evaluateLoginThrottle(history(list, { lastSuccessFromAddress: ago(120_000) }), owner, now).locked).toBe(true);
  });

  it("forgets failures older than the window; one exactly at its start no longer counts", () => {
    const boundary = (msAgo: number) => [...failures(limit - 1, owner.email, owner.address), { ...owner, attemptedAt: ago(msAgo) }];
    expect(evaluateLoginThrottle(history(boundary(LOGIN_WINDOW_MS)), owner, now)).toEqual({ locked: false });
    expect(evaluateLoginThrottle(history(boundary(LOGIN_WINDOW_MS - 1)), owner, now)).toEqual({ locked: true, limit: "accountAndAddress", retryAfterSeconds: 1 });
    expect(evaluateLoginThrottle(history(boundary(LOGIN_WINDOW_MS - 1500)), owner, now)).toMatchObject({ retryAfterSeconds: 2 });
  });

  it("ignores failures stamped after now (clock skew between instances)", () => {
    expect(evaluateLoginThrottle(history(failures(limit, owner.email, owner.address, -60_000)), owner, now)).toEqual({ locked: false });
  });
});

describe("one address over all accounts", () => {
  const limit = LOGIN_LIMITS.address;
  const spray = (count: number) => failures(count, "", attacker).map((f, i) => ({ ...f, email: `victim-${i % 10}@firm.example` }));

  it(`locks the address after ${limit} failures over many accounts (known or not), for every account`, () => {
    expect(evaluateLoginThrottle(history(spray(limit - 1)), { email: "next@firm.example", address: attacker }, now)).toEqual({ locked: false });
    expect(evaluateLoginThrottle(history(spray(limit)), { email: "next@firm.example", address: attacker }, now)).toEqual({
      locked: true,
      limit: "address",
      retryAfterSeconds: LOGIN_WINDOW_MS / 1000 - limit,
    });
    expect(evaluateLoginThrottle(history(spray(limit)), owner, now)).toEqual({ locked: false });
  });

  it("a success of the attacker's own account does not reset it", () => {
    expect(evaluateLoginThrottle(history(spray(limit), { lastSuccessFromAddress: ago(500) }), { email: "own@attacker.example", address: attacker }, now).locked).toBe(true);
  });
});

describe("one account over all addresses", () => {
  const limit = LOGIN_LIMITS.account;
  const spread = (count: number) => failures(count, owner.email, manyAddresses);

  it(`after ${limit} failures from many addresses, refuses a new address`, () => {
    const newcomer = { email: owner.email, address: "203.0.113.200" };
    expect(evaluateLoginThrottle(history(spread(limit - 1)), newcomer, now)).toEqual({ locked: false });
    expect(evaluateLoginThrottle(history(spread(limit)), newcomer, now)).toEqual({ locked: true, limit: "account", retryAfterSeconds: LOGIN_WINDOW_MS / 1000 - limit });
  });

  it("spares an address the account signed in from lately, the owner's", () => {
    expect(evaluateLoginThrottle(history(spread(limit * 2), { lastSuccessFromAddress: ago(KNOWN_ADDRESS_MS - 60_000) }), owner, now)).toEqual({ locked: false });
    expect(evaluateLoginThrottle(history(spread(limit), { lastSuccessFromAddress: ago(KNOWN_ADDRESS_MS + 60_000) }), owner, now).locked).toBe(true);
  });

  it("a password reset restarts the count", () => {
    expect(evaluateLoginThrottle(history(spread(limit), { lastReset: ago(500) }), owner, now)).toEqual({ locked: false });
  });
});

describe("several limits reached", () => {
  it("waits until every one of them is below its count", () => {
    // The pair's failures are older than the spread ones, so the account limit lifts last.
    const list = [...failures(LOGIN_LIMITS.accountAndAddress, owner.email, owner.address, 600_000), ...failures(LOGIN_LIMITS.account, owner.email, manyAddresses)];
    expect(evaluateLoginThrottle(history(list), owner, now)).toEqual({ locked: true, limit: "account", retryAfterSeconds: LOGIN_WINDOW_MS / 1000 - LOGIN_LIMITS.account });
  });

  it("does not depend on the order of the failures", () => {
    const list = [...failures(3, owner.email, owner.address), ...failures(LOGIN_LIMITS.account + 4, owner.email, manyAddresses, 30_000)];
    expect(evaluateLoginThrottle(history([...list].reverse()), owner, now)).toEqual(evaluateLoginThrottle(history(list), owner, now));
  });
});

describe("normaliseEmail", () => {
  it("trims and lower-cases, so one account has one throttle", () => {
    expect(normaliseEmail("  Manager@PlastikMaju.Example \n")).toBe("manager@plastikmaju.example");
    expect(normaliseEmail("manager@plastikmaju.example")).toBe("manager@plastikmaju.example");
  });
});
