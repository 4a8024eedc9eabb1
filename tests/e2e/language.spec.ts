import { messagesByLocale } from "@/lib/i18n";
import { demo, demoCredentials } from "./support/accounts";
import { startAssessment } from "./support/assessment";
import { signInThroughForm } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { signUpSme } from "./support/sign-up";

// Journey: a person who chooses Bahasa Malaysia keeps it — across pages, a reload, signing out and
// in again — and dates are written the Malaysian way (month names in Malay), not only the words.

const ms = messagesByLocale.ms;
const en = messagesByLocale.en;

test("the language choice is remembered across pages, reloads and signing out and in, and dates follow it", async ({ page }) => {
  await signInThroughForm(page, demoCredentials(demo.admin));
  await page.goto("/admin/programmes");
  // The demo Penang cohort's enrolment window ends on 2026-12-31.
  await expect(page.getByText("31 December 2026").first()).toBeVisible();

  await page.getByLabel(en.app.languageLabel).selectOption("ms");
  await page.getByRole("button", { name: en.app.languageSubmit }).click();
  await expect(page).toHaveURL("/admin/programmes");
  await expect(page.locator("html")).toHaveAttribute("lang", "ms");
  // Calendar days in Malay: Disember, Februari (the Selangor pilot closes on 2027-02-28).
  await expect(page.getByText("31 Disember 2026").first()).toBeVisible();
  await expect(page.getByText("28 Februari 2027").first()).toBeVisible();
  await expect(page.getByText("31 December 2026")).toHaveCount(0);
  await expectNoAxeViolations(page, "programmes page in Bahasa Malaysia");
  const saved = (await page.context().cookies()).find((cookie) => cookie.name === "adp-locale");
  expect(saved?.value).toBe("ms");
  expect(saved?.expires ?? 0, "kept beyond the browser session").toBeGreaterThan(Date.now() / 1000 + 30 * 24 * 60 * 60);

  // Another page, by a link: still Malay.
  await page.getByRole("navigation", { name: ms.nav.main }).getByRole("link", { name: ms.nav.adminUsers }).click();
  await expect(page).toHaveURL("/admin/users");
  await expect(page.locator("html")).toHaveAttribute("lang", "ms");
  await expect(page.getByRole("button", { name: ms.nav.signOut })).toBeVisible();

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "ms");
  await expect(page.getByRole("button", { name: ms.nav.signOut })).toBeVisible();

  // Signing out ends the session, not the language.
  await page.getByRole("button", { name: ms.nav.signOut }).click();
  await expect(page).toHaveURL("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: ms.signIn.title })).toBeVisible();
  await page.getByLabel(ms.signIn.email).fill(demo.admin.email);
  await page.getByLabel(ms.signIn.password, { exact: true }).fill(demoCredentials(demo.admin).password);
  await page.getByRole("button", { name: ms.signIn.submit, exact: true }).click();
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ms");

  await page.goto("/admin/programmes");
  await expect(page.getByText("31 Disember 2026").first()).toBeVisible();

  // And back to English: the same dates in English again.
  await page.getByLabel(ms.app.languageLabel).selectOption("en");
  await page.getByRole("button", { name: ms.app.languageSubmit }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByText("31 December 2026").first()).toBeVisible();
});

test("moments are shown in Malaysian time, with each language's clock", async ({ page }) => {
  // The dashboard lists when each assessment was started and last changed, to the minute.
  const sme = await signUpSme(page, "language-clock");
  await signInThroughForm(page, sme);
  await startAssessment(page);
  await page.goto("/dashboard");
  await expect(page.getByRole("main").getByText(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} GMT\+8$/).first()).toBeVisible();

  await page.getByLabel(en.app.languageLabel).selectOption("ms");
  await page.getByRole("button", { name: en.app.languageSubmit }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ms");
  // Malay writes the 12-hour clock with PG (pagi) / PTG (petang) and the zone as MYT.
  await expect(page.getByRole("main").getByText(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{1,2}:\d{2} (PG|PTG) MYT$/).first()).toBeVisible();
  await expect(page.getByRole("main").getByText(/GMT\+8/)).toHaveCount(0);
});
