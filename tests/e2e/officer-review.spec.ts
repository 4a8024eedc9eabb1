import type { Locator, Page } from "@playwright/test";
import { demo, demoCredentials } from "./support/accounts";
import {
  findDimension,
  indicatorGroup,
  levelRadio,
  shownLevel,
  submitCompleteAssessment,
  submitFromCheckPage,
  type Indicator,
} from "./support/assessment";
import { signInWithApi } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

// Journey: an SME in the Penang cohort submits; the cohort's officer finds it in the review queue,
// validates a level with a justification (a missing justification is refused with its error and
// changes nothing), comments on a dimension and returns the assessment with a reason. The firm sees
// the returned state, the reason and the comment, changes an answer and resubmits; the officer sees
// the change under "What changed", approves, and the history shows every step. Only the
// programme's officers may open the review: the firm gets 403, another programme's officer 404.

const skills = findDimension("skills");
const [firstSkill, secondSkill] = skills.indicators as [Indicator, Indicator, ...Indicator[]];
// levelsPatch rates the skills questions 2, 1, 0 (see levelFor).
const firmLevels = { first: 2, second: 1 };
const justification = "No training records were shown for the machine operators.";
const comment = "Describe how operators are trained on the new machines, with dates.";
const reason = "Please add evidence for the workforce skills ratings and check them again.";

const indicatorBlock = (page: Page, indicator: Indicator): Locator =>
  page.locator(".review-indicator").filter({ has: page.getByRole("heading", { level: 4, name: indicator.question, exact: true }) });
const problemSummary = (page: Page) => page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
const historyActions = (page: Page) => page.getByRole("table", { name: "Every action on this assessment, oldest first" }).locator("tbody th");


