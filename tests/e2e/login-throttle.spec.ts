import { demo, demoCredentials } from "./support/accounts";
import { fillSignInForm, postCredentials, signInWithApi } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { signUpSme } from "./support/sign-up";

// Journey: password guessing against one account is stopped after 10 failures; from then on
// even the right password is refused (the form says why; the API answers 429) until the window
// passes. The account is created here and used by no other test, because it stays locked.

const invalidMessage = "The email address or password is not correct.";
const throttledMessage = "Too many failed sign-in attempts for this account. Wait 15 minutes and try again.";

test("ten wrong passwords lock the account: the eleventh attempt is refused even with the right password", async ({ page, request }) => {
  const account = await signUpSme(page, "throttle");
  const alert = page.locator("form").getByRole("alert");

  for (let attempt = 1; attempt <= 10; attempt += 1) {
    const response = await fillSignInForm(page, { email: account.email, password: `Wrong-password-${attempt}-xyz` });
    // next-auth answers a wrong password with 401; 429 would mean the lock came too early.
    expect(response.status(), `attempt ${attempt} is refused as wrong, not throttled`).toBe(401);
    await expect(alert, `attempt ${attempt}`).toHaveText(invalidMessage);
  }

  const eleventh = await fillSignInForm(page, account);
  expect(eleventh.status()).toBe(429);
  await expect(alert).toHaveText(throttledMessage);
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByTestId("signed-in-user")).toHaveCount(0);
  await expectNoAxeViolations(page, "sign-in page with the throttle message");

  const api = await postCredentials(request, account);
  expect(api.status()).toBe(429);
  expect(Number(api.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await api.json()).toMatchObject({ error: "TooManyAttempts" });

  // The refused attempt created no session.
  const session = await request.get("/api/auth/session");
  expect(await session.json()).toEqual({});

  // The lock is per account: another account still signs in from the same browser.
  await signInWithApi(request, demoCredentials(demo.seriJayaManager));
});
