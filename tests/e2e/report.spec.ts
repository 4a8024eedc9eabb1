import { readFile } from "node:fs/promises";
import type { Download, Locator, Page } from "@playwright/test";
import { submitCompleteAssessment } from "./support/assessment";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

// Journey: an SME manager in the Penang cohort submits an assessment and downloads the PDF report
// of that revision from the results page; the cohort's officer downloads the same report from the
// review page. Another firm's manager and another programme's officer get 404 for its address, and
// a revision that was never submitted has no report.

async function download(page: Page, link: Locator): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const path = await file.path();
  return { file, bytes: await readFile(path) };
}

function expectPdf(bytes: Buffer) {
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  // A report of several pages with the radar and tables: well over a few kilobytes.
  expect(bytes.length).toBeGreaterThan(5_000);
}

test("the firm and its officer download the PDF report of a revision; others get 404", async ({ page, asOfficer: officer, asOtherSme: otherSme, asOtherOfficer: otherOfficer }) => {
  test.setTimeout(180_000);
  const { sme, assessmentId } = await submitCompleteAssessment(page, "report");

  // The report's address answers a PDF to download, in the language asked for.
  const slug = sme.firmName.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const reportUrl = `/assessments/${assessmentId}/revisions/1/report`;
  const response = await page.request.get(`${reportUrl}?lang=ms`);
  expect(response.status(), await response.text().then((body) => body.slice(0, 500))).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect(response.headers()["content-disposition"]).toBe(`attachment; filename="adp-readiness-${slug}-r1.pdf"`);
  expectPdf(await response.body());
  // A revision that was never submitted has no report.
  expect((await page.request.get(`/assessments/${assessmentId}/revisions/2/report`)).status()).toBe(404);

  // The firm downloads the report from its results page.
  await page.goto(`/assessments/${assessmentId}/results`);
  const link = page.getByRole("link", { name: "Download the PDF report of revision 1" });
  await expect(link).toBeVisible();
  await expectNoAxeViolations(page, "results page with the report link");
  const started = Date.now();
  const fromResults = await download(page, link);
  console.info(`report: the results page's download took ${Date.now() - started} ms`);
  expect(fromResults.file.suggestedFilename()).toBe(`adp-readiness-${slug}-r1.pdf`);
  expectPdf(fromResults.bytes);

  // The cohort's officer downloads it from the review page.
  await officer.goto(`/officer/assessments/${assessmentId}/review`);
  const fromReview = await download(officer, officer.getByRole("link", { name: "Download the PDF report of revision 1" }));
  expectPdf(fromReview.bytes);

  // Nobody else learns that the assessment exists.
  expect((await otherSme.request.get(reportUrl)).status(), "another firm's manager").toBe(404);
  expect((await otherOfficer.request.get(reportUrl)).status(), "another programme's officer").toBe(404);
});
