import type { Browser, Locator, Page } from "@playwright/test";
import { demo, demoCredentials, strongPassword } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { requestResetLink, resetAnswer, resetLinkFromOutbox } from "./support/password-reset";
import { fillSignUpForm, newSmeInput } from "./support/sign-up";

// Journey: the account forms (sign-in, forgotten and reset password, password change, joining a
// programme) with JavaScript on and off. A bad value is named at its field and in the summary
// (which names the field); every other value typed is still there (never a password sent back by
// the server); fixing it goes through. axe finds nothing in the pristine, refused and done states
// (axe runs in the page, so with JavaScript; the server HTML is the same without).

const modes = [true, false] as const;
const mode = (javaScript: boolean) => `JavaScript ${javaScript ? "on" : "off"}`;

async function newContextPage(browser: Browser, baseURL: string | undefined, javaScript: boolean): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "en-GB", javaScriptEnabled: javaScript });
  return context.newPage();
}

/** The summary lists exactly this one error, naming its field and linking to it; the field shows it too. */
async function expectOneFieldError(page: Page, field: { id: string; label: string }, message: string): Promise<void> {
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await expect(summary).toBeVisible();
  const link = summary.getByRole("link", { name: `${field.label}: ${message}`, exact: true });
  await expect(link).toHaveAttribute("href", `#${field.id}`);
  await expect(summary.getByRole("link")).toHaveCount(1);
  const input = page.locator(`#${field.id}`);
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await expect(input).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
}

/**
 * Submits the form by pressing Enter in a field, as a keyboard user does. (With the mouse, a field
 * error shown as the click leaves the field moves the button down, and that click can land where the
 * button was: reported to the form kit's owner.)
 */
async function submitFrom(field: Locator): Promise<void> {
  await field.press("Enter");
}

/** A fresh SME manager, signed up (and so signed in) in this page's browser. */
async function signUpHere(page: Page, purpose: string) {
  const input = newSmeInput(purpose);
  await page.goto("/sign-up");
  await fillSignUpForm(page, input);
  await expect(page).toHaveURL(/\/dashboard$/);
  return input;
}

// Each journey signs up or signs in and runs axe up to four times: slower than one page's check.
test.slow();

