import { expect, test } from "@playwright/test";
import { LOGIN_LIMITS } from "@/lib/auth/login-throttle";
import { demo, demoCredentials } from "../e2e/support/accounts";
import { fillSignInForm, signInSucceeded } from "../e2e/support/auth";
import { signUpSme } from "../e2e/support/sign-up";
import { at, instanceA, instanceB, instances, postCredentialsTo } from "./support/instances";

// Scale-out: failed sign-ins are counted in the database, so guesses from one client address
// spread over the instances behind a load balancer add up to the same lock (per account and
// address). Each instance here sees only some of the failures, which on its own does not lock an
// account (the second test shows it).

const throttledMessage = "Too many failed sign-in attempts. Wait 15 minutes and try again.";
const limit = LOGIN_LIMITS.accountAndAddress;
/** The most failures one instance sees of the alternating ones: still below the limit. */
const failuresPerInstance = Math.ceil(limit / 2);

test("wrong passwords alternating between the instances add up to the lock, and both enforce it", async ({ page, request }) => {
  const account = await signUpSme(page, "scale-throttle");

  for (let attempt = 1; attempt <= limit; attempt += 1) {
    const instance = instances[attempt % 2]!;
    const response = await postCredentialsTo(request, instance.origin, { email: account.email, password: `Wrong-password-${attempt}-xyz` });
    expect(response.status(), `attempt ${attempt} on ${instance.name} is refused as wrong, not throttled`).toBe(401);
  }

  // Either instance now refuses even the right password.
  for (const instance of instances) {
    const response = await postCredentialsTo(request, instance.origin, account);
    expect(response.status(), `the right password on ${instance.name}`).toBe(429);
    expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
    expect(await response.json()).toMatchObject({ error: "TooManyAttempts" });
  }

  // The sign-in form on B says why.
  await page.goto(at(instanceB, "/sign-in"));
  await fillSignInForm(page, account);
  await expect(page.locator("form").getByRole("alert")).toHaveText(throttledMessage);
  await expect(page.getByTestId("signed-in-user")).toHaveCount(0);
});

// A demo account (used by no other scale-out test; the database lives for this run only) saves a sign-up.
test(`${failuresPerInstance} wrong passwords on one instance alone do not lock the account`, async ({ request }) => {
  const account = demoCredentials(demo.precisionPartsManager);
  for (let attempt = 1; attempt <= failuresPerInstance; attempt += 1) {
    const response = await postCredentialsTo(request, instanceA, { email: account.email, password: `Wrong-password-${attempt}-xyz` });
    expect(response.status(), `attempt ${attempt}`).toBe(401);
  }
  expect(await signInSucceeded(await postCredentialsTo(request, instanceA, account)), "the right password still works").toBe(true);
});
