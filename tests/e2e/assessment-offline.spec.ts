import type { Browser, BrowserContext, Page } from "@playwright/test";
import {
  findDimension,
  indicatorGroup,
  indicatorNote,
  type Indicator,
  levelRadio,
  offlineMessage,
  openDimensionPage,
  openDraft,
  pendingAnswersKey,
  saveStatus,
  shownAnswer,
  shownLevel,
} from "./support/assessment";
import { expect, test } from "./support/fixtures";
import type { NewSme } from "./support/sign-up";

// Journey: the connection drops while an SME manager answers a dimension page. The answers queue
// in the browser (localStorage), survive closing the browser, and reach the server when the manager
// is back online, whether the page stays open or the assessment is opened again later. Every
// check of what is saved reads the server from another browser, never the queue itself.

const skills = findDimension("skills");
const [first, second, third] = skills.indicators as [Indicator, Indicator, Indicator];
const note = "Shift B still fills in paper check sheets; tablets are on order.";

/** Signs up a fresh firm, answers its profile and opens the first dimension page. */
async function openFirstDimension(page: Page, purpose: string): Promise<{ sme: NewSme; assessmentId: string }> {
  const draft = await openDraft(page, purpose);
  await openDimensionPage(page, draft.assessmentId, skills);
  return draft;
}

/**
 * Drops the connection and waits until each page knows it: the browser applies the change
 * asynchronously, and an answer given before a page sees `navigator.onLine` turn false could still
 * reach the server.
 */
async function goOffline(...pages: Page[]): Promise<void> {
  await pages[0]!.context().setOffline(true);
  for (const page of pages) await page.waitForFunction(() => !navigator.onLine);
}

/**
 * Closes the browser while offline and opens it again later, online, with what a browser keeps on
 * disk (cookies and localStorage, so the queue and the session). A new browser context, not the
 * same one: Playwright's offline switch is emulation, and in CI a page closed or navigated away
 * under it once sent its queue on the way out (the server logged the PUT during the close; the
 * page's trace has none), which a browser without a connection cannot do.
 */
async function closeBrowserAndReopen(context: BrowserContext, browser: Browser, baseURL: string | undefined): Promise<BrowserContext> {
  const kept = await context.storageState();
  await context.close();
  return browser.newContext({ baseURL, locale: "en-GB", storageState: kept });
}

/** Answers the second and third questions and writes a note, all while offline. */
async function answerOffline(page: Page): Promise<void> {
  await levelRadio(indicatorGroup(page, second), second, 3).check();
  await levelRadio(indicatorGroup(page, third), third, 4).check();
  await indicatorNote(page, third).toggle.click();
  await indicatorNote(page, third).textbox.fill(note);
  await expect(saveStatus(page)).toHaveText(offlineMessage);
}

/** What the server holds, seen on the check page of a separate, signed-in browser. */
async function expectSavedOnServer(checkPage: Page, assessmentId: string, saved: boolean): Promise<void> {
  await checkPage.goto(`/assessments/${assessmentId}/check`);
  await expect(shownAnswer(checkPage, first.question)).toHaveText(shownLevel(first, 2));
  if (saved) {
    await expect(shownAnswer(checkPage, second.question)).toHaveText(shownLevel(second, 3));
    await expect(shownAnswer(checkPage, third.question)).toContainText(shownLevel(third, 4));
    await expect(shownAnswer(checkPage, third.question)).toContainText(note);
  } else {
    await expect(shownAnswer(checkPage, second.question)).toHaveText("Not answered");
    await expect(shownAnswer(checkPage, third.question)).toHaveText("Not answered");
  }
}

