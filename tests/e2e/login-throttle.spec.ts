import type { Browser } from "@playwright/test";
import { demo, demoCredentials } from "./support/accounts";
import { fillSignInForm, postCredentials, signInThroughForm, signInWithApi } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

// Journey: password guessing is throttled per account and client address. A few wrong passwords
// from one address refuse that account from that address (even the right password, with 429),
// while its owner still signs in from their own. The app runs without a trusted proxy here, so the
// client address is the socket's: the browser reaches the server at 127.0.0.1, and the "other
// address" reaches it over IPv6 loopback ([::1]), which the server counts as another client.
// Every failed sign-in from 127.0.0.1 counts toward that address's limit (30 in 15 minutes) for the
// whole e2e run, so the guessing here comes from [::1].

const invalidMessage = "The email address or password is not correct.";
const throttledMessage = "Too many failed sign-in attempts. Wait 15 minutes and try again.";
const pairLimit = 5;

/** The app's origin over IPv6 loopback: the same server, reached from another client address. */
function otherAddressOrigin(baseURL: string | undefined): string {
  const url = new URL(baseURL ?? "http://127.0.0.1:3100");
  return `http://[::1]:${url.port}`;
}

async function contextFromOtherAddress(browser: Browser, baseURL: string | undefined) {
  return browser.newContext({ baseURL: otherAddressOrigin(baseURL), locale: "en-GB" });
}

// Both journeys guess at demo accounts that every other spec signs in to from 127.0.0.1: that
// those keep working while the guessing goes on is the point.
test("an attacker cannot lock the admin out: wrong passwords refuse the account from the attacker's address only", async ({ page, browser, baseURL }) => {
  const admin = demoCredentials(demo.admin);
  const attacker = await contextFromOtherAddress(browser, baseURL);
  try {
    for (let attempt = 1; attempt <= pairLimit; attempt += 1) {
      const response = await postCredentials(attacker.request, { email: admin.email, password: `Wrong-password-${attempt}-xyz` });
      // next-auth answers a wrong password with 401; 429 would mean the throttle came too early.
      expect(response.status(), `attempt ${attempt} is refused as wrong, not throttled`).toBe(401);
    }
    // From the attacker's address even the right password is refused now, before it is checked.
    const refused = await postCredentials(attacker.request, admin);
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: "TooManyAttempts" });
    expect(await (await attacker.request.get("/api/auth/session")).json()).toEqual({});
  } finally {
    await attacker.close();
  }

  // The admin, from their own address, signs in.
  await signInThroughForm(page, admin);
});

test("the sign-in form says why it refuses after too many wrong passwords, and other accounts still sign in", async ({ browser, baseURL }) => {
  const account = demoCredentials(demo.plastikMajuManager);
  const context = await contextFromOtherAddress(browser, baseURL);
  try {
    const page = await context.newPage();
    await page.goto("/sign-in");
    const alert = page.locator("form").getByRole("alert");
    // The form posts to its server action, which runs the same checks and throttle as the endpoint.
    await fillSignInForm(page, { email: account.email, password: "Wrong-password-1-xyz" });
    await expect(alert).toHaveText(invalidMessage);
    await expect(page.getByLabel("Email address")).toHaveValue(account.email);
    // The rest of the guesses as the form posts them, without the browser (quicker).
    for (let attempt = 2; attempt <= pairLimit; attempt += 1) {
      const response = await postCredentials(context.request, { email: account.email, password: `Wrong-password-${attempt}-xyz` });
      expect(response.status(), `attempt ${attempt}`).toBe(401);
    }

    await fillSignInForm(page, account);
    await expect(alert).toHaveText(throttledMessage);
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByTestId("signed-in-user")).toHaveCount(0);
    await expectNoAxeViolations(page, "sign-in page with the throttle message");

    // The limit is per account and address: another account signs in from the same browser.
    await signInWithApi(context.request, demoCredentials(demo.seriJayaManager));
  } finally {
    await context.close();
  }
});
