import type { Browser, Locator, Page } from "@playwright/test";
import { demo, demoCredentials } from "./support/accounts";
import { findDimension, submitCompleteAssessment, type Indicator } from "./support/assessment";
import { signInWithApi } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { queryDatabase } from "./support/database";
import { expect, test } from "./support/fixtures";

// Issue 18, the review page. Before: 48 separate forms each reloading the whole 17,000 px page,
// an empty return reason reloading it at the top, approve and return in one click without a
// confirmation, and nothing leading on to the next submission. Journey, by keyboard only: from the
// officer home to "needs my action", the oldest submission; confirm every level of two dimensions
// at once, adjust one level with a justification, comment, approve through the confirmation and
// land on the next submission, with no full page load on the way. Without JavaScript the same
// forms post and come back at the form, errors included, never at the top of the page.

const skills = findDimension("skills");
const leadership = findDimension("leadership");
const linkages = findDimension("linkages");
const adjusted = linkages.indicators[0] as Indicator;

/** Presses Tab (or Shift+Tab) until focus is on the target, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, { back = false, maxPresses = 400 } = {}): Promise<void> {
  const element = await target.elementHandle();
  try {
    for (let presses = 0; presses <= maxPresses; presses += 1) {
      if (await element!.evaluate((node) => node === document.activeElement)) return;
      await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    }
  } finally {
    await element?.dispose();
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

const contentsEntry = (page: Page, dimensionId: string) => page.getByTestId(`contents-${dimensionId}`);

/** Goes to a section the way a keyboard user does on a long page: (Shift+)Tab to its link in the contents, Enter; Tab then continues from there. */
async function jumpTo(page: Page, contentsLink: Locator, { back = true } = {}): Promise<void> {
  await tabTo(page, contentsLink, { back });
  await page.keyboard.press("Enter");
}
const indicatorBlock = (page: Page, indicator: Indicator): Locator =>
  page.locator(".review-indicator").filter({ has: page.getByRole("heading", { level: 4, name: indicator.question, exact: true }) });

/**
 * Makes a submission the oldest waiting in the Penang queue. The demo cohort (spread over the last
 * 18 months) and other specs' submissions share that queue; a submission 800 days ago puts this
 * spec's first and second submissions ahead of all of them, so "the oldest" and "the next" are this
 * spec's own (and under 1,000 days, read as a plain number by the worklist spec).
 */
async function submittedDaysAgo(assessmentId: string, days: number): Promise<void> {
  await queryDatabase("update assessments set last_submitted_at = $2 where id = $1", [assessmentId, new Date(Date.now() - days * 86_400_000).toISOString()]);
}

async function officerWithoutJavaScript(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "en-GB", javaScriptEnabled: false });
  await signInWithApi(context.request, demoCredentials(demo.penangOfficer));
  return context.newPage();
}

