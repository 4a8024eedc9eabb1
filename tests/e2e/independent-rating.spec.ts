import type { Browser, Page } from "@playwright/test";
import { strongPassword, uniqueEmail } from "./support/accounts";
import { indicatorGroup, levelRadio, listDimensions, openDraft } from "./support/assessment";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { invitationLinkFromOutbox } from "./support/invitations";

// Rating apart, then agreeing (issue 19): a manager opens one dimension for two colleagues, who
// each rate it in their own browser without seeing the other's levels; once both have handed in,
// the manager reads the spread (rows far apart are flagged in words), agrees a level and a note per
// indicator, and the question page then shows the agreed levels.

const dimension = listDimensions({ services: false })[0]!;

/** Invites `name` from the manager's team page and joins through the emailed link in a browser of their own. */
async function colleagueJoins(manager: Page, admin: Page, browser: Browser, baseURL: string | undefined, name: string): Promise<Page> {
  const email = uniqueEmail("rating-colleague");
  await manager.goto("/dashboard");
  await manager.getByTestId("dashboard-team-link").click();
  await manager.getByLabel("Colleague's work email address").fill(email);
  await manager.getByRole("button", { name: "Send invitation" }).click();
  await expect(manager.getByRole("status")).toContainText(email);
  const link = await invitationLinkFromOutbox(admin, email);
  const page = await (await browser.newContext({ baseURL, locale: "en-GB" })).newPage();
  await page.goto(link);
  await page.getByLabel("Your full name").fill(name);
  await page.getByLabel("Password", { exact: true }).fill(strongPassword());
  await page.getByRole("button", { name: "Create account and join" }).click();
  await expect(page).toHaveURL(/\/dashboard\?firm=/);
  return page;
}

/** A rater's levels on the rating page: one select per indicator, named by its question. */
async function rate(page: Page, levels: number[], finish: boolean) {
  for (const [index, indicator] of dimension.indicators.entries()) {
    await page.getByRole("combobox", { name: indicator.question, exact: true }).selectOption({ index: levels[index]! + 1 });
  }
  if (finish) await page.getByRole("checkbox", { name: /I have finished/ }).check();
  await page.getByRole("button", { name: "Save my levels" }).click();
  await expect(page.getByRole("status")).toContainText(finish ? "Your levels were handed in." : "Your levels were saved.");
}

test("two members rate a dimension apart, the manager sees the flagged spread and agrees the levels", async ({ page, browser, baseURL, asAdmin: admin }) => {
  // Two invitations and three browsers: more than the default minute.
  test.slow();
  const { assessmentId } = await openDraft(page, "rating-manager");
  const aisyah = await colleagueJoins(page, admin, browser, baseURL, "Aisyah Rater");
  const ben = await colleagueJoins(page, admin, browser, baseURL, "Ben Rater");
  const ratingPath = `/assessments/${assessmentId}/rating/${dimension.id}`;

  // The manager opens the dimension from its question page, choosing the two colleagues.
  await page.goto(`/assessments/${assessmentId}/${dimension.id}`);
  await page.getByRole("link", { name: "Rate this dimension apart" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Rate apart: ${dimension.title}` })).toBeVisible();
  await page.getByRole("button", { name: "Open for rating apart" }).click();
  await expect(page.getByText("Raters: Choose at least two raters")).toBeVisible();
  await page.getByRole("checkbox", { name: "Aisyah Rater (Contributor)" }).check();
  await page.getByRole("checkbox", { name: "Ben Rater (Contributor)" }).check();
  await page.getByRole("button", { name: "Open for rating apart" }).click();
  await expect(page.getByRole("status")).toContainText("The dimension is open for rating apart.");

  // Aisyah finds the round on the overview, and the question page says the levels are set elsewhere.
  await aisyah.goto(`/assessments/${assessmentId}`);
  await expect(aisyah.getByTestId("rating-rounds")).toContainText("0 of 2 finished");
  await aisyah.goto(`/assessments/${assessmentId}/${dimension.id}`);
  await expect(aisyah.getByTestId("rated-apart-notice")).toContainText("This dimension is being rated apart");
  await aisyah.getByRole("link", { name: "Go to the rating page" }).click();
  await expect(aisyah).toHaveURL(ratingPath);
  const low = dimension.indicators.map(() => 1);
  const high = dimension.indicators.map(() => 4);
  await rate(aisyah, low, false);

  // Ben rates high and hands in; he reads his own levels only, never Aisyah's.
  await ben.goto(ratingPath);
  await rate(ben, high, true);
  await expect(ben.getByRole("table")).toHaveCount(0);
  await expect(ben.getByText("Aisyah Rater: Still rating")).toBeVisible();
  await expect(ben.getByRole("heading", { name: "Your level" })).toBeVisible();
  for (const indicator of dimension.indicators) await expect(ben.getByRole("listitem").filter({ hasText: indicator.question })).toContainText("Level 4");
  await expect(ben.getByRole("main")).not.toContainText("Level 1:");

  // The manager sees who has finished, but no level until everyone has.
  await page.reload();
  await expect(page.getByText("Ben Rater: Finished")).toBeVisible();
  await expect(page.getByText("The levels stay hidden until every rater has finished")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await expectNoAxeViolations(page, "rating page while raters rate");

  await aisyah.reload();
  await expect(aisyah.getByRole("table")).toHaveCount(0);
  await rate(aisyah, low, true);

  // Both finished: the spread, every row three levels apart and flagged in words.
  await page.reload();
  const spread = page.getByRole("table", { name: /Each rater's level per indicator/ });
  await expect(spread.getByRole("columnheader", { name: "Aisyah Rater" })).toBeVisible();
  for (const indicator of dimension.indicators) {
    const row = spread.getByRole("row").filter({ hasText: indicator.question });
    await expect(row).toContainText("Differ by 3 levels: discuss");
    await expect(row.getByRole("cell").nth(0)).toHaveText("1");
    await expect(row.getByRole("cell").nth(1)).toHaveText("4");
  }
  await expectNoAxeViolations(page, "rating page with the spread and the agree form");

  // The manager agrees level 2 for each indicator with a note.
  for (const indicator of dimension.indicators) {
    await page.getByRole("combobox", { name: `Agreed level: ${indicator.question}` }).selectOption({ index: 3 });
  }
  await page.getByRole("textbox", { name: "Note on the agreed level (optional)" }).first().fill("Only the new line has it");
  await page.getByRole("button", { name: "Save the agreed levels" }).click();
  await expect(page.getByRole("status")).toContainText("Every level is agreed and saved in the assessment.");
  await expect(spread.getByRole("row").filter({ hasText: dimension.indicators[0]!.question })).toContainText("Only the new line has it");
  await aisyah.goto(`/assessments/${assessmentId}`);
  await expect(aisyah.getByTestId("rating-rounds")).toContainText("agreed");

  // The question page shows the agreed levels, and answering it is open again.
  await page.goto(`/assessments/${assessmentId}/${dimension.id}`);
  await expect(page.getByTestId("rated-apart-notice")).toHaveCount(0);
  for (const indicator of dimension.indicators) await expect(levelRadio(indicatorGroup(page, indicator), indicator, 2)).toBeChecked();

  await aisyah.context().close();
  await ben.context().close();
});
