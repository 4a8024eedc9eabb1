import type { Page } from "@playwright/test";
import {
  answerProfile,
  findDimension,
  indicatorGroup,
  levelRadio,
  levelsPatch,
  listDimensions,
  pageCount,
  profileText,
  questionnaireTitle,
  saveAnswersThroughApi,
  sectionTitles,
  startAssessment,
} from "./support/assessment";
import { signInThroughForm } from "./support/auth";
import { expect, test } from "./support/fixtures";
import { signUpSme } from "./support/sign-up";

// Journey: the manufacturing-related services module follows the profile answer "Does your firm
// offer manufacturing-related services?". No: it is in neither the task list nor the page
// sequence. Yes: both. Back to No: gone again, and submitting does not ask for its answers.

const servicesTitle = sectionTitles.services!;
const digitalDesign = findDimension("digital-design");
const digitalServices = findDimension("digital-services");
const afterSales = findDimension("after-sales");

async function setOffersServices(page: Page, assessmentId: string, offers: boolean): Promise<void> {
  await page.goto(`/assessments/${assessmentId}/profile`);
  await page.getByRole("group", { name: profileText["offers-services"]!.label }).getByRole("radio", { name: offers ? "Yes" : "No" }).check();
  await page.getByRole("button", { name: "Save and return to the overview" }).click();
  await expect(page.getByRole("heading", { level: 1, name: questionnaireTitle })).toBeVisible();
}

function taskList(page: Page) {
  return page.getByRole("list").filter({ has: page.getByRole("link", { name: sectionTitles.profile!, exact: true }) });
}

/** Opens the last Technology page and says where "Save and continue" leads. */
async function pageAfterTechnology(page: Page, assessmentId: string, total: number): Promise<void> {
  await page.goto(`/assessments/${assessmentId}/${digitalDesign.id}`);
  // Always page 13: the services pages come after Technology.
  await expect(page.getByText(`Page ${pageCount({ services: false }) - 1} of ${total}`)).toBeVisible();
  await page.getByRole("button", { name: "Save and continue" }).click();
}

test("the services module appears only while the profile says the firm offers services", async ({ page }) => {
  const sme = await signUpSme(page, "services");
  await signInThroughForm(page, sme);
  const assessmentId = await startAssessment(page);
  const withoutServices = pageCount({ services: false });
  const withServices = pageCount({ services: true });

  // No: fourteen pages, no services section, and Technology leads straight to the targets.
  await answerProfile(page, { offersServices: false });
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByText(`Page 2 of ${withoutServices}`)).toBeVisible();
  await page.goto(`/assessments/${assessmentId}`);
  await expect(taskList(page).getByRole("link", { name: sectionTitles.technology!, exact: true })).toBeVisible();
  await expect(taskList(page).getByText(servicesTitle)).toHaveCount(0);
  await pageAfterTechnology(page, assessmentId, withoutServices);
  await expect(page.getByRole("heading", { level: 1, name: sectionTitles.targets! })).toBeVisible();
  await expect(page.getByRole("group", { name: digitalServices.title })).toHaveCount(0);
  const hidden = await page.goto(`/assessments/${assessmentId}/${digitalServices.id}`);
  expect(hidden?.status(), "a services page while the firm offers none").toBe(404);

  // Yes: the section is listed, Technology leads to its two pages, then the targets include them.
  await setOffersServices(page, assessmentId, true);
  await expect(taskList(page).getByRole("listitem").filter({ hasText: servicesTitle })).toContainText("Not started");
  await pageAfterTechnology(page, assessmentId, withServices);
  await expect(page.getByRole("heading", { level: 1, name: digitalServices.title })).toBeVisible();
  await expect(page.getByText(`Page ${withServices - 2} of ${withServices} · ${servicesTitle}`)).toBeVisible();
  for (const indicator of digitalServices.indicators) await levelRadio(indicatorGroup(page, indicator), indicator, 2).check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: afterSales.title })).toBeVisible();
  await levelRadio(indicatorGroup(page, afterSales.indicators[0]!), afterSales.indicators[0]!, 1).check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: sectionTitles.targets! })).toBeVisible();
  await expect(page.getByRole("group", { name: digitalServices.title })).toBeVisible();
  await expect(page.getByRole("group", { name: afterSales.title })).toBeVisible();

  // With every other indicator rated, the check page asks for the two missing services answers only.
  await saveAnswersThroughApi(page.request, assessmentId, { levels: levelsPatch(listDimensions({ services: false })) });
  await page.goto(`/assessments/${assessmentId}/check`);
  const missing = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Some answers are missing" }) });
  await expect(missing.getByRole("link")).toHaveText([`Answer: ${afterSales.indicators[1]!.question}`, `Answer: ${afterSales.indicators[2]!.question}`]);
  await expect(page.getByRole("button", { name: "Submit assessment" })).toHaveCount(0);
  await page.goto(`/assessments/${assessmentId}`);
  await expect(taskList(page).getByRole("listitem").filter({ hasText: servicesTitle })).toContainText("In progress (4/6)");

  // Back to No: gone from the task list, the sequence and the check page, which now lets the firm submit.
  await setOffersServices(page, assessmentId, false);
  await expect(taskList(page).getByText(servicesTitle)).toHaveCount(0);
  await pageAfterTechnology(page, assessmentId, withoutServices);
  await expect(page.getByRole("heading", { level: 1, name: sectionTitles.targets! })).toBeVisible();
  await page.goto(`/assessments/${assessmentId}/check`);
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers and submit" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Some answers are missing" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: digitalServices.title })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: afterSales.title })).toHaveCount(0);
  await page.getByRole("checkbox", { name: /^I confirm/ }).check();
  await page.getByRole("button", { name: "Submit assessment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Assessment submitted" })).toBeVisible();
  await expect(page.getByRole("heading", { name: digitalServices.title })).toHaveCount(0);
});