test("answers given offline survive closing the browser and are saved when the assessment is opened again online", async ({ page, browser, baseURL, signedInPage }) => {
  const { sme, assessmentId } = await openFirstDimension(page, "offline-close");

  // Online, the first answer saves as usual.
  await levelRadio(indicatorGroup(page, first), first, 2).check();
  await expect(saveStatus(page)).toHaveText("Saved");

  // The connection drops: the next answers wait in the browser, not on the server.
  await goOffline(page);
  await answerOffline(page);
  const queued = await page.evaluate((key) => window.localStorage.getItem(key), pendingAnswersKey(assessmentId));
  expect(queued, "the offline queue in localStorage").toContain(`levels.${third.id}`);
  const elsewhere = await signedInPage(sme);
  await expectSavedOnServer(elsewhere, assessmentId, false);

  // The browser is closed; later, back online, the manager opens the assessment again: the queue
  // is sent without being asked.
  const later = await closeBrowserAndReopen(page.context(), browser, baseURL);
  const reopened = await later.newPage();
  await reopened.goto(`/assessments/${assessmentId}`);
  await expect(saveStatus(reopened)).toHaveText("Saved");
  await expectSavedOnServer(elsewhere, assessmentId, true);
  expect(await reopened.evaluate((key) => window.localStorage.getItem(key), pendingAnswersKey(assessmentId)), "queue emptied once saved").toBeNull();

  // And the page itself shows them, from the server.
  await reopened.goto(`/assessments/${assessmentId}/${skills.id}`);
  await expect(levelRadio(indicatorGroup(reopened, second), second, 3)).toBeChecked();
  await expect(levelRadio(indicatorGroup(reopened, third), third, 4)).toBeChecked();
  await expect(indicatorNote(reopened, third).textbox).toHaveValue(note);
  await later.close();
});

test("answers given offline are saved as soon as the connection returns, with the page still open", async ({ page, signedInPage }) => {
  const { sme, assessmentId } = await openFirstDimension(page, "offline-open");
  await levelRadio(indicatorGroup(page, first), first, 2).check();
  await expect(saveStatus(page)).toHaveText("Saved");

  await goOffline(page);
  await answerOffline(page);
  const elsewhere = await signedInPage(sme);
  await expectSavedOnServer(elsewhere, assessmentId, false);

  await page.context().setOffline(false);
  await expect(saveStatus(page)).toHaveText("Saved");
  await expectSavedOnServer(elsewhere, assessmentId, true);
});

// Regression (issue 3), found by this spec and fixed: every tab keeps its own copy of the queue in memory and
// writes it whole to the one localStorage key of the assessment, so with two tabs open offline the
// last tab to change something erases what the other queued, and closing both loses those answers.
test("answers queued offline in two tabs of one browser are all saved", async ({ page, browser, baseURL, signedInPage }) => {
  const { sme, assessmentId } = await openFirstDimension(page, "offline-two-tabs");
  const leadership = findDimension("leadership");
  const leadershipQuestion = leadership.indicators[0]!;
  const otherTab = await page.context().newPage();
  await otherTab.goto(`/assessments/${assessmentId}/${leadership.id}`);
  await expect(otherTab.getByRole("heading", { level: 1, name: leadership.title })).toBeVisible();
  await levelRadio(indicatorGroup(page, first), first, 2).check();
  await expect(saveStatus(page)).toHaveText("Saved");

  await goOffline(page, otherTab);
  await levelRadio(indicatorGroup(otherTab, leadershipQuestion), leadershipQuestion, 3).check();
  await expect(saveStatus(otherTab)).toHaveText(offlineMessage);
  await levelRadio(indicatorGroup(page, second), second, 3).check();
  await expect(saveStatus(page)).toHaveText(offlineMessage);
  const later = await closeBrowserAndReopen(page.context(), browser, baseURL);
  const reopened = await later.newPage();
  await reopened.goto(`/assessments/${assessmentId}`);
  await expect(saveStatus(reopened)).toHaveText("Saved");
  const elsewhere = await signedInPage(sme);
  await elsewhere.goto(`/assessments/${assessmentId}/check`);
  await expect(shownAnswer(elsewhere, second.question)).toHaveText(shownLevel(second, 3));
  await expect(shownAnswer(elsewhere, leadershipQuestion.question)).toHaveText(shownLevel(leadershipQuestion, 3));
  await later.close();
});
