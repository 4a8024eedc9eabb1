import { expect, test, type Page } from "@playwright/test";
import {
  findDimension,
  indicatorGroup,
  levelRadio,
  openDraft,
  saveStatus,
  shownAnswer,
  shownLevel,
  type Indicator,
} from "../e2e/support/assessment";
import { at, instanceA, instanceB } from "./support/instances";

// Scale-out: a draft's version lives in the database, so a save through one instance makes a
// stale save through the other a conflict: the API answers 409 with what is stored, and the page
// on the stale side shows both answers instead of overwriting.

const skills = findDimension("skills");
const [first, second] = skills.indicators as [Indicator, Indicator];
const conflictTitle = "Some answers were changed elsewhere";
const conflictPanel = (page: Page) => page.getByRole("alert").filter({ has: page.getByRole("heading", { name: conflictTitle }) });

async function openSkills(page: Page, origin: string, assessmentId: string): Promise<void> {
  await page.goto(at(origin, `/assessments/${assessmentId}/${skills.id}`));
  await expect(page.getByRole("heading", { level: 1, name: skills.title })).toBeVisible();
}

/** Waits until the check page of the given instance shows the rating (saves are asynchronous). */
async function expectStoredLevel(checkPage: Page, origin: string, assessmentId: string, indicator: Indicator, level: number): Promise<void> {
  await expect(async () => {
    await checkPage.goto(at(origin, `/assessments/${assessmentId}/check`));
    await expect(shownAnswer(checkPage, indicator.question)).toHaveText(shownLevel(indicator, level), { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
}

test("a page on B that saves over an answer saved through A gets the conflict, and the choice is kept on both", async ({ page }) => {
  const { assessmentId } = await openDraft(page, "scale-conflict");
  const tabA = page;
  const tabB = await page.context().newPage();
  const checkPage = await page.context().newPage();
  await openSkills(tabA, instanceA, assessmentId);
  await openSkills(tabB, instanceB, assessmentId);

  await levelRadio(indicatorGroup(tabA, first), first, 2).check();
  await expect(saveStatus(tabA)).toHaveText("Saved");

  // B's page still holds the version it was loaded with.
  await levelRadio(indicatorGroup(tabB, first), first, 4).check();
  const panel = conflictPanel(tabB);
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(`Your answer: ${first.levels[4]}`);
  await expect(panel).toContainText(`Saved elsewhere: ${first.levels[2]}`);
  await expect(saveStatus(tabB)).not.toHaveText("Saved");
  await expectStoredLevel(checkPage, instanceB, assessmentId, first, 2);

  await panel.getByRole("button", { name: "Keep my answer" }).click();
  await expect(panel).toHaveCount(0);
  await expect(saveStatus(tabB)).toHaveText("Saved");
  await expectStoredLevel(checkPage, instanceA, assessmentId, first, 4);
});

test("the autosave API on B refuses a save based on a version A has replaced, and tells what is stored", async ({ page }) => {
  const { assessmentId } = await openDraft(page, "scale-conflict-api");
  const path = `/assessments/${assessmentId}/answers`;
  const api = (origin: string) => at(origin, `/api${path}`);

  // The version a page on B would have loaded (a save with nothing in it answers with it, or 409 with it).
  const probe = await page.request.put(api(instanceB), { data: { baseVersion: 0, patch: {} } });
  const { version: loaded } = (await probe.json()) as { version: number };
  expect(typeof loaded, `PUT on B tells the current version (HTTP ${probe.status()})`).toBe("number");

  const savedOnA = await page.request.put(api(instanceA), { data: { baseVersion: loaded, patch: { levels: { [second.id]: 1 } } } });
  expect(savedOnA.status(), await savedOnA.text()).toBe(200);
  const { version: afterA } = (await savedOnA.json()) as { version: number };
  expect(afterA).toBeGreaterThan(loaded);

  const staleOnB = await page.request.put(api(instanceB), { data: { baseVersion: loaded, patch: { levels: { [second.id]: 3 } } } });
  expect(staleOnB.status()).toBe(409);
  expect(await staleOnB.json()).toMatchObject({ error: "stale", version: afterA, answers: { levels: { [second.id]: 1 } } });

  // Nothing was overwritten: both instances' check pages show A's answer.
  const checkPage = await page.context().newPage();
  await expectStoredLevel(checkPage, instanceA, assessmentId, second, 1);
  await expectStoredLevel(checkPage, instanceB, assessmentId, second, 1);
});
