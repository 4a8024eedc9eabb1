import {
  answerProfile,
  findDimension,
  indicatorGroup,
  levelRadio,
  pageCount,
  questionnaireTitle,
  saveStatus,
  sectionTitles,
  startAssessment,
} from "./support/assessment";
import { signInThroughForm } from "./support/auth";
import { expect, test } from "./support/fixtures";
import { signUpSme } from "./support/sign-up";

// Journey: an SME manager answers part of the assessment on one device and picks it up on
// another. "Continue" opens the first unanswered question (page, anchor and focus), not the start,
// and what was answered on the first device is there.

test("a draft resumes on another device at the first unanswered question", async ({ page, signedInPage }) => {
  const sme = await signUpSme(page, "resume");
  await signInThroughForm(page, sme);
  const assessmentId = await startAssessment(page);
  const skills = findDimension("skills");
  const leadership = findDimension("leadership");

  // First device: the profile, the whole first dimension, and one rating of the second.
  await answerProfile(page, { offersServices: false });
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: skills.title })).toBeVisible();
  for (const [index, indicator] of skills.indicators.entries()) await levelRadio(indicatorGroup(page, indicator), indicator, index + 1).check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: leadership.title })).toBeVisible();
  const [answered, firstUnanswered] = leadership.indicators;
  await levelRadio(indicatorGroup(page, answered!), answered!, 3).check();
  await expect(saveStatus(page)).toHaveText("Saved");
  await page.context().close();

  // Second device: a new browser, signed in afresh.
  const device = await signedInPage(sme);
  await device.goto("/dashboard");
  const row = device.getByRole("row").filter({ hasText: "Draft" });
  await expect(row).toHaveCount(1);
  await row.getByRole("link", { name: "Continue" }).click();

  await expect(device).toHaveURL(new RegExp(`/assessments/${assessmentId}/leadership#q-levels--${firstUnanswered!.id}$`));
  await expect(device.getByRole("heading", { level: 1, name: leadership.title })).toBeVisible();
  await expect(device.getByText(`Page 3 of ${pageCount({ services: false })} · ${sectionTitles.people}`)).toBeVisible();
  // The anchor is where keyboard focus continues from: one Tab lands in the unanswered question.
  await device.keyboard.press("Tab");
  await expect(levelRadio(indicatorGroup(device, firstUnanswered!), firstUnanswered!, 0)).toBeFocused();
  await expect(levelRadio(indicatorGroup(device, answered!), answered!, 3)).toBeChecked();

  // The overview agrees: People in progress, and its button leads to the same question.
  await device.goto(`/assessments/${assessmentId}`);
  await expect(device.getByRole("heading", { level: 1, name: questionnaireTitle })).toBeVisible();
  await expect(device.getByRole("listitem").filter({ hasText: sectionTitles.profile! })).toContainText("Completed");
  await expect(device.getByRole("listitem").filter({ hasText: sectionTitles.people! })).toContainText("In progress (4/12)");
  await expect(device.getByRole("listitem").filter({ hasText: sectionTitles.process! })).toContainText("Not started");
  await device.getByRole("link", { name: "Continue where you left off" }).click();
  await expect(device).toHaveURL(new RegExp(`/leadership#q-levels--${firstUnanswered!.id}$`));
  await expect(device.getByRole("heading", { level: 1, name: leadership.title })).toBeVisible();
  await device.keyboard.press("Tab");
  await expect(levelRadio(indicatorGroup(device, firstUnanswered!), firstUnanswered!, 0)).toBeFocused();
});
