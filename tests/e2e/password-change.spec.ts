import type { Page } from "@playwright/test";
import { strongPassword } from "./support/accounts";
import { postCredentials, signInSucceeded, signInThroughForm } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { signUpSme } from "./support/sign-up";

// Journey: an SME manager changes their password on the account page. Each mistake is named at
// its field and changes nothing; the change ends the person's other sessions but keeps this one,
// and from then on only the new password works.

async function submitPasswordChange(page: Page, values: { current: string; next: string; confirm: string }): Promise<void> {
  await page.getByLabel("Current password").fill(values.current);
  await page.getByLabel("New password", { exact: true }).fill(values.next);
  await page.getByLabel("Confirm new password").fill(values.confirm);
  await page.getByRole("button", { name: "Change password" }).click();
}

async function expectFieldError(page: Page, field: { id: string; label: string | RegExp }, message: string): Promise<void> {
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await expect(summary.getByRole("link", { name: message })).toHaveAttribute("href", `#${field.id}`);
  await expect(summary.getByRole("link")).toHaveCount(1);
  const input = page.getByLabel(field.label, { exact: true });
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await expect(input).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
}

test("changing the password ends the other sessions, and only the new password works afterwards", async ({ page, browser, baseURL, request }) => {
  // Sign-up, two sign-ins, four posts and two axe runs: over a minute on a loaded machine.
  test.slow();
  const account = await signUpSme(page, "password");
  await signInThroughForm(page, account);
  // The same person, signed in on another device.
  const otherDevice = await browser.newContext({ baseURL });
  const otherPage = await otherDevice.newPage();
  await signInThroughForm(otherPage, account);

  await page.getByRole("link", { name: "Account", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
  await expect(page.getByText(account.email)).toBeVisible();
  await expectNoAxeViolations(page, "account page");

  const newPassword = strongPassword();

  await submitPasswordChange(page, { current: "Not-my-password-123", next: newPassword, confirm: newPassword });
  await expectFieldError(page, { id: "currentPassword", label: "Current password" }, "Your current password is not correct.");
  await expectNoAxeViolations(page, "account page with an error");

  await submitPasswordChange(page, { current: account.password, next: "password1234", confirm: "password1234" });
  await expectFieldError(page, { id: "newPassword", label: "New password" }, "This password is too common and easy to guess. Choose a less predictable one.");

  await submitPasswordChange(page, { current: account.password, next: newPassword, confirm: `${newPassword}-typo` });
  await expectFieldError(page, { id: "confirmPassword", label: "Confirm new password" }, "The two new passwords do not match.");

  // None of the failed attempts changed anything: the other device is still signed in.
  await otherPage.goto("/account");
  await expect(otherPage.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();

  await submitPasswordChange(page, { current: account.password, next: newPassword, confirm: newPassword });
  await expect(page.getByRole("status").filter({ hasText: "Your password has been changed." })).toHaveText(
    "Your password has been changed. You have been signed out on every other device.",
  );

  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL("/sign-in?callbackUrl=%2Faccount");
  await expect(otherPage.getByTestId("signed-in-user")).toHaveCount(0);
  await otherDevice.close();

  // This session stays signed in.
  await page.goto("/dashboard");
  await expect(page.getByRole("region", { name: account.firmName })).toBeVisible();

  expect(await signInSucceeded(await postCredentials(request, account)), "the old password no longer works").toBe(false);
  const fresh = await browser.newContext({ baseURL });
  const freshPage = await fresh.newPage();
  await signInThroughForm(freshPage, { email: account.email, password: newPassword });
  await expect(freshPage).toHaveURL("/dashboard");
  await fresh.close();
});
