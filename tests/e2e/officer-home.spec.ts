import { demo } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

// Journey: a programme officer signs in, sees only the programmes they run, and opens one to see
// its firms. Cross-tenant: the other officer's programme id reads as "not found" and leaks
// nothing, while its own officer still gets in.

test("an officer's home lists only their programme, and the programme page lists its firms", async ({ asOfficer: page }) => {
  await page.goto("/officer");
  await expect(page.getByRole("heading", { level: 1, name: "My programmes" })).toBeVisible();
  await expect(page.getByRole("link", { name: demo.penangProgramme.name })).toBeVisible();
  await expect(page.getByText(demo.selangorProgramme.name)).toHaveCount(0);
  await expectNoAxeViolations(page, "officer home");

  await page.getByRole("link", { name: demo.penangProgramme.name }).click();
  await expect(page).toHaveURL(`/officer/programmes/${demo.penangProgramme.id}`);
  await expect(page.getByRole("heading", { level: 1, name: demo.penangProgramme.name })).toBeVisible();
  const firms = page.getByRole("table");
  await expect(firms.getByRole("cell", { name: demo.plastikMaju.name, exact: true })).toBeVisible();
  await expect(firms.getByRole("cell", { name: demo.precisionParts.name, exact: true })).toBeVisible();
  await expect(page.getByText(demo.seriJaya.name)).toHaveCount(0);
  await expectNoAxeViolations(page, "programme page");
});

test("another officer's programme id reads as not found and shows none of its firms", async ({ asOfficer: page }) => {
  const response = await page.goto(`/officer/programmes/${demo.selangorProgramme.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  const html = await page.content();
  expect(html).not.toContain(demo.selangorProgramme.name);
  expect(html).not.toContain(demo.seriJaya.name);
  await expectNoAxeViolations(page, "404 page");

  const malformed = await page.goto("/officer/programmes/not-a-programme-id");
  expect(malformed?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});

test("the owning officer still opens that programme", async ({ asOtherOfficer: page }) => {
  const response = await page.goto(`/officer/programmes/${demo.selangorProgramme.id}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: demo.selangorProgramme.name })).toBeVisible();
  await expect(page.getByRole("cell", { name: demo.seriJaya.name, exact: true })).toBeVisible();
  await expect(page.getByText(demo.plastikMaju.name)).toHaveCount(0);

  await page.goto("/officer");
  await expect(page.getByRole("link", { name: demo.selangorProgramme.name })).toBeVisible();
  await expect(page.getByText(demo.penangProgramme.name)).toHaveCount(0);
});
