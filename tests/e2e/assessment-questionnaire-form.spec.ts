import type { Page } from "@playwright/test";
import {
  findDimension,
  indicatorGroup,
  levelRadio,
  listDimensions,
  openDimensionPage,
  openDraft,
  profileText,
  saveAnswersThroughApi,
  saveStatus,
  shownAnswer,
  startAssessment,
} from "./support/assessment";
import { signInThroughForm, signInWithApi } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { signUpSme } from "./support/sign-up";

// Issue 16, the questionnaire: a valid change is saved while another field on the page is
// invalid, the invalid one is named at its field and in a save status that stays in view; the
// limits (three challenges, "None of these", employees from 1) apply as the person answers;
// the progress line follows the answers; a target below today's level is said at once.

const employeesLabel = profileText.employees!.label;
const tooSmall = "Enter a number of at least 1.";
const group = (page: Page, id: string) => page.getByRole("group", { name: profileText[id]!.label, exact: true });
const answeredProgress = (page: Page) => page.getByTestId("answered-progress");

async function expectStored(page: Page, assessmentId: string, shown: Record<string, string>): Promise<void> {
  const check = await page.context().newPage();
  await check.goto(`/assessments/${assessmentId}/check`);
  for (const [label, value] of Object.entries(shown)) await expect(shownAnswer(check, label)).toHaveText(value);
  await check.close();
}

test("profile page: three valid changes are saved beside an invalid employees value, named at its field and in the sticky status", async ({ page }) => {
  test.slow(); // sign-up, autosaves, axe three times and a check page
  const sme = await signUpSme(page, "quest-profile");
  await signInThroughForm(page, sme);
  const assessmentId = await startAssessment(page);
  await expectNoAxeViolations(page, "profile page, pristine");

  const employees = page.getByLabel(employeesLabel);
  await employees.fill("0");
  await employees.blur(); // checked as the person leaves the field
  await expect(employees).toHaveAttribute("aria-invalid", "true");
  await expect(employees).toHaveAccessibleDescription(new RegExp(tooSmall.replace(/\./g, "\\.")));

  await group(page, "turnover").getByRole("radio", { name: "USD 1 million to 5 million" }).check();
  await group(page, "exports").getByRole("radio", { name: "Yes" }).check();
  await page.getByRole("checkbox", { name: "Cloud computing" }).check();
  await expect(saveStatus(page)).toHaveText(`Saved · ${employeesLabel}: ${tooSmall} – not saved.`);

  // The status stays in view at the bottom of the page, where the last questions are.
  await page.getByRole("button", { name: "Save and continue" }).scrollIntoViewIfNeeded();
  await expect(saveStatus(page)).toBeInViewport();
  await expect(saveStatus(page)).toContainText(employeesLabel);
  await expect(employees).toHaveValue("0");
  await expectNoAxeViolations(page, "profile page, one answer invalid");

  await expectStored(page, assessmentId, {
    [profileText.turnover!.label]: "USD 1 million to 5 million",
    [profileText.exports!.label]: "Yes",
    [profileText.technologies!.label]: "Cloud computing",
    [employeesLabel]: "40",
  });

  // Put right, it is saved and the status says so.
  await employees.fill("12");
  await expect(employees).not.toHaveAttribute("aria-invalid", "true");
  await expect(saveStatus(page)).toHaveText("Saved");
  await expectNoAxeViolations(page, "profile page, saved");
  await expectStored(page, assessmentId, { [employeesLabel]: "12" });
});

