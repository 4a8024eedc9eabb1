import type { Locator, Page } from "@playwright/test";
import { demo, demoCredentials } from "./support/accounts";
import { findDimension, submitCompleteAssessment, type Indicator } from "./support/assessment";
import { signInWithApi } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

// Journey: the officer's review forms (validate, comment, return) on the form kit, with JavaScript
// and without. A bad input is named at the field and in the form's summary (which names the
// question or section), what was typed stays, and fixing it saves. With JavaScript a validation or
// a comment saves in place: no page load, the form says "saved" and the scores table follows;
// without it the post comes back to the same form (its anchor in the address).

const skills = findDimension("skills");
const firstSkill = skills.indicators[0] as Indicator;
// levelsPatch rates the first skills question 2; the officer adjusts it to 1.
const adjustedLevel = "1";
const justification = "The training plan shown covers only two of the five operators.";
const comment = "Send the training records for the night shift, with dates.";
const reason = "Please add evidence for the workforce skills ratings.";

const indicatorBlock = (page: Page, indicator: Indicator): Locator =>
  page.locator(".review-indicator").filter({ has: page.getByRole("heading", { level: 4, name: indicator.question, exact: true }) });
/** The error summary within `scope` (the filter's inner locator is relative to each alert). */
const problemSummary = (page: Page, scope: Locator) => scope.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });

/**
 * Page loads and address changes of the main frame. Next's router re-writes the same address
 * (history.replaceState) when a server action's revalidation refreshes the page, which Playwright
 * reports as a same-document framenavigated; only a load or a different address counts here.
 */
function countNavigations(page: Page): () => number {
  const start = page.url();
  let count = 0;
  page.on("load", () => (count += 1));
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame() && frame.url() !== start) count += 1;
  });
  return () => count;
}

