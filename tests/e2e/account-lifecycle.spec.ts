import { readFile } from "node:fs/promises";
import type { Browser, Page } from "@playwright/test";
import { demo, strongPassword, uniqueEmail } from "./support/accounts";
import { fillSignInForm, postCredentials, signInSucceeded, signInThroughForm } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { requestResetLink, resetAnswer, resetLinkFromOutbox } from "./support/password-reset";
import { signUpSme } from "./support/sign-up";

// Journeys of an account's life: a forgotten password reset through the emailed link (the admin
// reads the email in the development outbox, as SMTP is not configured here), an admin
// deactivating and reactivating an SME, and a firm downloading all of its data.

const invalidSignIn = "The email address or password is not correct.";

async function newPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "en-GB" });
  return context.newPage();
}

test("a forgotten password is reset once through the emailed link, which ends the other sessions", async ({ page, browser, baseURL, asAdmin: admin }) => {
  // Two devices, three pages checked with axe and the outbox: about 50 s on a quiet CI machine.
  test.slow();
  const account = await signUpSme(page, "reset");
  // The same person is still signed in on another device.
  const otherDevice = await newPage(browser, baseURL);
  await signInThroughForm(otherDevice, account);

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgotten your password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reset your password" })).toBeVisible();
  await expectNoAxeViolations(page, "forgotten password page");

  // A malformed address is named at its field; an unknown one gets the same answer as a real one.
  await page.getByLabel("Email address").fill("not-an-email");
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
  const unknownEmail = uniqueEmail("nobody");
  expect(await requestResetLink(page, unknownEmail)).toBe(resetAnswer);
  await expectNoAxeViolations(page, "forgotten password page with its answer");
  expect(await requestResetLink(page, account.email.toUpperCase())).toBe(resetAnswer);

  const link = await resetLinkFromOutbox(admin, account.email);
  expect(new URL(link).origin).toBe(new URL(baseURL!).origin);
  await expect(admin.getByTestId("outbox-email").filter({ hasText: unknownEmail })).toHaveCount(0);

  await page.goto(link);
  // The token leaves the address bar at once, so no later request (or Referer) carries it.
  await expect(page).toHaveURL("/reset-password");
  await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  await expect(page.getByText(account.email)).toBeVisible();
  await expectNoAxeViolations(page, "new password form");

  const newPassword = strongPassword();
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("Confirm new password").fill(`${newPassword}-typo`);
  // Enter, not a click: an error shown as a click leaves the field moves the button from under it.
  await page.getByLabel("Confirm new password").press("Enter");
  await expect(page.getByLabel("Confirm new password")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("alert").getByRole("link", { name: "Confirm new password: The two new passwords do not match." })).toBeVisible();

  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("Confirm new password").fill(newPassword);
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page).toHaveURL("/sign-in?reset=1");
  await expect(page.getByRole("status")).toHaveText("Your password has been reset and you have been signed out everywhere. Sign in with your new password.");

  // The older session on the other device has ended.
  await otherDevice.goto("/account");
  await expect(otherDevice).toHaveURL("/sign-in?callbackUrl=%2Faccount");
  await expect(otherDevice.getByTestId("signed-in-user")).toHaveCount(0);
  await otherDevice.context().close();

  expect(await signInSucceeded(await postCredentials(page.request, account)), "the old password no longer works").toBe(false);
  await signInThroughForm(page, { email: account.email, password: newPassword });
  await expect(page).toHaveURL("/dashboard");

  // The same link again: no longer valid, with a way to ask for a new one.
  const stranger = await newPage(browser, baseURL);
  await stranger.goto(link);
  await expect(stranger).toHaveURL("/reset-password");
  await expect(stranger.getByRole("heading", { level: 1, name: "This link is no longer valid" })).toBeVisible();
  await expect(stranger.getByRole("link", { name: "Request a new link" })).toHaveAttribute("href", "/forgot-password");
  await expect(stranger.getByLabel("New password", { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(stranger, "used reset link");
  await stranger.goto(`/reset-password/${"x".repeat(43)}`);
  await expect(stranger.getByRole("heading", { level: 1, name: "This link is no longer valid" })).toBeVisible();
  await stranger.context().close();
});

test("an admin deactivates a signed-in SME, who is signed out and refused until reactivated", async ({ page, browser, baseURL, asAdmin: admin, signedInPage }) => {
  const account = await signUpSme(page, "deactivate");
  const sme = await signedInPage(account);
  await sme.goto("/dashboard");
  await expect(sme.getByRole("region", { name: account.firmName })).toBeVisible();

  await admin.goto("/admin/users");
  // The admin's own account cannot be deactivated: there is no link for it.
  const ownRow = admin.getByRole("row").filter({ hasText: demo.admin.email });
  await expect(ownRow).toContainText("You");
  await expect(ownRow.getByRole("link")).toHaveCount(0);

  const row = admin.getByRole("row").filter({ hasText: account.email });
  await row.getByRole("link", { name: `Deactivate ${account.name}` }).click();
  await expect(admin.getByRole("heading", { level: 1, name: `Deactivate ${account.name}?` })).toBeVisible();
  await expectNoAxeViolations(admin, "deactivation confirmation");
  // Going back changes nothing.
  await admin.getByRole("link", { name: "Cancel and go back to the users" }).click();
  await expect(row).toContainText("Active");
  await row.getByRole("link", { name: `Deactivate ${account.name}` }).click();
  await admin.getByRole("button", { name: "Deactivate the account" }).click();
  await expect(admin).toHaveURL(/\/admin\/users\?statusChanged=/);
  await expect(admin.getByRole("status")).toHaveText(`${account.name}'s account was deactivated and all of its sessions ended.`);
  await expect(row).toContainText("Deactivated");
  await expectNoAxeViolations(admin, "users page after a deactivation");

  // The SME's session has ended, and signing in is refused as a wrong password would be.
  await sme.goto("/dashboard");
  await expect(sme).toHaveURL("/sign-in?callbackUrl=%2Fdashboard");
  await expect(sme.getByTestId("signed-in-user")).toHaveCount(0);
  const signIn = await newPage(browser, baseURL);
  await signIn.goto("/sign-in");
  await fillSignInForm(signIn, account);
  await expect(signIn.locator("form").getByRole("alert")).toHaveText(invalidSignIn);

  await row.getByRole("link", { name: `Reactivate ${account.name}` }).click();
  await expect(admin.getByRole("heading", { level: 1, name: `Reactivate ${account.name}?` })).toBeVisible();
  await admin.getByRole("button", { name: "Reactivate the account" }).click();
  await expect(admin.getByRole("status")).toHaveText(`${account.name}'s account was reactivated. They can sign in again.`);
  await expect(row).toContainText("Active");

  await signInThroughForm(signIn, account);
  await expect(signIn).toHaveURL("/dashboard");
  await signIn.context().close();
});

test("an SME downloads all of its firm's data as JSON, and nobody else can", async ({ page, request, asOtherSme: otherSme, asOfficer: officer }) => {
  const account = await signUpSme(page, "export");
  await signInThroughForm(page, account);
  await expect(page).toHaveURL("/dashboard");
  const link = page.getByRole("link", { name: `Download all our data (JSON) for ${account.firmName}` });
  await expect(page.getByText("Passwords are never included.")).toBeVisible();
  await expectNoAxeViolations(page, "dashboard with the data download");

  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^firm-data-e2e-firm-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await readFile((await download.path())!, "utf8");
  const data = JSON.parse(text) as { firm: { name: string }; members: { email: string }[]; assessments: unknown[] };
  expect(data.firm.name).toBe(account.firmName);
  expect(data.members.map((member) => member.email)).toEqual([account.email]);
  expect(text).not.toContain("$argon2");

  const href = await link.getAttribute("href");
  expect((await otherSme.request.get(href!)).status(), "another firm's manager").toBe(404);
  expect((await officer.request.get(href!)).status(), "an officer").toBe(403);
  expect((await request.get(href!)).status(), "nobody signed in").toBe(401);
});

test("without JavaScript, a reset link is asked for and used all the same", async ({ page, browser, baseURL, asAdmin: admin }) => {
  const account = await signUpSme(page, "reset-nojs");
  const context = await browser.newContext({ baseURL, locale: "en-GB", javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto("/forgot-password");
  expect(await requestResetLink(noJs, account.email)).toBe(resetAnswer);

  await noJs.goto(await resetLinkFromOutbox(admin, account.email));
  const newPassword = strongPassword();
  await noJs.getByLabel("New password", { exact: true }).fill(newPassword);
  await noJs.getByLabel("Confirm new password").fill(newPassword);
  await noJs.getByRole("button", { name: "Save the new password" }).click();
  await expect(noJs).toHaveURL("/sign-in?reset=1");
  await context.close();

  expect(await signInSucceeded(await postCredentials(page.request, { email: account.email, password: newPassword }))).toBe(true);
});
