import type { Page } from "@playwright/test";
import { findDimension, indicatorGroup, levelRadio, levelsPatch, listDimensions, profilePatch, saveAnswersThroughApi, saveStatus, sectionTitles, startAssessment, submitFromCheckPage } from "./support/assessment";
import { demo, strongPassword, uniqueEmail } from "./support/accounts";
import { signInThroughForm } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { invitationLinkFromOutbox } from "./support/invitations";
import { signUpSme } from "./support/sign-up";

// Assigned sections (issue 19), in two browsers: a manager invites a colleague, who joins by the
// emailed link (read from the admin's outbox); the manager assigns them one dimension. The
// colleague sees "Your sections", answers it while the manager answers another, cannot save a
// page not assigned to them (read-only, and the API refuses), the overview shows both people's
// progress, and the manager submits; the Penang officer reviewing it sees who answered what.

async function answerDimension(page: Page, assessmentId: string, dimensionId: string, level: number) {
  const dimension = findDimension(dimensionId);
  await page.goto(`/assessments/${assessmentId}/${dimension.id}`);
  await expect(page.getByRole("heading", { level: 1, name: dimension.title })).toBeVisible();
  for (const indicator of dimension.indicators) await levelRadio(indicatorGroup(page, indicator), indicator, level).check();
  await expect(saveStatus(page)).toHaveText("Saved");
}

test("a manager assigns a dimension to a colleague, both answer their part, the overview shows both, and the manager submits", async ({ page, browser, baseURL, asAdmin: admin, asOfficer: officer }) => {
  test.setTimeout(300_000);
  const manager = await signUpSme(page, "assign-manager", { enrolmentCode: demo.penangProgramme.enrolmentCode });
  await signInThroughForm(page, manager);
  const assessmentId = await startAssessment(page);
  await saveAnswersThroughApi(page.request, assessmentId, { profile: profilePatch({ offersServices: false }) });

  await page.goto("/dashboard");
  await page.getByTestId("dashboard-team-link").click();
  const colleagueEmail = uniqueEmail("assign-colleague");
  await page.getByLabel("Colleague's work email address").fill(colleagueEmail);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status")).toContainText(colleagueEmail);

  const colleague = await (await browser.newContext({ baseURL, locale: "en-GB" })).newPage();
  await colleague.goto(await invitationLinkFromOutbox(admin, colleagueEmail));
  await colleague.getByLabel("Your full name").fill("Ben Colleague");
  await colleague.getByLabel("Password", { exact: true }).fill(strongPassword());
  await colleague.getByRole("button", { name: "Create account and join" }).click();
  await expect(colleague).toHaveURL(/\/dashboard\?firm=[0-9a-f-]{36}$/);

  // Before any assignment the colleague has no section of their own.
  await colleague.goto(`/assessments/${assessmentId}`);
  await expect(colleague.getByTestId("your-sections")).toContainText("No sections are assigned to you yet.");

  // The manager assigns the skills dimension to the colleague.
  const skills = findDimension("skills");
  const leadership = findDimension("leadership");
  await page.goto(`/assessments/${assessmentId}`);
  const form = page.getByRole("form", { name: "Assign sections" });
  await form.getByRole("checkbox", { name: "Ben Colleague (Contributor)" }).check();
  await form.getByRole("checkbox", { name: `${sectionTitles.people}: ${skills.title}` }).check();
  await form.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sections assigned." })).toBeVisible();
  await expect(page.getByTestId("section-progress").getByRole("row", { name: new RegExp(skills.title) })).toContainText("Ben Colleague");
  await expectNoAxeViolations(page, "overview of a manager with assignments");

  // The colleague starts from "Your sections" and answers them while the manager answers leadership.
  await colleague.reload();
  const mine = colleague.getByTestId("your-sections");
  await expect(mine).toContainText("0 of 1 sections complete, 0 of 3 questions answered.");
  await expectNoAxeViolations(colleague, "overview of a contributor");
  await mine.getByRole("link", { name: skills.title }).click();
  await expect(colleague.getByRole("heading", { level: 1, name: skills.title })).toBeVisible();
  await Promise.all([answerDimension(colleague, assessmentId, skills.id, 2), answerDimension(page, assessmentId, leadership.id, 3)]);

  // The leadership page is read-only for the colleague, and the API refuses their save.
  await colleague.goto(`/assessments/${assessmentId}/${leadership.id}`);
  await expect(colleague.getByTestId("page-lock")).toHaveText("Not assigned to you; ask a manager of the firm to assign it to you.");
  await expect(indicatorGroup(colleague, leadership.indicators[0]!).getByRole("radio").first()).toBeDisabled();
  await expect(colleague.getByRole("button", { name: "Save and continue" })).toHaveCount(0);
  await expectNoAxeViolations(colleague, "a page not assigned to the contributor");
  const probe = await colleague.request.put(`/api/assessments/${assessmentId}/answers`, { data: { baseVersion: 0, patch: {} } });
  const { version } = (await probe.json()) as { version: number };
  const refused = await colleague.request.put(`/api/assessments/${assessmentId}/answers`, { data: { baseVersion: version, patch: { levels: { [leadership.indicators[0]!.id]: 0 } } } });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toMatchObject({ error: "not_assigned" });

  // The overview shows each person's progress and each section's.
  await page.goto(`/assessments/${assessmentId}`);
  await expect(page.getByTestId("people-progress")).toHaveText("Ben Colleague: 1 of 1 sections complete, 3 of 3 questions answered");
  await expect(page.getByTestId("section-progress").getByRole("row", { name: new RegExp(leadership.title) })).toContainText("3 of 3");
  await colleague.goto(`/assessments/${assessmentId}`);
  await expect(colleague.getByTestId("your-sections")).toContainText("1 of 1 sections complete, 3 of 3 questions answered.");

  // The manager answers the rest and submits.
  const rest = levelsPatch(listDimensions({ services: false }).filter((d) => d.id !== skills.id && d.id !== leadership.id));
  await saveAnswersThroughApi(page.request, assessmentId, { levels: rest });
  await submitFromCheckPage(page, assessmentId);
  await colleague.context().close();

  // The officer reviewing the submission sees who gave each level: the colleague's skills, the manager's leadership.
  await officer.goto(`/officer/assessments/${assessmentId}/review`);
  const reviewed = (question: string) => officer.locator(".review-indicator").filter({ has: officer.getByRole("heading", { level: 4, name: question, exact: true }) });
  await expect(reviewed(skills.indicators[0]!.question).getByTestId("answered-by")).toHaveText(/^Answered by Ben Colleague, /);
  await expect(reviewed(leadership.indicators[0]!.question).getByTestId("answered-by")).toHaveText(new RegExp(`^Answered by ${manager.name}, `));
});

