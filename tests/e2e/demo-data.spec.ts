import type { Page } from "@playwright/test";
import { demoPlanActions } from "@/lib/db/demo-data";
import { findDimension } from "./support/assessment";
import { demo, demoCredentials } from "./support/accounts";
import { expect, test } from "./support/fixtures";

// Journey: someone evaluating the app signs in with the demo logins of a fresh `npm start` and
// finds each firm at a different stage of the review (lib/db/demo-data.ts demoFirmHistories):
// Plastik Maju re-assessed and approved with validated scores, Seri Jaya returned with the officer's reason,
// Precision Parts waiting in the Penang officer's queue. Read-only: other specs sign in with the
// same accounts, and none of them changes these assessments.

/** The firm's assessment rows on its dashboard (the header row left out). */
async function dashboardRows(page: Page, firmName: string) {
  await page.goto("/dashboard");
  const firm = page.getByRole("region", { name: firmName });
  await expect(firm).toBeVisible();
  return firm.getByRole("table").getByRole("row").filter({ has: page.getByRole("cell") });
}

test("Plastik Maju's demo re-assessment was approved: validated index, results, progress since the first, report", async ({ asSme: page }) => {
  const rows = await dashboardRows(page, demo.plastikMaju.name);
  await expect(rows).toHaveCount(2);
  // Newest first: the re-assessment, then the assessment it followed.
  const row = rows.first();
  await expect(row).toContainText("Approved");
  await expect(rows.nth(1)).toContainText("Approved");
  // Each row shows the readiness index and band of its latest submission.
  for (const r of [row, rows.nth(1)]) await expect(r).toContainText(/\d{1,3}\.\d (Newcomer|Explorer|Adopter|Integrator|Leader)/);
  await expect(page.getByRole("button", { name: "Start a re-assessment" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Start from the answers of my last approved assessment" })).toBeChecked();

  await row.getByRole("link", { name: "View" }).click();
  await expect(page.getByRole("heading", { name: "Assessment approved" })).toBeVisible();
  await expect(page.getByText(/^Validated readiness index: \d+(\.\d)? out of 100 \(\w+\)\.$/)).toBeVisible();

  await page.getByRole("link", { name: "See your results" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Readiness results" })).toBeVisible();
  // Returned once, then approved: both submissions have results.
  await expect(page.getByText("Revision 2, submitted on", { exact: false }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: /^Revision 1, submitted on/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your focus areas" })).toBeVisible();

  // Progress since the first assessment: the index then and now, and every dimension.
  const progress = page.getByRole("region", { name: "Progress since your previous assessment" });
  await expect(progress.getByText(/^Readiness index \d+(\.\d)? \(\w[\w ]*\) then, \d+(\.\d)? \(\w[\w ]*\) now: a change of [+−-]?\d+\.\d\./)).toBeVisible();
  const table = progress.getByRole("table", { name: "Scores then and now" });
  await expect(table.getByRole("row", { name: /Readiness index \(0–100\)/ })).toBeVisible();
  // The index, three or four factors, twelve or more dimensions.
  expect(await table.locator("tbody tr").count()).toBeGreaterThanOrEqual(1 + 3 + 12);
  // The demo plan's two actions done between the assessments stand beside their dimensions.
  for (const action of demoPlanActions.filter((a) => a.status === "done")) {
    await expect(table.getByRole("row", { name: new RegExp(findDimension(action.dimensionId).title) })).toContainText(`Plan: 1 action done: ${action.title}`);
  }
  await progress.getByRole("link", { name: "See its results" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Readiness results" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Progress since your previous assessment" })).toHaveCount(0);
  await page.goBack();
  const report = await page.request.get((await page.getByRole("link", { name: /Download the PDF report/ }).getAttribute("href"))!);
  expect(report.status()).toBe(200);
  expect(report.headers()["content-type"]).toBe("application/pdf");
});

test("Seri Jaya's demo assessment was returned: the reason and the way back into the questionnaire", async ({ asOtherSme: page }) => {
  const row = await dashboardRows(page, demo.seriJaya.name);
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Returned for changes");
  // The dashboard leads to the officer's reason first, not straight back into the questionnaire.
  await row.getByRole("link", { name: "See what to change" }).click();
  await expect(page.getByRole("heading", { name: "Returned for changes" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Reason" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Revise and resubmit" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Notifications, 1 unread" })).toBeVisible();
});

test("Precision Parts' demo assessment waits in the Penang officer's queue and opens for review", async ({ signedInPage }) => {
  const manager = await signedInPage(demoCredentials(demo.precisionPartsManager));
  const row = await dashboardRows(manager, demo.precisionParts.name);
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Submitted");

  const officer = await signedInPage(demoCredentials(demo.penangOfficer));
  await officer.goto(`/officer/programmes/${demo.penangProgramme.id}/queue?status=submitted`);
  await officer.getByRole("searchbox", { name: "Firm name" }).fill("Precision Parts");
  await officer.getByRole("button", { name: "Apply filters" }).click();
  const link = officer.getByRole("table").getByRole("link", { name: demo.precisionParts.name });
  await expect(link).toHaveCount(1);
  await link.click();
  await expect(officer.getByRole("heading", { level: 1, name: `Review: ${demo.precisionParts.name}` })).toBeVisible();
  await expect(officer.getByRole("button", { name: "Approve…" })).toBeVisible();

  // From the review, the officer opens the results page the firm sees.
  await officer.getByRole("link", { name: "Results of revision 1, as the firm sees them" }).click();
  await expect(officer.getByRole("heading", { level: 1, name: "Readiness results" })).toBeVisible();
  await expect(officer.getByRole("heading", { name: "Your focus areas" })).toBeVisible();
});
