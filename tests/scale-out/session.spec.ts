import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { strongPassword } from "../e2e/support/accounts";
import { signInThroughForm } from "../e2e/support/auth";
import { signUpSme } from "../e2e/support/sign-up";
import { at, instanceA, instanceB } from "./support/instances";

// Scale-out: a session lives in the database, not in the instance that created it. A browser
// signed in through one instance is signed in on the other; ending a session on one instance
// (a password change, a sign-out) ends it on the other too.

async function openBrowser(browser: Browser, origin: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: origin, locale: "en-GB" });
  return { context, page: await context.newPage() };
}

async function expectSignedIn(page: Page, origin: string, firmName: string): Promise<void> {
  await page.goto(at(origin, "/dashboard"));
  await expect(page).toHaveURL(at(origin, "/dashboard"));
  await expect(page.getByRole("region", { name: firmName })).toBeVisible();
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
}

async function expectSignedOut(page: Page, origin: string): Promise<void> {
  await page.goto(at(origin, "/dashboard"));
  await expect(page).toHaveURL(at(origin, "/sign-in?callbackUrl=%2Fdashboard"));
  await expect(page.getByTestId("signed-in-user")).toHaveCount(0);
}

test("a session from one instance works on the other, and ending it on one ends it on both", async ({ browser }) => {
  // The laptop signs up and signs in on A; the same cookies open the dashboard on B.
  const laptop = await openBrowser(browser, instanceA);
  const sme = await signUpSme(laptop.page, "scale-session");
  await signInThroughForm(laptop.page, sme);
  await expectSignedIn(laptop.page, instanceB, sme.firmName);
  const sessionOnB = await laptop.context.request.get(at(instanceB, "/api/auth/session"));
  expect(await sessionOnB.json()).toMatchObject({ user: { name: sme.name } });

  // A phone signs in on B and is known on A.
  const phone = await openBrowser(browser, instanceB);
  await signInThroughForm(phone.page, sme);
  await expectSignedIn(phone.page, instanceA, sme.firmName);

  // The password is changed on A, which ends every other session of the person: B refuses the phone.
  const newPassword = strongPassword();
  await laptop.page.goto(at(instanceA, "/account"));
  await laptop.page.getByLabel("Current password").fill(sme.password);
  await laptop.page.getByLabel("New password", { exact: true }).fill(newPassword);
  await laptop.page.getByLabel("Confirm new password").fill(newPassword);
  await laptop.page.getByRole("button", { name: "Change password" }).click();
  await expect(laptop.page.getByRole("status").filter({ hasText: "Your password has been changed." })).toHaveText(
    "Your password has been changed. You have been signed out on every other device.",
  );
  await expectSignedOut(phone.page, instanceB);
  await expectSignedOut(phone.page, instanceA);
  await expectSignedIn(laptop.page, instanceB, sme.firmName);

  // The laptop signs out on B. A copy of its cookies taken before no longer opens anything on A.
  const cookiesBeforeSignOut = await laptop.context.cookies();
  expect(cookiesBeforeSignOut.some((cookie) => cookie.name.includes("next-auth.session-token")), "a session cookie was set").toBe(true);
  await laptop.page.getByRole("button", { name: "Sign out" }).click();
  await expect(laptop.page).toHaveURL(at(instanceB, "/sign-in"));
  const replay = await openBrowser(browser, instanceA);
  await replay.context.addCookies(cookiesBeforeSignOut);
  await expectSignedOut(replay.page, instanceA);
  const replayedSession = await replay.context.request.get(at(instanceA, "/api/auth/session"));
  expect(await replayedSession.json(), "the replayed cookie carries no user").not.toHaveProperty("user");

  await Promise.all([laptop.context.close(), phone.context.close(), replay.context.close()]);
});
