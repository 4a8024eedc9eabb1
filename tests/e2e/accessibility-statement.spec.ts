import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

// The accessibility statement is one click away from every page's footer, signed in or not, in both languages.

test("the footer links to the accessibility statement, which says how to report a problem", async ({ page, asOfficer }) => {
  for (const [viewer, start] of [[page, "/sign-in"], [asOfficer, "/officer"]] as const) {
    await viewer.goto(start);
    await viewer.getByRole("contentinfo").getByRole("link", { name: "Accessibility" }).click();
    await expect(viewer.getByRole("heading", { level: 1, name: "Accessibility statement" })).toBeVisible();
    await expect(viewer.getByText(/WCAG\) 2\.2 at level AA/)).toBeVisible();
    await expect(viewer.getByRole("link", { name: "accessibility@adp-readiness.example" })).toHaveAttribute("href", "mailto:accessibility@adp-readiness.example");
  }
  await expectNoAxeViolations(page, "accessibility statement");

  await page.getByLabel("Language").selectOption("ms");
  await page.getByRole("button", { name: "Change language" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pernyataan kebolehcapaian" })).toBeVisible();
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "Kebolehcapaian" })).toBeVisible();
});
