import type { Page } from "@playwright/test";
import { indicatorGroup, levelFor, levelRadio, listDimensions, pageCount, profileText, sectionTitles } from "./support/assessment";
import { expect, test } from "./support/fixtures";
import { fillSignUpForm, newSmeInput } from "./support/sign-up";

// Issue 16: the whole journey of a new SME manager on a 375 px phone, from sign-up to the results,
// counting the full page loads and the scroll height of every page on the way (printed). Before
// the forms on react-hook-form and the short pages it took 22 full page loads; the question pages
// of the assessment must now scroll at most half as far as they did. Their heights before, at
// 375 px, measured on commit 208ff21 (tests/e2e/assessment-scroll-height.spec.ts): a dimension
// page 6,044 px (skills), the targets page 13,058 px.
const pageLoadsBefore = 22;
const before375 = { dimension: 6_044, targets: 13_058 };

type Visit = { page: string; scrollHeight: number };

async function measure(page: Page, visits: Visit[], name: string): Promise<void> {
  visits.push({ page: name, scrollHeight: await page.evaluate(() => document.documentElement.scrollHeight) });
}

test("a new SME manager signs up, completes an assessment and reads the results on a 375 px phone, with half the scrolling", async ({ page }) => {
  test.setTimeout(300_000); // sign-up, 13 question pages, submit and results on a shared machine
  await page.setViewportSize({ width: 375, height: 812 });
  let pageLoads = 0;
  page.on("load", () => (pageLoads += 1));
  const visits: Visit[] = [];
  const heading = (name: string) => page.getByRole("heading", { level: 1, name, exact: true });

  await page.goto("/sign-up");
  await measure(page, visits, "sign-up");
  await fillSignUpForm(page, newSmeInput("phone-journey", { enrolmentCode: "penang 2026" }));
  await expect(heading("My assessments")).toBeVisible();
  await measure(page, visits, "dashboard");
  await page.getByRole("button", { name: "Start a new assessment", exact: true }).click();

  await expect(heading(sectionTitles.profile!)).toBeVisible();
  await measure(page, visits, "profile");
  const profileGroup = (id: string) => page.getByRole("group", { name: profileText[id]!.label, exact: true });
  await profileGroup("turnover").getByRole("radio", { name: "USD 1 million to 5 million" }).check();
  await profileGroup("exports").getByRole("radio", { name: "No" }).check();
  await profileGroup("offers-services").getByRole("radio", { name: "No" }).check();
  for (const name of ["Industrial sensors", "Lack of funds"]) await page.getByRole("checkbox", { name, exact: true }).check();
  await page.getByRole("button", { name: "Save and continue", exact: true }).click();

  let indicatorIndex = 0;
  const dimensions = listDimensions({ services: false });
  for (const [pageIndex, dimension] of dimensions.entries()) {
    await expect(heading(dimension.title)).toBeVisible();
    await expect(page.getByText(`Page ${pageIndex + 2} of ${pageCount({ services: false })}`)).toBeVisible();
    await measure(page, visits, dimension.id);
    for (const indicator of dimension.indicators) {
      await levelRadio(indicatorGroup(page, indicator), indicator, levelFor(indicatorIndex)).check();
      indicatorIndex += 1;
    }
    await page.getByRole("button", { name: "Save and continue", exact: true }).click();
  }

  await expect(heading(sectionTitles.targets!)).toBeVisible();
  await measure(page, visits, "targets");
  await page.getByRole("button", { name: "Save and continue", exact: true }).click();

  await expect(heading("Check your answers and submit")).toBeVisible();
  await measure(page, visits, "check");
  await page.getByRole("checkbox", { name: /^I confirm/ }).check();
  await page.getByRole("button", { name: "Submit assessment", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Assessment submitted" })).toBeVisible();
  await measure(page, visits, "submitted record");
  await page.getByRole("link", { name: /results/i }).first().click();
  await expect(page).toHaveURL(/\/results$/);
  await measure(page, visits, "results");

  // Nothing may scroll sideways on the way.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const totalScroll = visits.reduce((sum, visit) => sum + visit.scrollHeight, 0);
  console.log(`375 px journey: ${pageLoads} full page loads (before: ${pageLoadsBefore}), ${totalScroll} px of page height over ${visits.length} pages`);
  console.log(visits.map((visit) => `  ${visit.page}: ${visit.scrollHeight} px`).join("\n"));

  // With JavaScript the journey moves between pages without full loads (the forms post through
  // their actions); at most half as many as before.
  expect(pageLoads).toBeLessThanOrEqual(pageLoadsBefore / 2);
  const heightOf = (name: string) => visits.find((visit) => visit.page === name)!.scrollHeight;
  const dimensionPages = dimensions.map((dimension) => heightOf(dimension.id));
  const questionPagesNow = dimensionPages.reduce((sum, height) => sum + height, 0) + heightOf("targets");
  const questionPagesBefore = dimensions.length * before375.dimension + before375.targets;
  console.log(`question pages at 375 px: ${questionPagesNow} px (before about ${questionPagesBefore} px)`);
  expect(questionPagesNow).toBeLessThanOrEqual(questionPagesBefore / 2);
  for (const [index, height] of dimensionPages.entries()) expect(height, `${dimensions[index]!.id} page at 375 px`).toBeLessThanOrEqual(before375.dimension / 2);
  expect(heightOf("targets"), "targets page at 375 px").toBeLessThanOrEqual(before375.targets / 2);
});
