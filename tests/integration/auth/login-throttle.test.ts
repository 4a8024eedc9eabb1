// Sign-in throttling against a real database (PGlite and PostgreSQL). Its state lives in the
// database so it holds across app instances behind a load balancer; on PostgreSQL the parallel
// tests run on several connections at once, so they show the limits hold under real concurrency.
import { randomUUID } from "node:crypto";
import { Client } from "pg";
import { describe, expect, it } from "vitest";
import { attemptLogin, readLoginThrottle, type LoginResult } from "@/lib/auth/login";
import { KNOWN_ADDRESS_MS, LOGIN_LIMITS, LOGIN_WINDOW_MS } from "@/lib/auth/login-throttle";
import { hashPassword } from "@/lib/auth/password-hash";
import { currentClientAddress } from "@/lib/auth/request-client";
import { closeDb } from "@/lib/db/client";
import { pruneLoginAttempts, recordLoginAttempt } from "@/lib/db/queries/login-attempts";
import { parseEnv } from "@/lib/env";
import { requestContextStore } from "@/lib/log/request-context";
import { createUser } from "../support/fixtures";

const minute = 60_000;
const password = "correct horse battery staple";
const ownerAddress = "192.0.2.10";
/** A new attacker address per test: the database lives for the whole file, and the per-address limit spans accounts. */
let attackers = 0;
const newAttackerAddress = () => `203.0.113.${++attackers}`;

async function accountWithPassword(name: string) {
  return createUser({ role: "sme", email: `${name}-${randomUUID().slice(0, 8)}@test.example`, passwordHash: await hashPassword(password) });
}

const outcomes = (results: LoginResult[]) => results.map((r) => r.outcome);
const countOf = (results: LoginResult[], outcome: LoginResult["outcome"]) => results.filter((r) => r.outcome === outcome).length;

async function rawCount(query: string, params: unknown[]): Promise<number> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const result = await client.query<{ n: number }>(query, params);
    return result.rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

describe("an attacker guessing one account's password from one address", () => {
  it("is stopped after a few guesses, while the owner signs in from their own address", async () => {
    const attackerAddress = newAttackerAddress();
    const owner = await accountWithPassword("owner");
    const results: LoginResult[] = [];
    for (let i = 0; i < LOGIN_LIMITS.accountAndAddress + 5; i++) results.push(await attemptLogin(owner.email, `guess ${i}`, attackerAddress));
    expect(outcomes(results)).toEqual([...Array(LOGIN_LIMITS.accountAndAddress).fill("invalid"), ...Array(5).fill("throttled")]);

    // Even the right password is refused from the attacker's address, before it is checked.
    const refused = await attemptLogin(owner.email, password, attackerAddress);
    expect(refused.outcome).toBe("throttled");
    expect(refused).toMatchObject({ outcome: "throttled", limit: "accountAndAddress" });
    if (refused.outcome === "throttled") expect(refused.retryAfterSeconds).toBeGreaterThan(LOGIN_WINDOW_MS / 1000 - 120);

    expect((await attemptLogin(owner.email, password, ownerAddress)).outcome).toBe("signed-in");
    expect((await readLoginThrottle(owner.email, attackerAddress)).locked).toBe(true);
  });

  it("a success from the owner's address ends that address's count, not the attacker's", async () => {
    const owner = await accountWithPassword("typo");
    for (let i = 0; i < LOGIN_LIMITS.accountAndAddress - 1; i++) expect((await attemptLogin(owner.email, `typo ${i}`, ownerAddress)).outcome).toBe("invalid");
    expect((await attemptLogin(owner.email, password, ownerAddress)).outcome).toBe("signed-in");
    for (let i = 0; i < LOGIN_LIMITS.accountAndAddress - 1; i++) expect((await attemptLogin(owner.email, `typo again ${i}`, ownerAddress)).outcome).toBe("invalid");
    expect((await attemptLogin(owner.email, password, ownerAddress)).outcome).toBe("signed-in");
  });

  // Regression: the throttle was read beside, not together with, the insert of the attempt, so
  // parallel guesses could all see too few failures.
  it(`lets at most ${LOGIN_LIMITS.accountAndAddress} of many parallel guesses reach the password check`, async () => {
    const attackerAddress = newAttackerAddress();
    const owner = await accountWithPassword("parallel");
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => attemptLogin(owner.email, `parallel guess ${i}`, attackerAddress)));
    expect(countOf(results, "invalid")).toBe(LOGIN_LIMITS.accountAndAddress);
    expect(countOf(results, "throttled")).toBe(20 - LOGIN_LIMITS.accountAndAddress);
    // Refused attempts are not recorded, so the lock lifts when the window of the real failures passes.
    expect(await rawCount("select count(*)::int as n from login_attempts where email = $1", [owner.email])).toBe(LOGIN_LIMITS.accountAndAddress);
  });
});

