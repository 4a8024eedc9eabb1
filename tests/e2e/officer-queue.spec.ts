import { readFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { demo } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

// Journey: the Penang officer opens the programme, sees its assessments by status, works through
// the review queue (filters by status and sector, searches a firm, pages through) and downloads
// the same selection as CSV and JSON. The demo seed gives the programme a synthetic cohort of
// about 40 firms in every status (lib/db/demo-data.ts demoCohort); other specs may add Plastik
// Maju's submissions while this one runs, so counts are read from the page, never hard-coded.
// Cross-tenant: the other officer's programme reads as not found, an SME is refused, and the JSON
// API answers 401 without a session.

const programmeUrl = `/officer/programmes/${demo.penangProgramme.id}`;
const queueUrl = `${programmeUrl}/queue`;
const rubberAndPlastics = "Rubber and plastics products";

/** A filter control by its exact label ("Status" would also match the "Assessments by status" list). */
const select = (page: Page, label: string): Locator => page.getByRole("combobox", { name: label, exact: true });
const firmNameBox = (page: Page): Locator => page.getByRole("searchbox", { name: "Firm name" });

/** The body rows of the queue table. */
const queueRows = (page: Page): Locator => page.getByRole("table").getByRole("row").filter({ has: page.getByRole("rowheader") });
const cellTexts = async (page: Page, column: number) =>
  queueRows(page)
    .locator(`td:nth-of-type(${column})`)
    .allInnerTexts();

test("the programme overview counts assessments by status and leads into the review queue", async ({ asOfficer: page }) => {
  await page.goto(programmeUrl);
  await expect(page.getByRole("heading", { level: 1, name: demo.penangProgramme.name })).toBeVisible();
  const statuses = page.getByRole("navigation", { name: "Assessments by status" });
  await expect(statuses.getByRole("link", { name: /^All \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Review queue" })).toHaveAttribute("href", queueUrl);
  await expect(page.getByRole("link", { name: "Cohort analytics" })).toHaveAttribute("href", `${programmeUrl}/analytics`);
  await expect(page.getByRole("link", { name: "Export CSV" })).toHaveAttribute("href", `${programmeUrl}/export`);
  await expectNoAxeViolations(page, "programme overview");

  const inReview = statuses.getByRole("link", { name: /^In review \(\d+\)$/ });
  const count = Number(/\((\d+)\)/.exec((await inReview.innerText()) ?? "")?.[1]);
  expect(count).toBeGreaterThan(0);
  await inReview.click();
  await expect(page).toHaveURL(`${queueUrl}?status=in_review`);
  await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^In review \(\d+\)$/ })).toHaveAttribute("aria-current", "page");
  await expect(select(page, "Status")).toHaveValue("in_review");
  expect(new Set(await cellTexts(page, 3))).toEqual(new Set(["In review"]));
  await expectNoAxeViolations(page, "review queue");
});

test("the officer filters the queue by status and sector, searches a firm and opens its review", async ({ asOfficer: page }) => {
  await page.goto(queueUrl);
  await select(page, "Status").selectOption("approved");
  await select(page, "Sector").selectOption({ label: `22 – ${rubberAndPlastics}` });
  await page.getByRole("button", { name: "Apply filters" }).click();
  // The form posts every field; the sort select holds the page's default, oldest first (issue 18).
  await expect(page).toHaveURL(`${queueUrl}?status=approved&sector=22&size=&band=&from=&to=&q=&sort=submitted-oldest`);
  await expect(page.getByText(/^\d+ assessments? match(es)? these filters\.$/)).toBeVisible();
  const sectors = await cellTexts(page, 1);
  expect(sectors.length).toBeGreaterThan(0);
  expect(new Set(sectors)).toEqual(new Set([rubberAndPlastics]));
  expect(new Set(await cellTexts(page, 3))).toEqual(new Set(["Approved"]));

  // Search by part of a name, in another case: the firm comes up, and only firms with that text.
  const firmName = await queueRows(page).first().getByRole("rowheader").innerText();
  const part = firmName.split(" ")[0]!.toLowerCase();
  await select(page, "Status").selectOption("all");
  await select(page, "Sector").selectOption("");
  await firmNameBox(page).fill(part);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(firmNameBox(page)).toHaveValue(part);
  const names = await queueRows(page).getByRole("rowheader").allInnerTexts();
  expect(names).toContain(firmName);
  for (const name of names) expect(name.toLowerCase()).toContain(part);

  await page.getByRole("link", { name: firmName, exact: true }).first().click();
  await expect(page).toHaveURL(/\/officer\/assessments\/[0-9a-f-]{36}\/review$/);
});

test("the officer pages through the queue and the filters and order stay on every page", async ({ asOfficer: page }) => {
  // Every status: the queue opens on "needs action" (issue 18), which may fit on one page.
  await page.goto(`${queueUrl}?status=all&sort=firm-name`);
  const pagination = page.getByRole("navigation", { name: "Pages" });
  await expect(pagination.getByText(/^Page 1 of \d+$/)).toBeVisible();
  const pages = Number(/of (\d+)/.exec(await pagination.getByText(/^Page 1 of/).innerText())![1]);
  expect(pages).toBeGreaterThan(1);
  await expect(pagination.getByRole("link", { name: "Previous" })).toHaveCount(0);
  const firstPage = await queueRows(page).getByRole("rowheader").allInnerTexts();
  expect(firstPage).toHaveLength(25);
  expect(firstPage).toEqual([...firstPage].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0)));

  await pagination.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(`${queueUrl}?status=all&sort=firm-name&page=2`);
  await expect(pagination.getByText(`Page 2 of ${pages}`)).toBeVisible();
  await expect(select(page, "Sort")).toHaveValue("firm-name");
  const secondPage = await queueRows(page).getByRole("rowheader").allInnerTexts();
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage[0]!.toLowerCase() >= firstPage.at(-1)!.toLowerCase()).toBe(true);

  await pagination.getByRole("link", { name: "Previous" }).click();
  await expect(page).toHaveURL(`${queueUrl}?status=all&sort=firm-name`);
  expect(await queueRows(page).getByRole("rowheader").allInnerTexts()).toEqual(firstPage);
});