test("by keyboard, the officer reviews the oldest submission without a page load and is offered the next", async ({ page, browser, baseURL, asOfficer: officer }) => {
  test.setTimeout(240_000);
  const first = await submitCompleteAssessment(page, "kbd-review-first");
  const secondContext = await browser.newContext({ baseURL, locale: "en-GB" });
  const second = await submitCompleteAssessment(await secondContext.newPage(), "kbd-review-second");
  await secondContext.close();
  await submittedDaysAgo(first.assessmentId, 800);
  await submittedDaysAgo(second.assessmentId, 799);

  // The officer home's "Needs my action" opens the queue with the oldest first.
  await officer.goto("/officer");
  const programme = officer.getByRole("region", { name: demo.penangProgramme.name });
  await tabTo(officer, programme.getByRole("link", { name: /^Needs my action/ }));
  await officer.keyboard.press("Enter");
  await expect(officer.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  const oldest = officer.getByRole("table").getByRole("link", { name: first.sme.firmName, exact: true });
  await expect(officer.getByRole("table").getByRole("row").nth(1)).toContainText(first.sme.firmName);
  await tabTo(officer, oldest);
  await officer.keyboard.press("Enter");
  await expect(officer.getByRole("heading", { level: 1, name: `Review: ${first.sme.firmName}` })).toBeVisible();

  // From here on, a full page load would reset this marker and fire a load event.
  let loads = 0;
  officer.on("load", () => (loads += 1));
  await officer.evaluate(() => ((window as unknown as { __reviewMarker?: number }).__reviewMarker = 1));
  await expect(contentsEntry(officer, "skills")).toContainText("Not looked at");
  await expectNoAxeViolations(officer, "review page");

  // Confirm every level of two dimensions, each with one button.
  for (const dimension of [skills, leadership]) {
    const confirmAll = officer.getByRole("button", { name: `Confirm all ${dimension.indicators.length} levels in ${dimension.title}` });
    await jumpTo(officer, contentsEntry(officer, dimension.id).getByRole("link"), { back: dimension !== skills });
    await officer.keyboard.press("Tab");
    await expect(confirmAll).toBeFocused();
    await officer.keyboard.press("Enter");
    await expect(contentsEntry(officer, dimension.id)).toContainText("Confirmed");
    await expect(contentsEntry(officer, dimension.id)).toContainText(`${dimension.indicators.length} of ${dimension.indicators.length} validated`);
    // The button stays where the focus is, now saying there is nothing left to confirm.
    await expect(officer.getByRole("button", { name: `All levels in ${dimension.title} validated` })).toBeFocused();
  }

  // Adjust one level: another level than the firm's, with the justification asked for in place.
  const block = indicatorBlock(officer, adjusted);
  await jumpTo(officer, contentsEntry(officer, linkages.id).getByRole("link"));
  await tabTo(officer, block.getByText("Validate this answer", { exact: true }));
  await officer.keyboard.press("Enter");
  const level = block.getByLabel("Validated level", { exact: true });
  await tabTo(officer, level);
  const firmLevel = await level.inputValue();
  await officer.keyboard.press(firmLevel === "0" ? "ArrowDown" : "ArrowUp");
  await expect(level).not.toHaveValue(firmLevel);
  await officer.keyboard.press("Tab");
  await expect(block.getByLabel("Justification", { exact: true })).toBeFocused();
  await officer.keyboard.type("The supplier contracts shown do not support this level.");
  await tabTo(officer, block.getByRole("button", { name: "Save validated level" }));
  await officer.keyboard.press("Enter");
  await expect(block.getByText("Validated level saved.")).toBeVisible();
  await expect(block.getByText("Adjusted", { exact: true })).toBeVisible();
  await expect(contentsEntry(officer, linkages.id)).toContainText("Adjusted");

  // Comment on the same dimension: it is both adjusted and commented.
  const commentField = officer.getByLabel(`Add a comment on ${linkages.title}`);
  await tabTo(officer, commentField);
  await officer.keyboard.type("Please attach two recent supplier contracts.");
  await officer.keyboard.press("Tab");
  await officer.keyboard.press("Enter");
  await expect(officer.getByText("Comment added.")).toBeVisible();
  await expect(contentsEntry(officer, linkages.id)).toContainText("Adjusted");
  await expect(contentsEntry(officer, linkages.id)).toContainText("Commented");

  // "Return to firm…" opens a confirmation that Escape closes, giving the focus back.
  const openReturn = officer.getByRole("button", { name: "Return to firm…" });
  // The bar is last in the page: from the general comments, the last section, Tab reaches it.
  await jumpTo(officer, officer.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: "General comments" }));
  await tabTo(officer, openReturn);
  await officer.keyboard.press("Enter");
  const returnDialog = officer.getByRole("dialog", { name: "Return this assessment to the firm?" });
  await expect(returnDialog).toBeVisible();
  await expect(returnDialog.getByLabel("Reason for returning")).toBeFocused();
  await officer.keyboard.press("Escape");
  await expect(returnDialog).toBeHidden();
  await expect(openReturn).toBeFocused();

  // "Approve…" opens the confirmation with its summary; the focus is in it.
  const openApprove = officer.getByRole("button", { name: "Approve…" });
  await officer.keyboard.press("Shift+Tab");
  await expect(openApprove).toBeFocused();
  await officer.keyboard.press("Enter");
  const approveDialog = officer.getByRole("dialog", { name: "Approve this assessment?" });
  await expect(approveDialog).toBeVisible();
  const summary = approveDialog.getByTestId("decision-summary");
  await expect(summary).toContainText(/Readiness index: [\d.]+ validated, [\d.]+ self-assessed\./);
  const validatedLevels = skills.indicators.length + leadership.indicators.length + 1;
  await expect(summary).toContainText(`${validatedLevels} levels validated, of which 1 adjusted from the firm's.`);
  await expect(summary).toContainText("1 comment on this revision.");
  // The dimensions nobody looked at are counted, as the contents list shows them.
  const entries = officer.locator('[data-testid^="contents-"]');
  const notLookedAt = await entries.filter({ hasText: "Not looked at" }).count();
  expect(notLookedAt, "the review leaves some dimensions untouched").toBeGreaterThan(0);
  await expect(summary).toContainText(`${notLookedAt} dimensions of ${await entries.count()} not looked at yet.`);
  await expect(approveDialog.getByRole("button", { name: "Approve assessment" })).toBeFocused();
  await expectNoAxeViolations(officer, "approve confirmation");
  await officer.keyboard.press("Enter");

  // Done, without a page load: the offer of the next submission in the queue.
  await expect(officer.getByRole("status").filter({ hasText: "The assessment was approved" })).toBeVisible();
  await expect(officer.getByTestId("review-status")).toContainText("Approved");
  expect(await officer.evaluate(() => (window as unknown as { __reviewMarker?: number }).__reviewMarker), "no full page load during the review").toBe(1);
  expect(loads).toBe(0);
  const next = officer.getByRole("link", { name: new RegExp(`^Review next: ${second.sme.firmName}, waiting [\\d,]+ days$`) });
  await tabTo(officer, next);
  await officer.keyboard.press("Enter");
  await expect(officer.getByRole("heading", { level: 1, name: `Review: ${second.sme.firmName}` })).toBeVisible();
});

