import type { Page } from "@playwright/test";
import { demo } from "./support/accounts";
import { escapeRegExp, indicatorGroup, levelRadio, listDimensions, shownLevel, submitCompleteAssessment, type Indicator } from "./support/assessment";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

// Issue 18, "The returned firm": a returned firm was sent to the targets page, not to what the
// officer flagged; the comments sat on the overview only; the check page did not say what had
// changed; a submitted record did not say what happens next, and the dashboard offered no new
// assessment without saying why. Journey: the firm submits and reads what happens next; the
// officer adjusts a level and comments on the third dimension and returns with a reason; the firm's
// manager clicks "Revise and resubmit", lands on that dimension with the reason, the comment and
// the adjusted level above and beside the questions, changes an answer, sees the change on the
// check page and resubmits.

const flagged = listDimensions({ services: false })[2]!;
const [adjustedIndicator, changedIndicator] = flagged.indicators as [Indicator, Indicator, ...Indicator[]];
// levelsPatch rates the third dimension's questions 2, 1, 0 (see levelFor).
const firmLevels = { adjusted: 2, changed: 1 };
const newLevel = 4;
const reason = "Please back the process ratings with evidence and check them again.";
const comment = "Which of these routines are written down? Add a note with the document names.";
const generalComment = "Thank you for the clear notes on the technology questions.";
const justification = "The routine was described but no record of it was shown.";

/** The officer returns the submission from the review page: an adjusted level and a comment on the flagged dimension, and a reason. */
async function returnWithFeedback(officer: Page, assessmentId: string): Promise<void> {
  await officer.goto(`/officer/assessments/${assessmentId}/review`);
  const block = officer.locator(".review-indicator").filter({ has: officer.getByRole("heading", { level: 4, name: adjustedIndicator.question, exact: true }) });
  await block.getByText("Validate this answer", { exact: true }).click();
  await block.getByLabel("Validated level", { exact: true }).selectOption(String(firmLevels.adjusted - 1));
  await block.getByLabel("Justification", { exact: true }).fill(justification);
  await block.getByRole("button", { name: "Save validated level" }).click();
  await expect(block.getByRole("status")).toHaveText("Validated level saved.");
  const comments = officer.getByRole("region", { name: `Comments on ${flagged.title}` });
  await comments.getByLabel(`Add a comment on ${flagged.title}`).fill(comment);
  await comments.getByRole("button", { name: "Add comment" }).click();
  await expect(comments.getByRole("status")).toHaveText("Comment added.");
  const general = officer.getByRole("region", { name: "General comments" });
  await general.getByLabel("Add a comment").fill(generalComment);
  await general.getByRole("button", { name: "Add comment" }).click();
  await expect(general.getByRole("listitem")).toContainText([generalComment]);
  // The decision bar opens the return confirmation, which holds the reason.
  await officer.getByRole("button", { name: "Return to firm…" }).click();
  await officer.getByRole("dialog").getByLabel("Reason for returning").fill(reason);
  await officer.getByRole("dialog").getByRole("button", { name: "Return assessment" }).click();
  await expect(officer.getByRole("status").filter({ hasText: "The assessment was returned to the firm with your reason." })).toBeVisible();
}

async function expectWaitingForReview(page: Page, assessmentId: string): Promise<void> {
  const waiting = page.getByRole("region", { name: "Waiting for review" });
  await expect(waiting).toContainText(new RegExp(`You submitted this assessment on \\d{1,2} \\w+ \\d{4} to ${escapeRegExp(demo.penangProgramme.name)}\\.`));
  await expect(waiting).toContainText("It is waiting for review by the programme's officer.");
  await expect(waiting.getByRole("heading", { name: "What happens next" })).toBeVisible();
  await expect(waiting).toContainText("You get an email when the assessment is approved, or when it is returned");
  await expect(waiting).toContainText("Your results are already available");
  await expect(page.getByRole("link", { name: "See your results" })).toHaveAttribute("href", `/assessments/${assessmentId}/results`);

  await page.goto("/dashboard");
  const blocked = page.getByTestId("dashboard-blocked");
  await expect(blocked).toContainText("You cannot start a new assessment while one is waiting for review: a new one can start once it is approved.");
  await expect(blocked.getByRole("link", { name: "View the assessment in review" })).toHaveAttribute("href", `/assessments/${assessmentId}`);
  await expect(page.getByRole("button", { name: /Start a new assessment/ })).toHaveCount(0);
}

