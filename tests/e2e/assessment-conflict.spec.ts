import type { Page } from "@playwright/test";
import {
  findDimension,
  indicatorGroup,
  indicatorNote,
  levelRadio,
  openDimensionPage,
  openDraft,
  saveAnswersThroughApi,
  saveStatus,
  shownAnswer,
  shownLevel,
  type Indicator,
} from "./support/assessment";
import { signInWithApi } from "./support/auth";
import { expect, test } from "./support/fixtures";

// Journey: an SME manager has the same page open twice and answers the same question differently
// in each. The later save does not win silently: it shows both answers and the manager chooses.
// A change to a different question in a stale tab is merged without asking. What the server holds
// is always read from a third browser's check page.

const skills = findDimension("skills");
const [first, second, third] = skills.indicators as [Indicator, Indicator, Indicator];
const conflictTitle = "Some answers were changed elsewhere";

const openSkills = (page: Page, assessmentId: string) => openDimensionPage(page, assessmentId, skills);

const conflictPanel = (page: Page) => page.getByRole("alert").filter({ has: page.getByRole("heading", { name: conflictTitle }) });

/** Waits until another browser's check page shows the rating (saves are asynchronous). */
async function expectServerLevel(checkPage: Page, assessmentId: string, indicator: Indicator, level: number | null): Promise<void> {
  await expect(async () => {
    await checkPage.goto(`/assessments/${assessmentId}/check`);
    await expect(shownAnswer(checkPage, indicator.question)).toHaveText(level === null ? "Not answered" : shownLevel(indicator, level), { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
}

test("two tabs change the same answer: the later save shows both answers and the manager's choice is saved", async ({ page, signedInPage }) => {
  const { sme, assessmentId } = await openDraft(page, "conflict");
  const tabA = page;
  const tabB = await page.context().newPage();
  await openSkills(tabA, assessmentId);
  await openSkills(tabB, assessmentId);
  const elsewhere = await signedInPage(sme);

  // Tab A saves first.
  await levelRadio(indicatorGroup(tabA, first), first, 2).check();
  await expect(saveStatus(tabA)).toHaveText("Saved");

  // Tab B, still showing the page as it was, picks another level for the same question.
  await levelRadio(indicatorGroup(tabB, first), first, 4).check();
  const panel = conflictPanel(tabB);
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(first.question);
  await expect(panel).toContainText(`Your answer: ${first.levels[4]}`);
  await expect(panel).toContainText(`Saved elsewhere: ${first.levels[2]}`);
  await expect(panel.getByRole("listitem")).toHaveCount(1);
  await expect(saveStatus(tabB)).not.toHaveText("Saved");

  // Nothing was overwritten while the choice is open.
  await expectServerLevel(elsewhere, assessmentId, first, 2);

  // The manager keeps the answer of tab B: it is saved, and shown after a reload.
  await panel.getByRole("button", { name: "Keep my answer" }).click();
  await expect(panel).toHaveCount(0);
  await expect(saveStatus(tabB)).toHaveText("Saved");
  await expectServerLevel(elsewhere, assessmentId, first, 4);
  await tabB.reload();
  await expect(levelRadio(indicatorGroup(tabB, first), first, 4)).toBeChecked();
  await expect(conflictPanel(tabB)).toHaveCount(0);

  // Tab A is now two saves behind; a change to another question merges without a panel and
  // leaves tab B's choice alone.
  await levelRadio(indicatorGroup(tabA, second), second, 1).check();
  await expectServerLevel(elsewhere, assessmentId, second, 1);
  await expect(saveStatus(tabA)).toHaveText("Saved");
  await expect(conflictPanel(tabA)).toHaveCount(0);
  await expectServerLevel(elsewhere, assessmentId, first, 4);
});

test("choosing the saved answer keeps it and drops the other tab's change", async ({ page, signedInPage }) => {
  const { sme, assessmentId } = await openDraft(page, "conflict-theirs");
  const tabA = page;
  const tabB = await page.context().newPage();
  await openSkills(tabA, assessmentId);
  await openSkills(tabB, assessmentId);
  const elsewhere = await signedInPage(sme);

  await levelRadio(indicatorGroup(tabA, first), first, 2).check();
  await expect(saveStatus(tabA)).toHaveText("Saved");
  await levelRadio(indicatorGroup(tabB, first), first, 4).check();
  await conflictPanel(tabB).getByRole("button", { name: "Use the saved answer" }).click();
  await expect(conflictPanel(tabB)).toHaveCount(0);
  // The form now shows the saved answer, and a later change elsewhere on the page still saves.
  await expect(levelRadio(indicatorGroup(tabB, first), first, 2)).toBeChecked();
  await levelRadio(indicatorGroup(tabB, third), third, 5).check();
  await expectServerLevel(elsewhere, assessmentId, third, 5);
  await expectServerLevel(elsewhere, assessmentId, first, 2);
});

// Regression (issue 3), found by this spec and fixed: the autosave island persists an unresolved conflict in
// the shared offline queue with its base already moved to the newer version, so the next page that
// mounts the island in the same browser (a reload of either tab, or moving to another page) sends
// "my" answer as an ordinary save and it silently replaces the other tab's answer.
test("an unresolved conflict is not settled by opening the assessment again in the same browser", async ({ page, signedInPage }) => {
  const { sme, assessmentId } = await openDraft(page, "conflict-reload");
  const tabA = page;
  const tabB = await page.context().newPage();
  await openSkills(tabA, assessmentId);
  await openSkills(tabB, assessmentId);
  const elsewhere = await signedInPage(sme);

  await levelRadio(indicatorGroup(tabA, first), first, 2).check();
  await expect(saveStatus(tabA)).toHaveText("Saved");
  await levelRadio(indicatorGroup(tabB, first), first, 4).check();
  await expect(conflictPanel(tabB)).toBeVisible();

  // Tab A is reloaded while tab B still waits for the choice, then saves an unrelated answer
  // (every save sends the whole queue, so anything queued has been sent once it is in).
  await tabA.reload();
  await levelRadio(indicatorGroup(tabA, third), third, 1).check();
  await expectServerLevel(elsewhere, assessmentId, third, 1);
  await expectServerLevel(elsewhere, assessmentId, first, 2);
});

// Regression (issue 3), found by this spec and fixed: after a stale autosave is merged, the island moves the
// form's hidden baseVersion/baseAnswers to the newer answers but leaves the radios showing the old
// ones, so the next "Save and continue" posts the old value as if the manager had just chosen it.
test("a tab that merged a newer save does not post its outdated answers over it", async ({ page, signedInPage }) => {
  const { sme, assessmentId } = await openDraft(page, "conflict-stale-form");
  const tabA = page;
  const elsewhere = await signedInPage(sme);
  await openSkills(tabA, assessmentId);
  await levelRadio(indicatorGroup(tabA, first), first, 2).check();
  await expectServerLevel(elsewhere, assessmentId, first, 2);

  // Another device opens the page after that save and changes the answer: no conflict there.
  const device = await signedInPage(sme);
  await openSkills(device, assessmentId);
  await levelRadio(indicatorGroup(device, first), first, 4).check();
  await expectServerLevel(elsewhere, assessmentId, first, 4);

  // Tab A answers another question (merged), then moves on with "Save and continue".
  await levelRadio(indicatorGroup(tabA, second), second, 1).check();
  await expectServerLevel(elsewhere, assessmentId, second, 1);
  await tabA.getByRole("button", { name: "Save and continue" }).click();
  await expect(tabA).not.toHaveURL(new RegExp(`/${skills.id}$`));
  await expectServerLevel(elsewhere, assessmentId, first, 4);
});

// Without JavaScript the page is a plain form post, so the server merges it: what someone else
// saved since the page was shown is kept for the answers both changed, the rest is saved, and the
// page lists what to check. (With JavaScript the island settles this before the post.)
test("without JavaScript, a stale page post keeps what was saved elsewhere, saves the rest and lists what to check", async ({ page, browser, baseURL, signedInPage }) => {
  const { sme, assessmentId } = await openDraft(page, "conflict-nojs");
  const context = await browser.newContext({ baseURL, locale: "en-GB", javaScriptEnabled: false });
  await signInWithApi(context.request, sme);
  const noJs = await context.newPage();
  await openSkills(noJs, assessmentId);

  // Another device saves a rating for the first question and a note on the second.
  const theirNote = "Checked by the quality lead in March.";
  await saveAnswersThroughApi(page.request, assessmentId, { levels: { [first.id]: 2 }, notes: { [second.id]: theirNote } });

  // The page still shows the answers as they were; the manager answers all three and moves on.
  await levelRadio(indicatorGroup(noJs, first), first, 4).check();
  await indicatorNote(noJs, second).toggle.click();
  await indicatorNote(noJs, second).textbox.fill("Our own note.");
  await levelRadio(indicatorGroup(noJs, third), third, 3).check();
  await noJs.getByRole("button", { name: "Save and continue" }).click();

  await expect(noJs).toHaveURL(new RegExp(`/${skills.id}\\?conflicts=`));
  const panel = conflictPanel(noJs);
  await expect(panel).toContainText("We kept the saved answers shown below");
  await expect(panel.getByRole("listitem")).toHaveCount(2);
  await expect(panel.getByRole("link", { name: first.question, exact: true })).toBeVisible();
  // The note is named apart from its question, so the list does not read as one question twice.
  await expect(panel.getByRole("link", { name: `Your note on “${second.question}”` })).toBeVisible();
  await expect(levelRadio(indicatorGroup(noJs, first), first, 2)).toBeChecked();
  await expect(indicatorNote(noJs, second).textbox).toHaveValue(theirNote);

  const elsewhere = await signedInPage(sme);
  await expectServerLevel(elsewhere, assessmentId, first, 2);
  await expectServerLevel(elsewhere, assessmentId, third, 3);
  await expect(shownAnswer(elsewhere, second.question)).toContainText(theirNote);
  await context.close();
});
