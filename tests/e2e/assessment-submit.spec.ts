import type { Page, Request } from "@playwright/test";
import {
  findDimension,
  indicatorGroup,
  levelRadio,
  levelsPatch,
  listDimensions,
  profilePatch,
  questionnaireTitle,
  saveAnswersThroughApi,
  saveStatus,
  shownAnswer,
  shownLevel,
  startAssessment,
} from "./support/assessment";
import { signInThroughForm } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { signUpSme } from "./support/sign-up";

// Journey: an SME manager submits the assessment. The server refuses an incomplete one with the
// list of what is missing and a missing declaration with its error, submitting nothing; a double
// click and a replayed post create exactly one submission; afterwards the assessment is read-only
// in the pages, in a tab left open on a question, and in the autosave API.

const dimensions = listDimensions({ services: false });
const skills = findDimension("skills");
const [firstSkill] = skills.indicators;
const checkHeading = "Check your answers and submit";

const missingSummary = (page: Page) => page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Some answers are missing" }) });

async function expectDashboardRow(page: Page, status: string): Promise<void> {
  await page.goto("/dashboard");
  const rows = page.getByRole("row").filter({ has: page.getByRole("cell") });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(status);
}

test("submitting checks completeness and the declaration, happens once, and freezes the assessment", async ({ page }) => {
  test.setTimeout(240_000);
  const sme = await signUpSme(page, "submit");
  await signInThroughForm(page, sme);
  const assessmentId = await startAssessment(page);
  const api = `/api/assessments/${assessmentId}/answers`;
  const checkUrl = `/assessments/${assessmentId}/check`;

  // Incomplete: the check page lists each missing answer with a link to its question, and offers no submit.
  const levels = levelsPatch(dimensions);
  const unanswered = [skills.indicators[1]!, dimensions.at(-1)!.indicators[2]!];
  for (const indicator of unanswered) delete levels[indicator.id];
  await saveAnswersThroughApi(page.request, assessmentId, { profile: profilePatch({ offersServices: false }), levels });
  await page.goto(checkUrl);
  const summary = missingSummary(page);
  await expect(summary.getByRole("link")).toHaveText(unanswered.map((indicator) => `Answer: ${indicator.question}`));
  await expect(page.getByRole("button", { name: "Submit assessment" })).toHaveCount(0);
  await expectNoAxeViolations(page, "check page with missing answers");
  await summary.getByRole("link", { name: `Answer: ${unanswered[0]!.question}` }).click();
  await expect(page).toHaveURL(new RegExp(`/${skills.id}#q-levels--${unanswered[0]!.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: skills.title })).toBeVisible();

  // Complete, but the page goes stale: an answer is cleared elsewhere before the submit arrives.
  await saveAnswersThroughApi(page.request, assessmentId, { levels: levelsPatch(dimensions) });
  await page.goto(checkUrl);
  await expect(missingSummary(page)).toHaveCount(0);
  await saveAnswersThroughApi(page.request, assessmentId, { levels: { [firstSkill!.id]: null } });
  await page.getByRole("checkbox", { name: /^I confirm/ }).check();
  await page.getByRole("button", { name: "Submit assessment" }).click();
  await expect(page).toHaveURL(/\/check\?error=incomplete$/);
  await expect(missingSummary(page).getByRole("link")).toHaveText([`Answer: ${firstSkill!.question}`]);
  await expectDashboardRow(page, "Draft");
  await saveAnswersThroughApi(page.request, assessmentId, { levels: { [firstSkill!.id]: 3 } });

  // No declaration: its error in the summary and at the checkbox; still a draft.
  await page.goto(checkUrl);
  await page.getByRole("button", { name: "Submit assessment" }).click();
  const problem = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await expect(problem.getByRole("link", { name: "Confirm the declaration before you submit." })).toHaveAttribute("href", "#declaration");
  const declaration = page.getByRole("checkbox", { name: /^I confirm/ });
  await expect(declaration).toHaveAccessibleDescription(/Confirm the declaration before you submit\.$/);
  await expectNoAxeViolations(page, "check page with the declaration error");
  await problem.getByRole("link", { name: "Confirm the declaration before you submit." }).click();
  await expect(declaration).toBeFocused();
  await expectDashboardRow(page, "Draft");

  // A tab left open on a question page, to try editing after the submission.
  const staleTab = await page.context().newPage();
  await staleTab.goto(`/assessments/${assessmentId}/${skills.id}`);
  await expect(levelRadio(indicatorGroup(staleTab, firstSkill!), firstSkill!, 3)).toBeChecked();

  // A second tab on the check page, with its own copy of the form (and its own idempotency key).
  const secondCheckTab = await page.context().newPage();
  await secondCheckTab.goto(checkUrl);
  await expect(secondCheckTab.getByRole("button", { name: "Submit assessment" })).toBeVisible();

  // Double click on submit, then the same post replayed twice (a browser retry, a second device
  // resending it): one submission, and every attempt lands on the confirmation.
  await page.goto(checkUrl);
  await expect(page.getByRole("heading", { level: 1, name: checkHeading })).toBeVisible();
  const posts: Request[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().includes("/check")) posts.push(request);
  });
  await page.getByRole("checkbox", { name: /^I confirm/ }).check();
  await page.getByRole("button", { name: "Submit assessment" }).dblclick();
  await expect(page).toHaveURL(new RegExp(`/assessments/${assessmentId}\\?submitted=1$`));
  await expect(page.getByRole("status").filter({ hasText: "Assessment submitted" })).toBeVisible();
  expect(posts.length, "the submit was posted").toBeGreaterThan(0);
  const replays = await Promise.all([0, 1].map(() => page.request.fetch(posts[0]!, { maxRedirects: 0 })));
  for (const replay of replays) {
    expect(replay.status(), "a replayed submit is answered as a redirect, not an error").toBeLessThan(400);
    // Next answers a server action's redirect with an x-action-redirect header (a plain form post: Location).
    expect(`${replay.headers()["location"] ?? ""} ${replay.headers()["x-action-redirect"] ?? ""}`).toContain(`/assessments/${assessmentId}?submitted=1`);
  }
  // The second tab submits too: it lands on the record without a second submission.
  await secondCheckTab.getByRole("checkbox", { name: /^I confirm/ }).check();
  await secondCheckTab.getByRole("button", { name: "Submit assessment" }).click();
  await expect(secondCheckTab).toHaveURL(new RegExp(`/assessments/${assessmentId}$`));
  await expect(secondCheckTab.getByText("Submitted", { exact: true })).toBeVisible();
  await expectDashboardRow(page, "Submitted");
  await page.goto(`/assessments/${assessmentId}`);
  await expect(page.getByRole("term").filter({ hasText: /^Revision$/ }).locator("xpath=following-sibling::dd[1]")).toHaveText("1");

  // Read-only: every editing URL shows the record, which has no form controls.
  for (const path of [`/${skills.id}`, "/profile", "/targets", "/check", "/resume"]) {
    await page.goto(`/assessments/${assessmentId}${path}`);
    await expect(page, `${path} after submission`).toHaveURL(new RegExp(`/assessments/${assessmentId}$`));
    await expect(page.getByRole("heading", { level: 1, name: questionnaireTitle })).toBeVisible();
  }
  await expect(page.getByText("This assessment has been submitted: its answers are shown as they were submitted")).toBeVisible();
  const main = page.getByRole("main");
  for (const role of ["radio", "checkbox", "textbox", "combobox", "button"] as const) await expect(main.getByRole(role)).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Change/ })).toHaveCount(0);
  await expect(shownAnswer(page, firstSkill!.question)).toHaveText(shownLevel(firstSkill!, 3));
  await expectNoAxeViolations(page, "submitted record");

  // The autosave API refuses to change it.
  const put = await page.request.put(api, { data: { baseVersion: 0, patch: { levels: { [firstSkill!.id]: 0 } } } });
  expect(put.status()).toBe(409);
  expect(((await put.json()) as { error: string }).error).toBe("not_editable");

  // The tab left open: its autosave says the assessment is locked, and its form post lands on
  // the record without changing it.
  await levelRadio(indicatorGroup(staleTab, firstSkill!), firstSkill!, 5).check();
  await expect(saveStatus(staleTab)).toHaveText("Not saved – this assessment has been submitted and can no longer be changed.");
  await staleTab.getByRole("button", { name: "Save and continue" }).click();
  await expect(staleTab).toHaveURL(new RegExp(`/assessments/${assessmentId}$`));
  await expect(shownAnswer(staleTab, firstSkill!.question)).toHaveText(shownLevel(firstSkill!, 3));
  await expectDashboardRow(page, "Submitted");
});