test("the officer downloads the filtered queue as CSV, and the JSON API answers the same rows", async ({ asOfficer: page }) => {
  await page.goto(`${queueUrl}?status=approved&sector=22`);
  const shown = Number(/^(\d+)/.exec(await page.getByText(/these filters\.$/).innerText())![1]);
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloadPromise;
  // The file name says which filter made it.
  expect(download.suggestedFilename()).toMatch(/^cohort-penang-smart-factory-cohort-2026-approved-sector-22-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").split("\r\n").filter(Boolean);
  const header = csvCells(lines[0]!);
  expect(header.slice(0, 15)).toEqual([
    "assessment_id",
    "firm_name",
    "country",
    "country_name",
    "sector",
    "sector_name",
    "employees",
    "size_band",
    "size_band_name",
    "status",
    "revision",
    "submitted_at",
    "readiness_index",
    "readiness_band",
    "readiness_band_name",
  ]);
  for (const column of ["dimension_connectivity", "target_connectivity", "gap_connectivity", "validated_index", "validated_connectivity"]) expect(header).toContain(column);
  const records = lines.slice(1).map(csvCells);
  expect(records.length).toBeGreaterThanOrEqual(shown);
  const csvIds = records.map((cells) => cells[0]);
  for (const cells of records) {
    expect(cells[0]).toMatch(/^[0-9a-f-]{36}$/);
    // Codes with their names beside them, in the officer's language.
    expect(cells.slice(2, 6)).toEqual(["MY", "Malaysia", "22", "Rubber and plastics products"]);
    expect(cells[9]).toBe("approved");
    // Figures are rounded to two decimals for reading (the JSON API keeps full precision).
    expect(cells[12]).toMatch(/^\d{1,3}(\.\d{1,2})?$/);
  }

  const apiUrl = `/api/v1/programmes/${demo.penangProgramme.id}/cohort?status=approved&sector=22`;
  await expect(page.getByRole("link", { name: apiUrl })).toBeVisible();
  const response = await page.request.get(apiUrl);
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { filter: unknown; rows: { assessmentId: string; status: string; sector: string }[] };
  expect(body.filter).toEqual({ status: "approved", sector: "22" });
  expect(body.rows.map((row) => row.assessmentId)).toEqual(csvIds);
});

test("another officer, an SME and an anonymous caller get nothing of the Penang cohort", async ({ asOtherOfficer: other, asSme: sme, browser, baseURL }) => {
  expect((await other.goto(queueUrl))?.status()).toBe(404);
  // The export is a download (no page to render), so it is fetched, not navigated to.
  expect((await other.request.get(`${programmeUrl}/export`)).status()).toBe(404);
  const apiUrl = `/api/v1/programmes/${demo.penangProgramme.id}/cohort`;
  expect((await other.request.get(apiUrl)).status()).toBe(404);
  expect((await sme.request.get(apiUrl)).status()).toBe(403);
  expect((await sme.goto(queueUrl))?.status()).toBe(403);

  const anonymous = await browser.newContext({ baseURL, locale: "en-GB" });
  expect((await anonymous.request.get(apiUrl)).status()).toBe(401);
  const page = await anonymous.newPage();
  await page.goto(queueUrl);
  await expect(page).toHaveURL(`/sign-in?callbackUrl=${encodeURIComponent(queueUrl)}`);
  await anonymous.close();

  // The other officer still reaches their own programme's queue.
  const own = await other.goto(`/officer/programmes/${demo.selangorProgramme.id}/queue`);
  expect(own?.status()).toBe(200);
  await expect(other.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
});

/** The cells of one CSV line (RFC 4180: quoted cells may hold commas and doubled quotes). */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index]!;
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      cells.push(cell);
      cell = "";
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}
