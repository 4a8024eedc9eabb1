import type { Page } from "@playwright/test";
import { submitCompleteAssessment } from "./support/assessment";
import { demo } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

// Journeys: the Penang officer reads the cohort analytics of the demo cohort and narrows them to
// one sector with the filter form (a plain GET, no JavaScript needed); a firm of the cohort's
// largest sector submits and sees where its index stands among the other firms of its sector.
// Another officer's programme reads as "not found".

const rubberAndPlastics = "Rubber and plastics products";

async function firmCount(page: Page): Promise<number> {
  return Number(await page.getByTestId("cohort-firm-count").textContent());
}

test("the officer reads the cohort figures and filters them by sector", async ({ asOfficer: page }) => {
  await page.goto("/officer");
  await page.getByRole("link", { name: demo.penangProgramme.name }).click();
  await expect(page).toHaveURL(`/officer/programmes/${demo.penangProgramme.id}`);
  await page.getByRole("link", { name: "Cohort analytics" }).click();
  await expect(page).toHaveURL(`/officer/programmes/${demo.penangProgramme.id}/analytics`);

  await expect(page.getByRole("heading", { level: 1, name: "Cohort analytics" })).toBeVisible();
  const all = await firmCount(page);
  expect(all, "the demo cohort has submitted assessments").toBeGreaterThanOrEqual(8);
  for (const heading of ["Cohort radar", "Readiness index distribution", "Readiness bands", "Sectors and factors", "Most common priority gaps", "Progress from first to latest assessment"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }

  // Each chart carries its numbers in a table; the histogram's counts add up to the firm count.
  const histogram = page.getByRole("region", { name: "Readiness index distribution" });
  await histogram.getByText("Show the numbers as a table").click();
  const binTable = histogram.getByRole("table", { name: "Firms per readiness index range" });
  await expect(binTable).toBeVisible();
  await expect(binTable.getByRole("row")).toHaveCount(11);
  const counts = await binTable.locator("tbody td").allTextContents();
  expect(counts.reduce((sum, count) => sum + Number(count), 0)).toBe(all);
  const radar = page.getByRole("region", { name: "Cohort radar" });
  await radar.getByText("Show the numbers as a table").first().click();
  await expect(radar.getByRole("table", { name: "Self-assessed dimension scores of the cohort" }).getByRole("rowheader", { name: "Automation" })).toBeVisible();
  await expectNoAxeViolations(page, "cohort analytics");

  await page.getByLabel("Sector", { exact: true }).selectOption({ label: `22 – ${rubberAndPlastics}` });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]sector=22(&|$)/);
  await expect(page.getByLabel("Sector", { exact: true })).toHaveValue("22");
  const sector = await firmCount(page);
  expect(sector).toBeGreaterThanOrEqual(1);
  expect(sector).toBeLessThan(all);
  const heatMap = page.getByRole("table", { name: "Mean self-assessed factor score by sector" });
  await expect(heatMap.getByRole("rowheader")).toHaveText([rubberAndPlastics]);
  await expectNoAxeViolations(page, "cohort analytics filtered by sector");

  // A filter nothing matches says so instead of drawing empty charts.
  await page.getByLabel("Sector", { exact: true }).selectOption("72");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByText("No submitted assessments match these filters.")).toBeVisible();
  expect(await firmCount(page)).toBe(0);
  await expect(page.getByRole("heading", { level: 2, name: "Cohort radar" })).toHaveCount(0);

  // The dates are checked: an end before the start is reported, and the whole cohort is shown.
  await page.goto(`/officer/programmes/${demo.penangProgramme.id}/analytics?from=2026-05-01&to=2026-04-01`);
  await expect(page.getByText("The end date must be on or after the start date.").first()).toBeVisible();
  // Other journeys may submit into the demo programme meanwhile, so the cohort can only have grown.
  expect(await firmCount(page)).toBeGreaterThanOrEqual(all);
});

test("another programme's analytics read as not found", async ({ asOfficer: page }) => {
  const response = await page.goto(`/officer/programmes/${demo.selangorProgramme.id}/analytics`);
  expect(response?.status()).toBe(404);
  expect(await page.content()).not.toContain(demo.selangorProgramme.name);
});

test("a firm of the cohort's largest sector sees where its index stands among its peers", async ({ page }) => {
  test.setTimeout(120_000);
  const { assessmentId } = await submitCompleteAssessment(page, "peer", { sector: "22" });

  await page.goto(`/assessments/${assessmentId}/results`);
  const benchmark = page.getByRole("region", { name: "How you compare" });
  await expect(benchmark).toContainText(
    new RegExp(`Your readiness index is higher than \\d{1,3}% of the \\d+ other firms in ${rubberAndPlastics} in ${demo.penangProgramme.name}\\.`),
  );
  await benchmark.getByText("How is this worked out?").click();
  await expect(benchmark.getByText("Your own firm is not one of the others.", { exact: false })).toBeVisible();
  await expectNoAxeViolations(page, "results page with the peer benchmark");
});
