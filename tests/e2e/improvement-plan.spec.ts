import type { Browser, Page } from "@playwright/test";
import { submitCompleteAssessment } from "./support/assessment";
import { signInWithApi } from "./support/auth";
import { expect, test } from "./support/fixtures";

// Journey: a manager turns focus areas into an improvement plan. A fresh Penang firm submits its
// assessment; from the results it adds two focus areas to the plan, adds a suggested action in
// each, edits one (owner, dates, cost, an instrument), marks one in progress, is told when the due
// date comes before the start; then, with JavaScript off, adds an action of its own, refused once
// for the dates and kept as typed.

const planActions = (page: Page) => page.locator("li.plan-action");

async function addFirstSuggestion(page: Page, dimensionId: string): Promise<string> {
  const dimension = page.locator(`section[data-dimension="${dimensionId}"]`);
  const suggestion = dimension.locator("li.plan-suggestion").first();
  const title = (await suggestion.locator(".plan-suggestion__title").textContent())!.trim();
  await suggestion.getByRole("button", { name: `Add to plan: ${title}` }).click();
  await expect(page.getByRole("status")).toHaveText("The action was added to your plan.");
  await expect(dimension.locator("li.plan-action").filter({ hasText: title })).toBeVisible();
  return title;
}

async function pageWithoutJavaScript(browser: Browser, baseURL: string, credentials: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "en-GB", javaScriptEnabled: false });
  await signInWithApi(context.request, credentials);
  return context.newPage();
}

test("a manager builds an improvement plan from two focus areas", async ({ page, browser, baseURL }) => {
  const { sme, assessmentId } = await submitCompleteAssessment(page, "plan");
  await page.goto(`/assessments/${assessmentId}/results`);
  const areas = page.getByTestId("focus-areas").locator("li.focus-area");
  const [first, second] = await Promise.all([areas.nth(0).getAttribute("data-dimension"), areas.nth(1).getAttribute("data-dimension")]);
  const firstName = (await areas.nth(0).locator("h3").textContent())!.replace(/^\d+\.?/, "").trim();

  // The first focus area: "Add to plan" opens the plan at it, with suggestions to add.
  await areas.nth(0).getByRole("link", { name: `Add to plan: ${firstName}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Improvement plan" })).toBeVisible();
  const title = await addFirstSuggestion(page, first!);

  // Back on the results the area counts its action; the second is added the same way.
  await page.goto(`/assessments/${assessmentId}/results`);
  await expect(areas.nth(0).getByTestId("focus-plan")).toHaveText("In your plan: 1 action");
  await areas.nth(1).getByRole("link", { name: /^Add to plan: / }).click();
  await addFirstSuggestion(page, second!);
  await expect(planActions(page)).toHaveCount(2);

  // Edit the first: owner, dates, cost and an instrument.
  const inFirst = (p: Page) => p.locator(`section[data-dimension="${first}"] li.plan-action`).filter({ hasText: title });
  const action = inFirst(page);
  await action.getByText("Edit this action").click();
  await action.getByLabel("Owner").selectOption({ label: sme.name });
  await action.getByLabel("Start date (optional)").fill("2027-01-04");
  await action.getByLabel("Due date (optional)").fill("2027-03-31");
  await action.getByLabel("Estimated cost (optional)").fill("25000");
  const instrument = action.getByLabel("Support instrument (optional)");
  const instrumentName = (await instrument.locator("option").nth(1).textContent())!.replace(/ \(recommended\)$/, "");
  await instrument.selectOption({ index: 1 });
  await action.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Your changes were saved.");
  const saved = inFirst(page);
  await expect(saved.locator("dl")).toContainText(sme.name);
  await expect(saved.locator("dl")).toContainText("4 January 2027 to 31 March 2027");
  await expect(saved.locator("dl")).toContainText("MYR 25,000");
  await expect(saved.locator("dl")).toContainText(instrumentName);

  // A due date before the start is refused at the field.
  await saved.getByText("Edit this action").click();
  await saved.getByLabel("Due date (optional)").fill("2026-12-01");
  await saved.getByRole("button", { name: "Save changes" }).click();
  await expect(saved.getByText("The due date must be on or after the start date.").first()).toBeVisible();

  // The quick status change.
  const again = inFirst(page);
  await again.getByLabel(`Status of “${title}”`).selectOption("in_progress");
  await again.getByRole("button", { name: "Update status" }).click();
  await expect(page.getByRole("status")).toHaveText("The status was updated.");
  await expect(inFirst(page).locator(".plan-status")).toHaveText("In progress");

  // Without JavaScript: an action of its own, refused once for its dates, then added.
  const noJs = await pageWithoutJavaScript(browser, baseURL!, sme);
  await noJs.goto(page.url().replace(/[?#].*$/, ""));
  const section = noJs.locator(`#add-${first}-form`);
  await section.getByText("Add your own action").click();
  await section.getByLabel("Action", { exact: true }).fill("Train two operators on the new sensors");
  await section.getByLabel("Start date (optional)").fill("2027-05-01");
  await section.getByLabel("Due date (optional)").fill("2027-04-01");
  await section.getByRole("button", { name: "Add action" }).click();
  const refused = noJs.locator(`#add-${first}-form`);
  await expect(refused.getByText("The due date must be on or after the start date.").first()).toBeVisible();
  await expect(refused.getByLabel("Action", { exact: true })).toHaveValue("Train two operators on the new sensors");
  await refused.getByLabel("Due date (optional)").fill("2027-06-30");
  await refused.getByRole("button", { name: "Add action" }).click();
  await expect(noJs.getByRole("status")).toHaveText("The action was added to your plan.");
  await expect(noJs.locator("li.plan-action").filter({ hasText: "Train two operators on the new sensors" })).toBeVisible();
  await noJs.context().close();
});