test("without JavaScript, the review's forms post and come back at the form, errors included", async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  const { sme, assessmentId } = await submitCompleteAssessment(page, "nojs-review");
  const officer = await officerWithoutJavaScript(browser, baseURL);
  await officer.goto(`/officer/assessments/${assessmentId}/review`);
  await expect(officer.getByRole("heading", { level: 1, name: `Review: ${sme.firmName}` })).toBeVisible();

  // On a wide screen the contents stay in view beside the answers; on a 375 px phone they sit at the top and the page does not scroll sideways.
  const contents = officer.getByRole("navigation", { name: "Contents" });
  expect(await contents.evaluate((element) => getComputedStyle(element).position)).toBe("sticky");
  await officer.setViewportSize({ width: 375, height: 800 });
  expect(await contents.evaluate((element) => getComputedStyle(element).position)).toBe("static");
  expect(await officer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expect(officer.getByRole("region", { name: "Decision on this assessment" })).toBeInViewport();
  await officer.setViewportSize({ width: 1280, height: 720 });

  const inView = async (locator: Locator) => {
    await expect(locator).toBeInViewport();
    expect(await officer.evaluate(() => window.scrollY), "the page came back scrolled to the form, not at the top").toBeGreaterThan(0);
  };

  // Confirm a dimension: the page comes back at that dimension, its state updated.
  await officer.getByRole("button", { name: `Confirm all ${leadership.indicators.length} levels in ${leadership.title}` }).click();
  await expect(contentsEntry(officer, leadership.id)).toContainText("Confirmed");
  expect(new URL(officer.url()).hash).toBe(`#dimension-${leadership.id}`);
  await inView(officer.getByRole("button", { name: `All levels in ${leadership.title} validated` }));
  await expect(officer.getByRole("table", { name: "Every action on this assessment, oldest first" })).toContainText(
    `${leadership.title}: ${leadership.indicators.length} levels confirmed at the firm's level`,
  );

  // Another level without a justification: refused at the field, the page at the form.
  const block = indicatorBlock(officer, adjusted);
  await block.getByText("Validate this answer", { exact: true }).click();
  const level = block.getByLabel("Validated level", { exact: true });
  const firmLevel = await level.inputValue();
  await level.selectOption(firmLevel === "0" ? "1" : "0");
  await block.getByRole("button", { name: "Save validated level" }).click();
  const justification = block.getByLabel("Justification", { exact: true });
  await expect(justification).toHaveAccessibleDescription(/Enter a justification for the validated level\./);
  expect(new URL(officer.url()).hash).toBe(`#adjust-${adjusted.id}`);
  await inView(justification);
  await justification.fill("The supplier contracts shown do not support this level.");
  await block.getByRole("button", { name: "Save validated level" }).click();
  await expect(block.getByText("Validated level saved.")).toBeVisible();
  await expect(contentsEntry(officer, linkages.id)).toContainText("Adjusted");

  // A comment.
  await officer.getByLabel(`Add a comment on ${linkages.title}`).fill("Please attach two recent supplier contracts.");
  await officer.locator(`#comments-${linkages.id}`).getByRole("button", { name: "Add comment" }).click();
  await expect(officer.getByText("Comment added.")).toBeVisible();
  await inView(officer.getByText("Please attach two recent supplier contracts."));
  await expect(contentsEntry(officer, linkages.id)).toContainText("Commented");

  // Return: the bar's link opens the confirmation step; an empty reason comes back there with its error.
  await officer.getByRole("link", { name: "Return to firm…" }).click();
  const confirmation = officer.getByRole("region", { name: "Return this assessment to the firm?" });
  await expect(confirmation.getByTestId("decision-summary")).toContainText("1 comment on this revision.");
  await confirmation.getByRole("button", { name: "Return assessment" }).click();
  const reason = officer.getByLabel("Reason for returning");
  await expect(reason).toHaveAccessibleDescription(/Enter the reason for returning the assessment\./);
  await inView(reason);
  await reason.fill("Please add evidence for the supplier linkages.");
  await officer.getByRole("button", { name: "Return assessment" }).click();
  await expect(officer.getByTestId("review-status")).toContainText("Returned");
  await expect(officer.getByRole("status").filter({ hasText: "The assessment was returned" })).toBeVisible();
  await officer.context().close();
});
