import { readFileSync } from "node:fs";
import path from "node:path";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { demo, demoCredentials, type Credentials } from "./support/accounts";
import { signInWithApi } from "./support/auth";
import { queryDatabase } from "./support/database";
import { expect, test } from "./support/fixtures";
import { signUpSme } from "./support/sign-up";

// Sessions end when they should, without waiting for the clock. A session is a signed, encrypted
// cookie (next-auth JWT) naming a row of user_sessions; the row decides: SME sessions last 30 days,
// officer and admin sessions 12 hours (lib/auth/roles.ts). Expiry is made real by moving the
// stored row's expiry into the past (as time would), or by a cookie whose own exp has passed,
// signed with the run's real secret.

const hour = 60 * 60 * 1000;

async function newestSession(email: string): Promise<{ id: string; lifetimeMs: number }> {
  const [row] = await queryDatabase<{ id: string; lifetime_ms: number }>(
    `select s.id, (extract(epoch from s.expires_at - now()) * 1000)::float8 as lifetime_ms
       from user_sessions s join users u on u.id = s.user_id
      where u.email = $1 order by s.expires_at desc limit 1`,
    [email],
  );
  expect(row, `a session row for ${email}`).toBeDefined();
  return { id: row!.id, lifetimeMs: Number(row!.lifetime_ms) };
}

async function signedInContext(baseURL: string, credentials: Credentials): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  await signInWithApi(context, credentials);
  return context;
}

/** Whether the context's session still gets in: its own home page, and next-auth's session endpoint. */
async function expectSignedIn(context: APIRequestContext, home: string, signedIn: boolean): Promise<void> {
  const response = await context.get(home, { maxRedirects: 0 });
  if (signedIn) expect(response.status(), home).toBe(200);
  else {
    expect(response.status(), home).toBe(307);
    expect(response.headers().location ?? "", home).toContain("/sign-in");
  }
  const session = (await (await context.get("/api/auth/session")).json()) as { user?: unknown };
  expect(Boolean(session.user), "/api/auth/session").toBe(signedIn);
}

test("an SME session lasts 30 days and is refused once its stored expiry has passed", async ({ page, baseURL }) => {
  const sme = await signUpSme(page, "expiry");
  const context = await signedInContext(baseURL!, sme);
  const session = await newestSession(sme.email);
  expect(session.lifetimeMs).toBeGreaterThan(30 * 24 * hour - hour);
  expect(session.lifetimeMs).toBeLessThanOrEqual(30 * 24 * hour);
  await expectSignedIn(context, "/dashboard", true);

  // Time passes: the only write this spec makes behind the app's back.
  await queryDatabase("update user_sessions set expires_at = now() - interval '1 second' where id = $1", [session.id]);
  await expectSignedIn(context, "/dashboard", false);
  await context.dispose();
});

test("an officer session lasts 12 hours and is refused once expired", async ({ baseURL }) => {
  const context = await signedInContext(baseURL!, demoCredentials(demo.selangorOfficer));
  const session = await newestSession(demo.selangorOfficer.email);
  expect(session.lifetimeMs).toBeGreaterThan(12 * hour - hour);
  expect(session.lifetimeMs).toBeLessThanOrEqual(12 * hour);
  await expectSignedIn(context, "/officer", true);
  await queryDatabase("update user_sessions set expires_at = now() - interval '1 second' where id = $1", [session.id]);
  await expectSignedIn(context, "/officer", false);
  await context.dispose();
});

test("a session cookie past its own expiry is refused even though its session row is still valid", async ({ page, baseURL }) => {
  const sme = await signUpSme(page, "jwt-expiry");
  const signedIn = await signedInContext(baseURL!, sme);
  const session = await newestSession(sme.email);
  await signedIn.dispose();

  // The run's real secret, so only the expiry differs: scripts/test-e2e.sh exports it to the server
  // and to the tests; without it (Playwright run directly) scripts/start.ts keeps one in the data folder.
  const secret = process.env.NEXTAUTH_SECRET ?? readFileSync(path.join(process.env.ADP_E2E_DATA_DIR ?? ".data", "auth-secret"), "utf8").trim();
  const cookieFor = async (maxAge: number) => {
    const token = await encode({ token: { sid: session.id, name: sme.name }, secret, maxAge });
    const context = await playwrightRequest.newContext({
      baseURL,
      storageState: { cookies: [{ name: "next-auth.session-token", value: token, domain: "127.0.0.1", path: "/", expires: -1, httpOnly: true, secure: false, sameSite: "Lax" }], origins: [] },
    });
    return context;
  };

  const fresh = await cookieFor(60 * 60);
  await expectSignedIn(fresh, "/dashboard", true);
  await fresh.dispose();

  const expired = await cookieFor(-60 * 60);
  await expectSignedIn(expired, "/dashboard", false);
  await expired.dispose();
});
