import { demo, demoCredentials } from "./support/accounts";
import { fillSignInForm } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import type { Page } from "@playwright/test";

// Journey: each role reaches only its own pages. Another role's page answers 403 with the
// "no access" page and none of that page's data; an anonymous visitor is sent to sign-in.

const otherPeoplesEmails = [demo.admin.email, demo.penangOfficer.email, demo.selangorOfficer.email, demo.seriJayaManager.email, demo.precisionPartsManager.email];

async function expectForbidden(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `status of ${path}`).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeVisible();
  const html = await page.content();
  for (const email of otherPeoplesEmails) expect(html, `${path} shows no other user's email`).not.toContain(email);
  expect(html, `${path} shows no programme`).not.toContain(demo.selangorProgramme.name);
  expect(html, `${path} shows no enrolment code`).not.toContain(demo.penangProgramme.enrolmentCode);
}

test("an SME manager gets the 403 page, and no data, on officer and admin pages", async ({ asSme: page }) => {
  for (const path of ["/officer", "/admin", "/admin/users", "/admin/users/new", "/admin/programmes", `/officer/programmes/${demo.penangProgramme.id}`]) {
    await expectForbidden(page, path);
  }
  await expectNoAxeViolations(page, "403 page");
});

test("an officer gets the 403 page on admin pages and on the SME dashboard", async ({ asOfficer: page }) => {
  for (const path of ["/admin", "/admin/users", "/admin/users/new", "/admin/programmes", "/dashboard"]) {
    await expectForbidden(page, path);
  }
});

test("an SME manager sees only their own firm", async ({ asSme: page }) => {
  await page.goto("/dashboard");
  await expect(page.getByRole("region", { name: demo.plastikMaju.name })).toBeVisible();
  await expect(page.getByText(demo.precisionParts.name)).toHaveCount(0);
  await expect(page.getByText(demo.seriJaya.name)).toHaveCount(0);
});

test("an anonymous visitor is sent to sign-in and comes back to the page they asked for", async ({ page }) => {
  for (const path of ["/officer", "/admin", "/admin/users", "/account"]) {
    await page.goto(path);
    await expect(page, `${path} redirects to sign-in`).toHaveURL(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  }

  await page.goto("/dashboard");
  await expect(page).toHaveURL("/sign-in?callbackUrl=%2Fdashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page.getByText(demo.plastikMaju.name)).toHaveCount(0);
  await expectNoAxeViolations(page, "sign-in page");

  await fillSignInForm(page, demoCredentials(demo.plastikMajuManager));
  await expect(page).toHaveURL("/dashboard");
  await expect(page.getByRole("region", { name: demo.plastikMaju.name })).toBeVisible();
});