describe("one address guessing over many accounts", () => {
  it(`is stopped after ${LOGIN_LIMITS.address} failures, whichever accounts (existing or not) they were for`, async () => {
    const attackerAddress = newAttackerAddress();
    const accounts = await Promise.all(["a", "b", "c", "d", "e", "f"].map((name) => accountWithPassword(`spray-${name}`)));
    const emails = [...accounts.map((a) => a.email), "nobody-1@test.example", "nobody-2@test.example"];
    const results: LoginResult[] = [];
    // Eight accounts in turn: at most four guesses each, below the per-account-and-address limit.
    for (let i = 0; i < LOGIN_LIMITS.address + 6; i++) results.push(await attemptLogin(emails[i % emails.length]!, `spray ${i}`, attackerAddress));
    expect(outcomes(results)).toEqual([...Array(LOGIN_LIMITS.address).fill("invalid"), ...Array(6).fill("throttled")]);

    const fresh = await accountWithPassword("fresh");
    expect(await attemptLogin(fresh.email, password, attackerAddress)).toMatchObject({ outcome: "throttled", limit: "address" });
    // Every owner still signs in from elsewhere.
    for (const account of [...accounts, fresh]) expect((await attemptLogin(account.email, password, ownerAddress)).outcome).toBe("signed-in");
  });

  it("a success of the attacker's own account does not reset the count", async () => {
    const attackerAddress = newAttackerAddress();
    const own = await accountWithPassword("own");
    for (let i = 0; i < LOGIN_LIMITS.address; i++) {
      if (i % 4 === 0) expect((await attemptLogin(own.email, password, attackerAddress)).outcome).toBe("signed-in");
      expect((await attemptLogin(`victim-${i}@test.example`, "guess", attackerAddress)).outcome).toBe("invalid");
    }
    expect((await attemptLogin("victim-next@test.example", "guess", attackerAddress)).outcome).toBe("throttled");
  });

  it(`holds under parallel guesses: exactly ${LOGIN_LIMITS.address} of them are checked`, async () => {
    const address = newAttackerAddress();
    const results = await Promise.all(Array.from({ length: LOGIN_LIMITS.address + 10 }, (_, i) => attemptLogin(`parallel-${i}@test.example`, "guess", address)));
    expect(countOf(results, "invalid")).toBe(LOGIN_LIMITS.address);
    expect(countOf(results, "throttled")).toBe(10);
  });
});

describe("guesses at one account spread over many addresses", () => {
  const spreadAddress = (i: number) => `198.51.100.${(i % 60) + 1}`;

  it(`after ${LOGIN_LIMITS.account} failures, refuse a new address but not one the owner signed in from`, async () => {
    const owner = await accountWithPassword("ceiling");
    expect((await attemptLogin(owner.email, password, ownerAddress)).outcome).toBe("signed-in");
    // Two guesses per address, below the per-account-and-address limit.
    const results: LoginResult[] = [];
    for (let i = 0; i < LOGIN_LIMITS.account + 4; i++) results.push(await attemptLogin(owner.email, `spread ${i}`, spreadAddress(Math.floor(i / 2))));
    expect(countOf(results, "invalid")).toBe(LOGIN_LIMITS.account);
    expect(outcomes(results.slice(LOGIN_LIMITS.account))).toEqual(Array(4).fill("throttled"));

    expect(await attemptLogin(owner.email, password, "203.0.113.200")).toMatchObject({ outcome: "throttled", limit: "account" });
    expect((await attemptLogin(owner.email, password, ownerAddress)).outcome).toBe("signed-in");
  });

  it("holds under parallel guesses from many addresses", async () => {
    const owner = await accountWithPassword("ceiling-parallel");
    const results = await Promise.all(Array.from({ length: LOGIN_LIMITS.account + 15 }, (_, i) => attemptLogin(owner.email, `spread ${i}`, spreadAddress(i))));
    expect(countOf(results, "invalid")).toBe(LOGIN_LIMITS.account);
    expect(countOf(results, "throttled")).toBe(15);
  });
});

describe("the client address of a request", () => {
  /** A sign-in as the HTTP server would run it: inside a request context from one socket, with the X-Forwarded-For the client sent. */
  function fromRequest(email: string, pass: string, forwardedFor: string, trustedProxyHops: number) {
    const env = parseEnv({ ...process.env, TRUSTED_PROXY_HOPS: String(trustedProxyHops) });
    const connection = { socketAddress: "::ffff:10.0.0.5", forwardedFor };
    return requestContextStore().run({ requestId: randomUUID(), connection }, () => attemptLogin(email, pass, currentClientAddress(env)));
  }

  it("ignores X-Forwarded-For without a trusted proxy: a forged header does not make a new client", async () => {
    const owner = await accountWithPassword("forged");
    for (let i = 0; i < LOGIN_LIMITS.accountAndAddress; i++) expect((await fromRequest(owner.email, `guess ${i}`, `198.51.100.${i}`, 0)).outcome).toBe("invalid");
    expect((await fromRequest(owner.email, password, "198.51.100.200", 0)).outcome).toBe("throttled");
    expect(await rawCount("select count(distinct client_address)::int as n from login_attempts where email = $1", [owner.email])).toBe(1);
  });

  it("honours it behind a trusted proxy: the client the proxy saw is the one counted", async () => {
    const attackerAddress = newAttackerAddress();
    const owner = await accountWithPassword("proxied");
    // The client writes an entry of its own; the proxy appends the address it saw.
    for (let i = 0; i < LOGIN_LIMITS.accountAndAddress; i++) expect((await fromRequest(owner.email, `guess ${i}`, `192.0.2.${i}, ${attackerAddress}`, 1)).outcome).toBe("invalid");
    expect((await fromRequest(owner.email, password, `192.0.2.99, ${attackerAddress}`, 1)).outcome).toBe("throttled");
    expect((await fromRequest(owner.email, password, ownerAddress, 1)).outcome).toBe("signed-in");
  });
});