for (const javaScript of [true, false]) {
  const mode = `JavaScript ${javaScript ? "on" : "off"}`;

  test(`the review forms (${mode}): a bad input is shown at its field and in the summary, what was typed stays, and fixing it saves`, async ({ page, browser, baseURL }) => {
    // Generous: the review page is long (axe takes a while on it) and the machine may be shared.
    test.setTimeout(360_000);
    const { assessmentId } = await submitCompleteAssessment(page, `review-forms-${javaScript ? "js" : "nojs"}`);
    const context = await browser.newContext({ baseURL, locale: "en-GB", javaScriptEnabled: javaScript });
    await signInWithApi(context.request, demoCredentials(demo.penangOfficer));
    const officer = await context.newPage();
    const reviewUrl = `/officer/assessments/${assessmentId}/review`;
    await officer.goto(reviewUrl);
    await expect(officer.getByRole("heading", { level: 1 })).toContainText("Review:");
    if (javaScript) await expectNoAxeViolations(officer, "review forms, pristine");
    const navigations = countNavigations(officer);

    // Validate: an adjusted level without a justification.
    const block = indicatorBlock(officer, firstSkill);
    await block.getByText("Validate this answer", { exact: true }).click();
    const level = block.getByLabel("Validated level", { exact: true });
    const justificationField = block.getByLabel("Justification", { exact: true });
    await level.selectOption(adjustedLevel);
    await block.getByRole("button", { name: "Save validated level" }).click();
    const validationSummary = problemSummary(officer, block);
    const validationLink = validationSummary.getByRole("link", { name: `${firstSkill.question}: Enter a justification for the validated level.` });
    await expect(validationLink).toBeVisible();
    await expect(validationLink).toHaveAttribute("href", `#validate-${firstSkill.id}-justification`);
    await expect(validationSummary.getByRole("link")).toHaveCount(1);
    // The error is where the officer is, not at the top of a long page.
    await expect(validationSummary).toBeInViewport();
    await expect(justificationField).toHaveAttribute("aria-invalid", "true");
    await expect(justificationField).toHaveAccessibleDescription(/Enter a justification for the validated level\.$/);
    await expect(level, "the chosen level is kept").toHaveValue(adjustedLevel);
    await expect(block).toContainText("Not validated yet");
    if (javaScript) await expectNoAxeViolations(officer, "review forms, validation refused");
    else await expect(officer).toHaveURL(new RegExp(`/review#adjust-${firstSkill.id}$`));

    // Fixed, it saves; the validated scores move.
    await justificationField.fill(justification);
    await block.getByRole("button", { name: "Save validated level" }).click();
    await expect(block.getByRole("status")).toHaveText("Validated level saved.");
    await expect(block).toContainText(`Validated levelLevel ${adjustedLevel} – `);
    await expect(block).toContainText("Adjusted");
    await expect(justificationField, "the saved justification stays in the form").toHaveValue(justification);
    await expect(level).toHaveValue(adjustedLevel);
    await expect(problemSummary(officer, block)).toHaveCount(0);
    const skillsScores = officer.getByRole("table", { name: "Self-assessed and validated scores" }).getByRole("row", { name: new RegExp(`^${skills.title}`) });
    // Skills: self-assessed (2 + 1 + 0) / 3 = 1.0, validated (1 + 1 + 0) / 3 ≈ 0.7.
    await expect(skillsScores.getByRole("cell").nth(2)).toHaveText(/^[-−]0\.3$/);
    if (javaScript) await expectNoAxeViolations(officer, "review forms, validation saved");

    // Comment: an empty one is refused, then one is added.
    const skillsComments = officer.getByRole("region", { name: `Comments on ${skills.title}` });
    const commentField = skillsComments.getByLabel(`Add a comment on ${skills.title}`);
    await skillsComments.getByRole("button", { name: "Add comment" }).click();
    const commentSummary = problemSummary(officer, skillsComments);
    await expect(commentSummary.getByRole("link", { name: `Comments on ${skills.title}: Enter a comment.` })).toHaveAttribute("href", `#comment-${skills.id}-body`);
    await expect(commentField).toHaveAttribute("aria-invalid", "true");
    await expect(commentField).toHaveAccessibleDescription(/Enter a comment\.$/);
    if (javaScript) await expect(block.getByRole("status"), "another form's answer stays as it was").toHaveText("Validated level saved.");
    // axe runs on the pristine, refused and saved validation form above: the comment and return forms are the same kit parts.
    if (!javaScript) await expect(officer).toHaveURL(new RegExp(`/review#comments-${skills.id}$`));
    await commentField.fill(comment);
    await skillsComments.getByRole("button", { name: "Add comment" }).click();
    await expect(skillsComments.getByRole("status")).toHaveText("Comment added.");
    await expect(skillsComments.getByRole("listitem")).toContainText([comment]);
    await expect(commentField, "the form empties for the next comment").toHaveValue("");
    if (javaScript) expect(navigations(), "a validation and a comment save in place, without a page load").toBe(0);

    // Return: a reason is required; the typed values of the other forms are not lost meanwhile.
    // With JavaScript "Return to firm…" opens the confirmation as a dialog; without, it links to it as a step of the page.
    await officer.getByRole(javaScript ? "button" : "link", { name: "Return to firm…" }).click();
    await officer.getByRole("button", { name: "Return assessment" }).click();
    const decision = javaScript ? officer.getByRole("dialog", { name: "Return this assessment to the firm?" }) : officer.getByRole("region", { name: "Return this assessment to the firm?" });
    const reasonField = officer.getByLabel("Reason for returning");
    await expect(problemSummary(officer, decision).getByRole("link", { name: "Reason for returning: Enter the reason for returning the assessment." })).toHaveAttribute("href", "#return-reason");
    await expect(reasonField).toHaveAttribute("aria-invalid", "true");
    await expect(reasonField).toHaveAccessibleDescription(/Enter the reason for returning the assessment\.$/);
    await expect(officer.getByTestId("review-status")).toContainText("In review");
    if (!javaScript) await expect(officer).toHaveURL(/\/review\?confirm=return#confirm$/);
    await reasonField.fill(reason);
    await officer.getByRole("button", { name: "Return assessment" }).click();
    await expect(officer.getByRole("status").filter({ hasText: "The assessment was returned to the firm with your reason." })).toBeVisible();
    await expect(officer.locator(".review-decision-summary")).toContainText(reason);
    await expect(officer.getByTestId("review-status")).toContainText("Returned for changes");
    await context.close();
  });
}

test("without JavaScript, a refused validation keeps the typed justification and the chosen level", async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  const { assessmentId } = await submitCompleteAssessment(page, "review-forms-echo");
  const context = await browser.newContext({ baseURL, locale: "en-GB", javaScriptEnabled: false });
  await signInWithApi(context.request, demoCredentials(demo.penangOfficer));
  const officer = await context.newPage();
  await officer.goto(`/officer/assessments/${assessmentId}/review`);
  const block = indicatorBlock(officer, firstSkill);
  await block.getByText("Validate this answer", { exact: true }).click();
  await block.getByLabel("Validated level", { exact: true }).selectOption("4");
  // Longer than 2,000 characters: refused, and given back as typed so it can be shortened.
  const tooLong = `${justification} `.repeat(40);
  await block.getByLabel("Justification", { exact: true }).evaluate((element, text) => {
    (element as HTMLTextAreaElement).removeAttribute("maxlength");
    (element as HTMLTextAreaElement).value = text;
  }, tooLong);
  await block.getByRole("button", { name: "Save validated level" }).click();
  await expect(problemSummary(officer, block).getByRole("link", { name: `${firstSkill.question}: Shorten the justification to 2,000 characters or fewer.` })).toBeVisible();
  await expect(block.getByLabel("Justification", { exact: true })).toHaveValue(tooLong);
  await expect(block.getByLabel("Validated level", { exact: true })).toHaveValue("4");
  await context.close();
});