test("an officer validates, comments and returns; the firm revises and resubmits; the officer sees what changed and approves", async ({
  page,
  asOfficer: officer,
  asOtherOfficer: otherOfficer,
}) => {
  test.setTimeout(180_000);
  // The firm joins the Penang cohort and submits a complete assessment.
  const { sme, assessmentId } = await submitCompleteAssessment(page, "review");
  const reviewUrl = `/officer/assessments/${assessmentId}/review`;

  // Only the programme's officers review: the firm is refused, another programme's officer sees nothing.
  expect((await page.goto(reviewUrl))?.status(), "the firm opens its own review page").toBe(403);
  const foreign = await otherOfficer.goto(reviewUrl);
  expect(foreign?.status(), "another programme's officer opens the review page").toBe(404);
  expect(await otherOfficer.content()).not.toContain(sme.firmName);

  // The officer finds the submission in the review queue.
  await officer.goto(`/officer/programmes/${demo.penangProgramme.id}/queue`);
  await officer.getByLabel("Firm name").fill(sme.firmName);
  await officer.getByRole("button", { name: "Apply filters" }).click();
  await officer.getByRole("link", { name: sme.firmName, exact: true }).click();
  await expect(officer).toHaveURL(reviewUrl);
  await expect(officer.getByRole("heading", { level: 1, name: `Review: ${sme.firmName}` })).toBeVisible();
  await expect(officer.getByText("Revision 1, submitted on")).toBeVisible();
  const firstBlock = indicatorBlock(officer, firstSkill);
  await expect(firstBlock).toContainText(`Firm's level${shownLevel(firstSkill, firmLevels.first)}`);
  await expectNoAxeViolations(officer, "review page, submitted");

  // A validated level without a justification is refused, with the error in the summary and at the field.
  await firstBlock.getByText("Validate this answer", { exact: true }).click();
  await firstBlock.getByLabel("Validated level", { exact: true }).selectOption(String(firmLevels.first - 1));
  await firstBlock.getByRole("button", { name: "Save validated level" }).click();
  const error = `${firstSkill.question}: Enter a justification for the validated level.`;
  await expect(problemSummary(officer).getByRole("link", { name: error })).toBeVisible();
  await expect(firstBlock.getByLabel("Justification", { exact: true })).toHaveAccessibleDescription(/Enter a justification for the validated level\./);
  await expect(firstBlock.getByLabel("Validated level", { exact: true }), "the chosen level is kept").toHaveValue(String(firmLevels.first - 1));
  await expect(firstBlock).toContainText("Not validated yet");
  await expect(officer.locator(".summary").first()).toContainText("Submitted");
  await expectNoAxeViolations(officer, "review page with a validation error");

  // With a justification it is saved; the review is now in progress and the validated scores move.
  await firstBlock.getByLabel("Justification", { exact: true }).fill(justification);
  await firstBlock.getByRole("button", { name: "Save validated level" }).click();
  await expect(firstBlock.getByRole("status")).toHaveText("Validated level saved.");
  await expect(firstBlock).toContainText(`Validated level${shownLevel(firstSkill, firmLevels.first - 1)} Adjusted`);
  await expect(firstBlock).toContainText(justification);
  await expect(officer.locator(".summary").first()).toContainText("In review");
  const skillsScores = officer.getByRole("table", { name: "Self-assessed and validated scores" }).getByRole("row", { name: new RegExp(`^${skills.title}`) });
  // Skills: self-assessed (2 + 1 + 0) / 3 = 1.0, validated (1 + 1 + 0) / 3 ≈ 0.7.
  await expect(skillsScores.getByRole("cell").nth(2)).toHaveText(/^[-−]0\.3$/);

  // A comment on the skills dimension.
  const skillsComments = officer.getByRole("region", { name: `Comments on ${skills.title}` });
  await skillsComments.getByLabel(`Add a comment on ${skills.title}`).fill(comment);
  await skillsComments.getByRole("button", { name: "Add comment" }).click();
  await expect(skillsComments.getByRole("status")).toHaveText("Comment added.");
  await expect(skillsComments.getByRole("listitem")).toContainText([comment]);

  // Returning needs a reason, asked for in the confirmation; with one, the review closes and the forms go.
  await officer.getByRole("button", { name: "Return to firm…" }).click();
  await officer.getByRole("button", { name: "Return assessment" }).click();
  await expect(problemSummary(officer).getByRole("link", { name: "Enter the reason for returning the assessment." })).toBeVisible();
  await expect(officer.getByRole("dialog", { name: "Return this assessment to the firm?" }), "the confirmation stays open with the error").toBeVisible();
  await officer.getByLabel("Reason for returning").fill(reason);
  await officer.getByRole("button", { name: "Return assessment" }).click();
  await expect(officer.getByRole("status").filter({ hasText: "The assessment was returned to the firm with your reason." })).toBeVisible();
  const decisionSummary = officer.locator(".review-decision-summary");
  await expect(decisionSummary).toContainText(`Returned to the firm by ${demo.penangOfficer.name}`);
  await expect(decisionSummary).toContainText(reason);
  // The review's own forms are gone; the firm's improvement plan is not part of the decision and
  // outlives it, so its comment form stays (decision 024).
  await expect(officer.getByRole("button", { name: /Approve|Return|Save validated level|Add comment(?! on the plan)|Confirm/ })).toHaveCount(0);
  await expect(officer.getByRole("button", { name: "Add comment on the plan" })).toBeVisible();

  // The firm sees the returned state, the reason and the comment under its dimension.
  await page.goto(`/assessments/${assessmentId}`);
  const returned = page.getByRole("region", { name: "Returned for changes" });
  await expect(returned).toContainText(reason);
  await expect(returned.getByRole("heading", { level: 4, name: skills.title })).toBeVisible();
  await expect(returned).toContainText(comment);
  await expect(returned).not.toContainText(justification);
  await expectNoAxeViolations(page, "SME overview, returned");

  // Revising starts on the commented dimension, which shows the comment above its questions.
  await returned.getByRole("link", { name: "Revise and resubmit" }).click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${assessmentId}/${skills.id}$`));
  await expect(page.getByRole("region", { name: "Your programme officer's comment" })).toContainText(comment);
  await levelRadio(indicatorGroup(page, secondSkill), secondSkill, 4).check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).not.toHaveURL(new RegExp(`/${skills.id}$`));
  await submitFromCheckPage(page, assessmentId);

  // The officer sees the resubmission and exactly what changed.
  await officer.goto(reviewUrl);
  await expect(officer.getByText("Revision 2, submitted on")).toBeVisible();
  const changes = officer.getByRole("table", { name: "Changes between revision 1 and revision 2" });
  await expect(changes.locator("tbody tr")).toHaveCount(1);
  const changed = changes.getByRole("row", { name: new RegExp(secondSkill.question.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
  await expect(changed.getByRole("cell")).toHaveText([shownLevel(secondSkill, firmLevels.second), shownLevel(secondSkill, 4)]);
  await expectNoAxeViolations(officer, "review page, resubmitted");

  // Approval, confirmed, stores the validated scores and closes the review.
  await officer.getByRole("button", { name: "Approve…" }).click();
  await officer.getByRole("button", { name: "Approve assessment" }).click();
  await expect(officer.getByRole("status").filter({ hasText: "The assessment was approved and the firm has been told." })).toBeVisible();
  await expect(decisionSummary).toContainText(`Approved by ${demo.penangOfficer.name}`);
  await expect(officer.getByText("These validated scores were stored when the assessment was approved.")).toBeVisible();
  await expect(historyActions(officer)).toHaveText([
    "Started",
    "All sections answered (revision 1)",
    "Submitted (revision 1)",
    "Level validated (revision 1)",
    "Commented (revision 1)",
    "Returned (revision 1)",
    "All sections answered (revision 2)",
    "Resubmitted (revision 2)",
    "Approved (revision 2)",
  ]);
  const historyRows = officer.getByRole("table", { name: "Every action on this assessment, oldest first" }).locator("tbody tr");
  await expect(historyRows.nth(3)).toContainText(`${demo.penangOfficer.name} (Programme officer)`);
  await expect(historyRows.nth(3)).toContainText("Submitted → In review");
  await expect(historyRows.nth(3)).toContainText(justification);
  await expect(historyRows.nth(5)).toContainText("In review → Returned for changes");
  await expect(historyRows.nth(5)).toContainText(reason);
  await expect(historyRows.nth(7)).toContainText(`${sme.name} (Firm member)`);
  await expect(historyRows.nth(8)).toContainText("Submitted → Approved");
  await expectNoAxeViolations(officer, "review page, approved");

  // The firm's overview says it is approved, with the validated index.
  await page.goto(`/assessments/${assessmentId}`);
  const approved = page.getByRole("region", { name: "Assessment approved" });
  await expect(approved).toContainText(/Validated readiness index: \d+(\.\d)? out of 100/);
});

test("the review forms work without JavaScript", async ({ page, browser, baseURL }) => {
  const { assessmentId } = await submitCompleteAssessment(page, "review-nojs");
  const context = await browser.newContext({ baseURL, locale: "en-GB", javaScriptEnabled: false });
  await signInWithApi(context.request, demoCredentials(demo.penangOfficer));
  const officer = await context.newPage();
  await officer.goto(`/officer/assessments/${assessmentId}/review`);

  const block = indicatorBlock(officer, secondSkill);
  await block.getByText("Validate this answer", { exact: true }).click();
  await block.getByLabel("Validated level", { exact: true }).selectOption("0");
  await block.getByLabel("Justification", { exact: true }).fill(justification);
  await block.getByRole("button", { name: "Save validated level" }).click();
  await expect(block.getByRole("status")).toHaveText("Validated level saved.");
  await expect(block).toContainText(`Validated level${shownLevel(secondSkill, 0)} Adjusted`);

  const general = officer.getByRole("region", { name: "General comments" });
  await general.getByLabel("Add a comment").fill(comment);
  await general.getByRole("button", { name: "Add comment" }).click();
  await expect(general.getByRole("listitem")).toContainText([comment]);

  await officer.getByRole("link", { name: "Return to firm…" }).click();
  await officer.getByLabel("Reason for returning").fill(reason);
  await officer.getByRole("button", { name: "Return assessment" }).click();
  await expect(officer.locator(".review-decision-summary")).toContainText(reason);
  await expect(officer.locator(".summary").first()).toContainText("Returned for changes");
  await context.close();
});
