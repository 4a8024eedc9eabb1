import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

// Journey: a first-time visitor lands on the home page, can skip to the content with the
// keyboard, switch to Bahasa Malaysia, and find the way to create an account or sign in.

test("the landing page leads a visitor to sign-up and sign-in", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Assess your readiness for advanced digital production" })).toBeVisible();
  await expectNoAxeViolations(page, "landing page");

  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Skip to main content" });
  await expect(skipLink).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();

  await page.getByRole("main").getByRole("link", { name: "Start an assessment" }).click();
  await expect(page).toHaveURL("/sign-up");
  await expect(page.getByRole("heading", { level: 1, name: "Create an account for your firm" })).toBeVisible();

  await page.goto("/");
  await page.getByRole("main").getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
});

test("a visitor switches the language to Bahasa Malaysia and back", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Language").selectOption("ms");
  await page.getByRole("button", { name: "Change language" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log masuk" })).toBeVisible();
  await expect(page).toHaveURL("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "ms");
  await expectNoAxeViolations(page, "sign-in page in Bahasa Malaysia");

  await page.getByLabel("Bahasa").selectOption("en");
  await page.getByRole("button", { name: "Tukar bahasa" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("an unknown address shows the not-found page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expectNoAxeViolations(page, "404 page");
});