test("without JavaScript the manager assigns sections by a plain form post, and a post with nothing ticked says what is missing", async ({ browser, baseURL }) => {
  const page = await (await browser.newContext({ baseURL, locale: "en-GB", javaScriptEnabled: false })).newPage();
  const manager = await signUpSme(page, "assign-nojs");
  await signInThroughForm(page, manager);
  await page.goto("/dashboard");
  await page.getByRole("button", { name: "Start a new assessment" }).click();
  await expect(page).toHaveURL(/\/assessments\/[0-9a-f-]{36}\/profile/);
  const assessmentId = /\/assessments\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await page.goto(`/assessments/${assessmentId}`);
  const form = page.getByRole("form", { name: "Assign sections" });
  await form.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByRole("alert")).toContainText("Members: Choose at least one member.");
  await expect(page.getByRole("alert")).toContainText("Sections: Choose at least one section.");
  await page.getByRole("form", { name: "Assign sections" }).getByRole("checkbox", { name: `${manager.name} (Manager)` }).check();
  await page.getByRole("form", { name: "Assign sections" }).getByRole("checkbox", { name: "Your targets" }).check();
  await page.getByRole("form", { name: "Assign sections" }).getByRole("button", { name: "Assign" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sections assigned." })).toBeVisible();
  await expect(page.getByTestId("section-progress").getByRole("row", { name: /Your targets/ })).toContainText(manager.name);
  await page.context().close();
});