test("profile page: at most three challenges can be ticked, and 'None of these' excludes the other technologies", async ({ page }) => {
  const sme = await signUpSme(page, "quest-limits");
  await signInThroughForm(page, sme);
  await startAssessment(page);

  const challenges = ["Lack of funds", "Weak links with other firms", "Little awareness of uses and benefits"];
  const fourth = page.getByRole("checkbox", { name: "Lack of qualified personnel" });
  for (const name of challenges) await page.getByRole("checkbox", { name }).check();
  await expect(fourth).toBeDisabled();
  await expect(fourth).not.toBeChecked();
  await expect(group(page, "challenges")).toContainText("You have chosen 3: untick one to choose another.");
  await expect(fourth).toHaveAccessibleDescription("You have chosen 3: untick one to choose another.");
  // By keyboard: Space on the third box unticks it, and the fourth can be ticked again.
  await page.getByRole("checkbox", { name: challenges[2]! }).focus();
  await page.keyboard.press("Space");
  await expect(fourth).toBeEnabled();
  await fourth.focus();
  await page.keyboard.press("Space");
  await expect(fourth).toBeChecked();
  await expect(saveStatus(page)).toHaveText("Saved");

  const none = page.getByRole("checkbox", { name: "None of these" });
  await page.getByRole("checkbox", { name: "Cloud computing" }).check();
  await page.getByRole("checkbox", { name: "Industrial sensors" }).check();
  await none.check();
  await expect(page.getByRole("checkbox", { name: "Cloud computing" })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Industrial sensors" })).not.toBeChecked();
  await page.getByRole("checkbox", { name: "Edge computing" }).check();
  await expect(none).not.toBeChecked();
  await expect(saveStatus(page)).toHaveText("Saved");
  await expect(group(page, "technologies")).not.toContainText("cannot be combined");
});

test("a dimension page's progress line follows the answers and its jump list reaches every page", async ({ page }) => {
  const { assessmentId } = await openDraft(page, "quest-progress");
  const skills = findDimension("skills");
  await openDimensionPage(page, assessmentId, skills);
  const before = /^(\d+) of (\d+) answered$/.exec((await answeredProgress(page).textContent()) ?? "");
  expect(before, "the progress line reads 'n of N answered'").not.toBeNull();
  const [answered, total] = [Number(before![1]), Number(before![2])];

  await levelRadio(indicatorGroup(page, skills.indicators[0]!), skills.indicators[0]!, 2).check();
  await expect(answeredProgress(page)).toHaveText(`${answered + 1} of ${total} answered`);
  await levelRadio(indicatorGroup(page, skills.indicators[1]!), skills.indicators[1]!, 3).check();
  await expect(answeredProgress(page)).toHaveText(`${answered + 2} of ${total} answered`);
  await expect(saveStatus(page)).toHaveText("Saved");

  // Scrolled to the end of the page, the line is still in view.
  await page.getByRole("button", { name: "Save and continue" }).scrollIntoViewIfNeeded();
  await expect(answeredProgress(page)).toBeInViewport();

  await page.getByText("Go to a page").click();
  const leadership = findDimension("leadership");
  await page.getByRole("link", { name: leadership.title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: leadership.title })).toBeVisible();
  await expect(answeredProgress(page)).toHaveText(`${answered + 2} of ${total} answered`);
});

test("a target below today's level is said as it is chosen, and after a post without JavaScript", async ({ page, browser, baseURL }) => {
  test.slow(); // sign-up, two browsers, a page post
  const { sme, assessmentId } = await openDraft(page, "quest-target");
  // Every indicator at level 4, so today's level is 4 in every dimension.
  const dimensions = listDimensions({ services: false });
  await saveAnswersThroughApi(page.request, assessmentId, { levels: Object.fromEntries(dimensions.flatMap((d) => d.indicators.map((i) => [i.id, 4]))) });
  await page.goto(`/assessments/${assessmentId}/targets`);
  const first = page.getByRole("group", { name: dimensions[0]!.title, exact: true });
  const message = "Already above this target: the gap counts as 0.";
  await expect(first).not.toContainText(message);
  await first.getByRole("radio", { name: /^2 – / }).check();
  await expect(first).toContainText(message);
  await expect(first).toHaveAccessibleDescription(new RegExp(message.replace(/\./g, "\\.")));
  await first.getByRole("radio", { name: /^5 – / }).check();
  await expect(first).not.toContainText(message);

  const context = await browser.newContext({ baseURL, locale: "en-GB", javaScriptEnabled: false });
  await signInWithApi(context.request, sme);
  const noJs = await context.newPage();
  await noJs.goto(`/assessments/${assessmentId}/targets`);
  const second = noJs.getByRole("group", { name: dimensions[1]!.title, exact: true });
  await second.getByRole("radio", { name: /^1 – / }).check();
  await noJs.getByRole("button", { name: "Save and return to the overview" }).click();
  await noJs.goto(`/assessments/${assessmentId}/targets`);
  await expect(noJs.getByRole("group", { name: dimensions[1]!.title, exact: true })).toContainText(message);
  await context.close();
});