test("a returned firm lands on the flagged dimension with the officer's feedback, sees its change on the check page and resubmits", async ({
  page,
  asOfficer: officer,
}) => {
  test.setTimeout(180_000);
  const { assessmentId } = await submitCompleteAssessment(page, "returned");

  // The submitted record and the dashboard say what waits, and why no new assessment starts.
  await expectWaitingForReview(page, assessmentId);
  await page.goto(`/assessments/${assessmentId}`);
  await expectNoAxeViolations(page, "submitted record, waiting for review");

  await returnWithFeedback(officer, assessmentId);

  // The dashboard explains the returned one; "Revise and resubmit" opens the flagged dimension, not the targets page.
  await page.goto("/dashboard");
  await expect(page.getByTestId("dashboard-blocked")).toContainText("while one is returned for changes");
  await page.goto(`/assessments/${assessmentId}`);
  await page.getByRole("region", { name: "Returned for changes" }).getByRole("link", { name: "Revise and resubmit" }).click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${assessmentId}/${flagged.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: flagged.title })).toBeVisible();

  // The officer's reason and comment above the questions, signed by role and date; the adjusted level beside its question.
  const feedback = page.getByRole("region", { name: "Your programme officer's comment" });
  await expect(feedback).toContainText(reason);
  await expect(feedback).toContainText(comment);
  await expect(feedback).toContainText(generalComment);
  await expect(feedback).toContainText(/Programme officer, \d{1,2} \w+ \d{4}/);
  const adjustedBlock = page.locator(".indicator").filter({ has: indicatorGroup(page, adjustedIndicator) });
  await expect(adjustedBlock).toContainText(`Officer validated level ${firmLevels.adjusted - 1} (${adjustedIndicator.levels[firmLevels.adjusted - 1]!.replace(/^\d – /, "")}): ${justification}`);
  await expect(page.locator(".officer-validation"), "only the adjusted level is shown").toHaveCount(1);
  await expectNoAxeViolations(page, "question page with the officer's feedback");

  // "Continue" (the resume link) opens the same page.
  await page.goto(`/assessments/${assessmentId}/resume`);
  await expect(page).toHaveURL(new RegExp(`/assessments/${assessmentId}/${flagged.id}$`));

  // The firm changes one answer and goes to the check page, which lists exactly that change.
  await levelRadio(indicatorGroup(page, changedIndicator), changedIndicator, newLevel).check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).not.toHaveURL(new RegExp(`/${flagged.id}$`));
  await page.goto(`/assessments/${assessmentId}/check`);
  const checkFeedback = page.getByRole("region", { name: "Your programme officer's comment" });
  await expect(checkFeedback).toContainText(reason);
  await expect(checkFeedback).toContainText(generalComment);
  await expect(checkFeedback, "a dimension's comment stays on its page").not.toContainText(comment);
  const changes = page.getByRole("table", { name: "Your changes since revision 1" });
  await expect(changes.locator("tbody tr")).toHaveCount(1);
  const row = changes.getByRole("row", { name: new RegExp(escapeRegExp(changedIndicator.question)) });
  await expect(row.getByRole("rowheader")).toContainText(flagged.title);
  await expect(row.getByRole("cell")).toHaveText([shownLevel(changedIndicator, firmLevels.changed), shownLevel(changedIndicator, newLevel)]);
  await expectNoAxeViolations(page, "check page with the changes since the return");

  // Resubmitted, it waits for review again.
  await page.getByRole("checkbox", { name: /^I confirm/ }).check();
  await page.getByRole("button", { name: "Submit assessment" }).click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${assessmentId}\\?submitted=1$`));
  await expectWaitingForReview(page, assessmentId);
});
