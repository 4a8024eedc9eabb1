import type { Page } from "@playwright/test";
import { demo, strongPassword, uniqueEmail } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

// Journey: the administrator creates a programme officer (mistakes are named at their field),
// assigns them to a programme, the officer then runs it, and the administrator removes them again.

function errorSummary(page: Page) {
  return page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
}

async function fillNewOfficer(page: Page, values: { name: string; email: string; password: string }): Promise<void> {
  await page.getByLabel("Name", { exact: true }).fill(values.name);
  await page.getByLabel("Email", { exact: true }).fill(values.email);
  await page.getByLabel("Initial password").fill(values.password);
  await page.getByRole("button", { name: "Create officer" }).click();
}

test("the admin creates an officer, assigns them to a programme, and removes them again", async ({ asAdmin: admin, signedInPage }) => {
  const officer = { name: `E2E Officer ${Date.now().toString(36)}`, email: uniqueEmail("officer"), password: strongPassword() };

  await admin.goto("/admin");
  await expect(admin.getByRole("heading", { level: 1, name: "Administration" })).toBeVisible();
  await expectNoAxeViolations(admin, "admin home");

  await admin.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Users", exact: true }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expect(admin.getByRole("cell", { name: demo.penangOfficer.email })).toBeVisible();
  await expectNoAxeViolations(admin, "admin users page");

  await admin.getByRole("link", { name: "Create a programme officer" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Create a programme officer" })).toBeVisible();
  await expectNoAxeViolations(admin, "new officer form");

  // An email that already has an account.
  await fillNewOfficer(admin, { ...officer, email: demo.penangOfficer.email });
  await expect(errorSummary(admin).getByRole("link", { name: "An account with this email address already exists." })).toHaveAttribute("href", "#email");
  await expect(admin.getByLabel("Email", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(admin.getByLabel("Email", { exact: true })).toHaveAccessibleDescription(/An account with this email address already exists\./);
  await expect(admin.getByLabel("Name", { exact: true })).toHaveValue(officer.name);
  await expectNoAxeViolations(admin, "new officer form with an error");

  // A password that is too short.
  await fillNewOfficer(admin, { ...officer, password: "Too-short" });
  await expect(errorSummary(admin).getByRole("link", { name: "Use at least 12 characters." })).toHaveAttribute("href", "#password");
  await expect(errorSummary(admin).getByRole("link")).toHaveCount(1);
  await expect(admin.getByLabel("Initial password")).toHaveAttribute("aria-invalid", "true");

  await fillNewOfficer(admin, officer);
  await expect(admin).toHaveURL(/\/admin\/users\?created=/);
  await expect(admin.getByRole("status")).toHaveText(`Officer ${officer.name} was created.`);
  const row = admin.getByRole("row").filter({ hasText: officer.email });
  await expect(row).toContainText(officer.name);
  await expect(row).toContainText("Programme officer");

  // Not assigned yet: the new officer runs nothing.
  const officerPage = await signedInPage(officer);
  await officerPage.goto("/officer");
  await expect(officerPage.getByText("You are not assigned to any programme yet.")).toBeVisible();
  await expectNoAxeViolations(officerPage, "officer home without programmes");

  await admin.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Programmes", exact: true }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Programmes and officers" })).toBeVisible();
  await expectNoAxeViolations(admin, "admin programmes page");
  const programme = admin.getByRole("region", { name: demo.penangProgramme.name });
  await programme.getByLabel("Officer to assign").selectOption({ label: `${officer.name} (${officer.email})` });
  await programme.getByRole("button", { name: "Assign" }).click();
  await expect(admin.getByRole("status")).toHaveText("Officer assigned.");
  await expect(admin.getByRole("region", { name: demo.penangProgramme.name }).getByRole("button", { name: `Remove ${officer.name}` })).toBeVisible();
  await expectNoAxeViolations(admin, "admin programmes page after assigning");

  await officerPage.goto("/officer");
  await officerPage.getByRole("link", { name: demo.penangProgramme.name }).click();
  await expect(officerPage.getByRole("heading", { level: 1, name: demo.penangProgramme.name })).toBeVisible();
  await expect(officerPage.getByRole("cell", { name: demo.plastikMaju.name, exact: true })).toBeVisible();
  await expect(officerPage.getByText(demo.selangorProgramme.name)).toHaveCount(0);

  await admin.getByRole("region", { name: demo.penangProgramme.name }).getByRole("button", { name: `Remove ${officer.name}` }).click();
  await expect(admin.getByRole("status")).toHaveText("Officer removed from the programme.");
  await expect(admin.getByRole("region", { name: demo.penangProgramme.name }).getByRole("button", { name: `Remove ${officer.name}` })).toHaveCount(0);

  await officerPage.goto("/officer");
  await expect(officerPage.getByText("You are not assigned to any programme yet.")).toBeVisible();
  const gone = await officerPage.goto(`/officer/programmes/${demo.penangProgramme.id}`);
  expect(gone?.status()).toBe(404);
  await expect(officerPage.getByText(demo.plastikMaju.name)).toHaveCount(0);
});

test("the admin may open any programme's page", async ({ asAdmin: page }) => {
  for (const programme of [demo.penangProgramme, demo.selangorProgramme]) {
    const response = await page.goto(`/officer/programmes/${programme.id}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: programme.name })).toBeVisible();
  }
});