for (const javaScript of modes) {
  test(`sign-in (${mode(javaScript)}): a missing password is named, the email stays, and then the person gets in where they were going`, async ({ browser, baseURL }) => {
    const page = await newContextPage(browser, baseURL, javaScript);
    const account = demoCredentials(demo.seriJayaManager);
    await page.goto("/sign-in?callbackUrl=%2Faccount");
    if (javaScript) await expectNoAxeViolations(page, "sign-in form");

    // A refusal by the form's own rules is no sign-in attempt: it counts toward no throttle.
    await page.getByLabel("Email address").fill(account.email);
    await submitFrom(page.getByLabel("Email address"));
    await expectOneFieldError(page, { id: "password", label: "Password" }, "Enter your password.");
    await expect(page.getByLabel("Email address")).toHaveValue(account.email);
    if (javaScript) await expectNoAxeViolations(page, "sign-in form with a missing password");

    await page.getByLabel("Email address").fill("not-an-email");
    await page.getByLabel("Password", { exact: true }).fill(account.password);
    await submitFrom(page.getByLabel("Password", { exact: true }));
    await expectOneFieldError(page, { id: "email", label: "Email address" }, "Enter an email address like name@example.com.");
    await expect(page.getByLabel("Email address")).toHaveValue("not-an-email");
    // The server never sends a password back; with JavaScript it never left the page.
    await expect(page.getByLabel("Password", { exact: true })).toHaveValue(javaScript ? account.password : "");

    await page.getByLabel("Email address").fill(account.email);
    await page.getByLabel("Password", { exact: true }).fill(account.password);
    await submitFrom(page.getByLabel("Password", { exact: true }));
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByTestId("signed-in-user")).toContainText(demo.seriJayaManager.name);
    if (javaScript) await expectNoAxeViolations(page, "account page after signing in");
    await page.context().close();
  });

  test(`forgotten password (${mode(javaScript)}): a malformed email is named and kept, and a fixed one gets the answer`, async ({ browser, baseURL }) => {
    const page = await newContextPage(browser, baseURL, javaScript);
    await page.goto("/forgot-password");
    if (javaScript) await expectNoAxeViolations(page, "forgotten password form");
    await page.getByLabel("Email address").fill("nobody-at-example.com");
    await submitFrom(page.getByLabel("Email address"));
    await expectOneFieldError(page, { id: "email", label: "Email address" }, "Enter an email address like name@example.com.");
    await expect(page.getByLabel("Email address")).toHaveValue("nobody-at-example.com");
    if (javaScript) await expectNoAxeViolations(page, "forgotten password form with an error");

    expect(await requestResetLink(page, "nobody@example.com")).toBe(resetAnswer);
    await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
    if (javaScript) await expectNoAxeViolations(page, "forgotten password form with its answer");
    await page.context().close();
  });

  test(`reset password (${mode(javaScript)}): a mismatched confirmation is named, nothing is changed, and the fixed pair resets it`, async ({ browser, baseURL, asAdmin: admin }) => {
    const page = await newContextPage(browser, baseURL, javaScript);
    const account = await signUpHere(page, `reset-form-${javaScript ? "js" : "nojs"}`);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.goto("/forgot-password");
    expect(await requestResetLink(page, account.email)).toBe(resetAnswer);
    await page.goto(await resetLinkFromOutbox(admin, account.email));
    await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
    if (javaScript) await expectNoAxeViolations(page, "new password form");

    const newPassword = strongPassword();
    await page.getByLabel("New password", { exact: true }).fill(newPassword);
    await page.getByLabel("Confirm new password").fill(`${newPassword}-typo`);
    await submitFrom(page.getByLabel("Confirm new password"));
    await expectOneFieldError(page, { id: "confirmPassword", label: "Confirm new password" }, "The two new passwords do not match.");
    await expect(page.getByLabel("New password", { exact: true })).toHaveValue(javaScript ? newPassword : "");
    if (javaScript) await expectNoAxeViolations(page, "new password form with an error");

    await page.getByLabel("New password", { exact: true }).fill(newPassword);
    await page.getByLabel("Confirm new password").fill(newPassword);
    await submitFrom(page.getByLabel("Confirm new password"));
    await expect(page).toHaveURL("/sign-in?reset=1");
    if (javaScript) await expectNoAxeViolations(page, "sign-in page after a reset");
    await page.getByLabel("Email address").fill(account.email);
    await page.getByLabel("Password", { exact: true }).fill(newPassword);
    await submitFrom(page.getByLabel("Password", { exact: true }));
    await expect(page.getByTestId("signed-in-user")).toContainText(account.name);
    await page.context().close();
  });

  test(`password change (${mode(javaScript)}): a mismatched confirmation is named, the rest stays, and the fixed form changes it and empties`, async ({ browser, baseURL }) => {
    const page = await newContextPage(browser, baseURL, javaScript);
    const account = await signUpHere(page, `change-form-${javaScript ? "js" : "nojs"}`);
    await page.goto("/account");
    if (javaScript) await expectNoAxeViolations(page, "account page");

    const newPassword = strongPassword();
    await page.getByLabel("Current password").fill(account.password);
    await page.getByLabel("New password", { exact: true }).fill(newPassword);
    await page.getByLabel("Confirm new password").fill(`${newPassword}-typo`);
    await submitFrom(page.getByLabel("Confirm new password"));
    await expectOneFieldError(page, { id: "confirmPassword", label: "Confirm new password" }, "The two new passwords do not match.");
    await expect(page.getByLabel("Current password")).toHaveValue(javaScript ? account.password : "");
    await expect(page.getByLabel("New password", { exact: true })).toHaveValue(javaScript ? newPassword : "");
    if (javaScript) await expectNoAxeViolations(page, "account page with an error");

    await page.getByLabel("Current password").fill(account.password);
    await page.getByLabel("New password", { exact: true }).fill(newPassword);
    await page.getByLabel("Confirm new password").fill(newPassword);
    await submitFrom(page.getByLabel("Confirm new password"));
    await expect(page.getByRole("status").filter({ hasText: "Your password has been changed." })).toBeVisible();
    await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
    for (const label of ["Current password", "Confirm new password"]) await expect(page.getByLabel(label)).toHaveValue("");
    await expect(page.getByLabel("New password", { exact: true })).toHaveValue("");
    if (javaScript) await expectNoAxeViolations(page, "account page after the change");
    await page.context().close();
  });

  test(`join a programme (${mode(javaScript)}): an unknown code is named and kept, and a code typed loosely joins`, async ({ browser, baseURL }) => {
    const page = await newContextPage(browser, baseURL, javaScript);
    const account = await signUpHere(page, `join-form-${javaScript ? "js" : "nojs"}`);
    const firm = page.getByRole("region", { name: account.firmName });
    const joinForm = page.getByRole("form", { name: "Join a programme" });
    if (javaScript) await expectNoAxeViolations(page, "dashboard with the join form");

    await joinForm.getByLabel("Enrolment code").fill("NO-SUCH-CODE");
    await submitFrom(joinForm.getByLabel("Enrolment code"));
    const fieldId = (await joinForm.getByLabel("Enrolment code").getAttribute("id"))!;
    await expectOneFieldError(page, { id: fieldId, label: "Enrolment code" }, "No programme has this enrolment code. Check it with your programme officer.");
    await expect(joinForm.getByLabel("Enrolment code")).toHaveValue("NO-SUCH-CODE");
    await expect(firm).toContainText("Not enrolled in a programme");
    if (javaScript) await expectNoAxeViolations(page, "dashboard with a refused code");

    // Case, spaces and hyphens do not count: this is SELANGOR-FOOD.
    await joinForm.getByLabel("Enrolment code").fill(" selangor food ");
    await submitFrom(joinForm.getByLabel("Enrolment code"));
    await expect(page.getByRole("status").filter({ hasText: `${account.firmName} joined ${demo.selangorProgramme.name}.` })).toBeVisible();
    await expect(firm).toContainText(demo.selangorProgramme.name);
    await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
    if (javaScript) await expectNoAxeViolations(page, "dashboard after joining");
    await page.context().close();
  });
}