describe("what is stored", () => {
  it("a fresh pool (another app instance) sees the same lock", async () => {
    const attackerAddress = newAttackerAddress();
    const owner = await accountWithPassword("instance");
    for (let i = 0; i < LOGIN_LIMITS.accountAndAddress; i++) await attemptLogin(owner.email, `guess ${i}`, attackerAddress);
    await closeDb();
    expect((await readLoginThrottle(owner.email, attackerAddress)).locked).toBe(true);
    expect((await readLoginThrottle(owner.email, ownerAddress)).locked).toBe(false);
  });

  it("the lock lifts once the counted failures leave the window", async () => {
    const attackerAddress = newAttackerAddress();
    const email = `expiring-${randomUUID().slice(0, 8)}@test.example`;
    const now = new Date();
    const oldest = now.getTime() - LOGIN_WINDOW_MS + 30_000;
    for (let i = 0; i < LOGIN_LIMITS.accountAndAddress; i++) await recordLoginAttempt({ email, address: attackerAddress }, false, new Date(oldest + i * 1000));
    expect((await readLoginThrottle(email, attackerAddress, new Date(now.getTime() + 29_500))).locked).toBe(true);
    expect(await readLoginThrottle(email, attackerAddress, new Date(now.getTime() + 30_500))).toEqual({ locked: false });
  });

  it("keeps one success per account and address, and prunes what the throttle no longer reads", async () => {
    const owner = await accountWithPassword("pruned");
    const client = { email: owner.email, address: ownerAddress };
    for (let i = 0; i < 3; i++) expect((await attemptLogin(owner.email, password, ownerAddress)).outcome).toBe("signed-in");
    const perPair = "select count(*)::int as n from login_attempts where email = $1 and client_address = $2 and succeeded";
    expect(await rawCount(perPair, [owner.email, ownerAddress])).toBe(1);

    const now = new Date();
    const staleFailure = await recordLoginAttempt(client, false, new Date(now.getTime() - LOGIN_WINDOW_MS - minute));
    const recentFailure = await recordLoginAttempt(client, false, new Date(now.getTime() - minute));
    const knownSuccess = await recordLoginAttempt({ ...client, address: "192.0.2.11" }, true, new Date(now.getTime() - KNOWN_ADDRESS_MS + minute));
    const forgottenSuccess = await recordLoginAttempt({ ...client, address: "192.0.2.12" }, true, new Date(now.getTime() - KNOWN_ADDRESS_MS - minute));
    await pruneLoginAttempts(now);
    const kept = "select count(*)::int as n from login_attempts where id = $1";
    expect(await rawCount(kept, [staleFailure])).toBe(0);
    expect(await rawCount(kept, [recentFailure])).toBe(1);
    expect(await rawCount(kept, [knownSuccess])).toBe(1);
    expect(await rawCount(kept, [forgottenSuccess])).toBe(0);
  });

  it("answers the same 'invalid' for a wrong password, an unknown email and a deactivated account", async () => {
    await createUser({ role: "sme", email: "wrong@test.example", passwordHash: await hashPassword(password) });
    await createUser({ role: "sme", email: "inactive@test.example", passwordHash: await hashPassword(password), active: false });
    expect(await attemptLogin("wrong@test.example", "not the password at all", ownerAddress)).toEqual({ outcome: "invalid" });
    expect(await attemptLogin("nobody@test.example", password, ownerAddress)).toEqual({ outcome: "invalid" });
    expect(await attemptLogin("inactive@test.example", password, ownerAddress)).toEqual({ outcome: "invalid" });
  });

  it("answers 'invalid' to an email PostgreSQL cannot store (NUL), not an error", async () => {
    expect(await attemptLogin("nul\u0000@test.example", password, ownerAddress)).toEqual({ outcome: "invalid" });
    expect(await readLoginThrottle("nul\u0000@test.example", ownerAddress)).toEqual({ locked: false });
  });

  it("signs in with the right password in any letter case of the email", async () => {
    const user = await createUser({ role: "sme", email: "right@test.example", passwordHash: await hashPassword(password) });
    expect(await attemptLogin("  RIGHT@Test.Example ", password, ownerAddress)).toEqual({
      outcome: "signed-in",
      user: { id: user.id, email: user.email, name: user.name, role: "sme" },
    });
  });
});
