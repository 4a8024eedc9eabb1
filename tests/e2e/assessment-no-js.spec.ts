import {
  findDimension,
  indicatorGroup,
  levelRadio,
  pageCount,
  profileText,
  sectionTitles,
  shownAnswer,
  shownLevel,
} from "./support/assessment";
import { signInWithApi } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { signUpSme } from "./support/sign-up";

// Journey: an SME manager whose browser runs no JavaScript (blocked, or not loaded yet on a slow
// phone) answers the questionnaire with plain form posts: "Save and continue" saves the page and
// moves on, "Previous" goes back, and bad input gets the error summary beside what was typed
// while every valid answer posted with it is saved.

const skills = findDimension("skills");
const employeesLabel = profileText.employees!.label;
const wholeNumber = "Enter a whole number, for example 45.";
const invalidEmployees = `Number of employees: ${wholeNumber}`;

test("the questionnaire can be answered with JavaScript disabled", async ({ page, browser, baseURL }) => {
  test.slow(); // a whole journey over three pages, plus the refused page again in a browser with JavaScript for axe
  const sme = await signUpSme(page, "nojs");
  const context = await browser.newContext({ baseURL, locale: "en-GB", javaScriptEnabled: false });
  await signInWithApi(context.request, sme);
  const noJs = await context.newPage();
  const totalPages = pageCount({ services: false });

  await noJs.goto("/dashboard");
  await noJs.getByRole("button", { name: "Start a new assessment" }).click();
  await expect(noJs.getByRole("heading", { level: 1, name: sectionTitles.profile! })).toBeVisible();
  await expect(noJs).toHaveURL(/\/profile#q-profile--turnover$/);
  const assessmentId = /\/assessments\/([0-9a-f-]{36})\//.exec(noJs.url())![1]!;
  const checkUrl = `/assessments/${assessmentId}/check`;
  const group = (id: string) => noJs.getByRole("group", { name: profileText[id]!.label, exact: true });

  // An unreadable number of employees: the summary links to the field, which keeps what was
  // typed; the valid answer posted with it is saved.
  await group("turnover").getByRole("radio", { name: "USD 1 million to 5 million" }).check();
  await noJs.getByLabel(employeesLabel).fill("lots");
  await noJs.getByRole("button", { name: "Save and continue" }).click();
  await expect(noJs).toHaveURL(/\/profile(#.*)?$/);
  const summary = noJs.getByRole("alert").filter({ has: noJs.getByRole("heading", { name: "There is a problem" }) });
  const link = summary.getByRole("link", { name: invalidEmployees });
  await expect(link).toHaveAttribute("href", "#q-profile--employees");
  await expect(summary.getByRole("link")).toHaveCount(1);
  const employees = noJs.getByLabel(employeesLabel);
  await expect(employees).toHaveAttribute("aria-invalid", "true");
  await expect(employees).toHaveValue("lots");
  await expect(employees).toHaveAccessibleDescription(new RegExp(wholeNumber.replace(/\./g, "\\.")));
  await expect(group("turnover").getByRole("radio", { name: "USD 1 million to 5 million" })).toBeChecked();
  // axe needs script in the page: it checks the error page in a browser with JavaScript (same HTML, same post).
  await signInWithApi(page.context().request, sme);
  await page.goto(`/assessments/${assessmentId}/profile`);
  await page.getByLabel(employeesLabel).fill("lots");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("link", { name: invalidEmployees })).toBeVisible();
  await expectNoAxeViolations(page, "profile page with an invalid number of employees");
  await link.click();
  await expect(employees).toBeFocused();

  const checkPage = await context.newPage();
  await checkPage.goto(checkUrl);
  await expect(shownAnswer(checkPage, employeesLabel)).toHaveText("40");
  await expect(shownAnswer(checkPage, profileText.turnover!.label)).toHaveText("USD 1 million to 5 million");

  // Valid answers: saved, and "Save and continue" moves to the first dimension.
  await employees.fill("45");
  await group("turnover").getByRole("radio", { name: "USD 1 million to 5 million" }).check();
  await group("exports").getByRole("radio", { name: "Yes" }).check();
  await group("offers-services").getByRole("radio", { name: "No" }).check();
  await noJs.getByRole("checkbox", { name: "Cloud computing" }).check();
  await noJs.getByRole("checkbox", { name: "Lack of qualified personnel" }).check();
  await noJs.getByRole("button", { name: "Save and continue" }).click();
  await expect(noJs.getByRole("heading", { level: 1, name: skills.title })).toBeVisible();
  await expect(noJs.getByText(`Page 2 of ${totalPages}`)).toBeVisible();

  // A dimension page with a note, then on to the next page.
  for (const [index, indicator] of skills.indicators.entries()) await levelRadio(indicatorGroup(noJs, indicator), indicator, index + 2).check();
  await noJs.locator(".indicator").first().locator("summary").click();
  await noJs.getByRole("textbox", { name: "Add a note (optional)" }).fill("Written without JavaScript.");
  await noJs.getByRole("button", { name: "Save and continue" }).click();
  await expect(noJs.getByRole("heading", { level: 1, name: findDimension("leadership").title })).toBeVisible();
  await expect(noJs.getByText(`Page 3 of ${totalPages}`)).toBeVisible();

  // "Previous" goes back and shows what was saved.
  await noJs.getByRole("button", { name: "Previous" }).click();
  await expect(noJs.getByRole("heading", { level: 1, name: skills.title })).toBeVisible();
  for (const [index, indicator] of skills.indicators.entries()) await expect(levelRadio(indicatorGroup(noJs, indicator), indicator, index + 2)).toBeChecked();

  await checkPage.goto(checkUrl);
  await expect(shownAnswer(checkPage, employeesLabel)).toHaveText("45");
  await expect(shownAnswer(checkPage, profileText.turnover!.label)).toHaveText("USD 1 million to 5 million");
  await expect(shownAnswer(checkPage, profileText.exports!.label)).toHaveText("Yes");
  await expect(shownAnswer(checkPage, profileText.technologies!.label)).toHaveText("Cloud computing");
  for (const [index, indicator] of skills.indicators.entries()) await expect(shownAnswer(checkPage, indicator.question)).toContainText(shownLevel(indicator, index + 2));
  await expect(shownAnswer(checkPage, skills.indicators[0]!.question)).toContainText("Written without JavaScript.");
  await context.close();
});
