import type { Locator, Page } from "@playwright/test";
import {
  findDimension,
  indicatorGroup,
  levelFor,
  levelRadio,
  listDimensions,
  pageCount,
  profileText,
  questionnaireTitle,
  sectionTitles,
  shownAnswer,
  shownLevel,
} from "./support/assessment";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { signUpSme } from "./support/sign-up";

// Journey: an SME manager who cannot use a mouse completes a whole assessment (all 42 indicators,
// the services module included) from the dashboard to the submitted confirmation with Tab,
// Shift+Tab, Space, the arrow keys and Enter only, and axe finds nothing on any kind of step.
// Nothing after sign-in is clicked, checked or filled by Playwright.

/** Presses Tab (or Shift+Tab) until focus is on or inside the target, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, key: "Tab" | "Shift+Tab" = "Tab", maxPresses = 200): Promise<void> {
  // One handle for the whole walk: resolving the locator before every key press doubles the time.
  const element = await target.elementHandle();
  try {
    for (let presses = 0; presses <= maxPresses; presses += 1) {
      if (await element!.evaluate((node) => node.contains(document.activeElement))) return;
      await page.keyboard.press(key);
    }
  } finally {
    await element?.dispose();
  }
  throw new Error(`${maxPresses} × ${key} never reached ${target}`);
}

/**
 * In a radio group with nothing chosen, Tab lands on the first option: Space picks it, each arrow
 * key press moves to the next option and picks it.
 */
async function chooseWithArrows(page: Page, group: Locator, index: number): Promise<void> {
  await tabTo(page, group);
  if (index === 0) await page.keyboard.press("Space");
  for (let step = 0; step < index; step += 1) await page.keyboard.press("ArrowDown");
}

async function pressButton(page: Page, name: string): Promise<void> {
  await tabTo(page, page.getByRole("button", { name, exact: true }));
  await page.keyboard.press("Enter");
}

test("an SME manager completes and submits a whole assessment with the keyboard only", async ({ page, signedInPage }) => {
  // 42 questions on 16 pages, one key press at a time: about a minute alone, two with a busy machine.
  test.setTimeout(240_000);
  const sme = await signUpSme(page, "keyboard", { enrolmentCode: "PENANG-2026" });
  const manager = await signedInPage(sme);
  const dimensions = listDimensions({ services: true });
  const totalPages = pageCount({ services: true });
  const heading = (name: string) => manager.getByRole("heading", { level: 1, name, exact: true });

  // Dashboard: the skip link, then the start button.
  await manager.goto("/dashboard");
  await expect(heading("My assessments")).toBeVisible();
  await expectNoAxeViolations(manager, "dashboard");
  await manager.keyboard.press("Tab");
  await expect(manager.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await manager.keyboard.press("Enter");
  await pressButton(manager, "Start a new assessment");

  // Profile: sign-up already gave country, sector and employees; the draft opens at turnover.
  await expect(heading(sectionTitles.profile!)).toBeVisible();
  await expect(manager).toHaveURL(/\/profile#q-profile--turnover$/);
  const assessmentId = /\/assessments\/([0-9a-f-]{36})\//.exec(manager.url())![1]!;
  await expect(manager.getByLabel(profileText.employees!.label)).toHaveValue("40");
  await expectNoAxeViolations(manager, "profile page");
  const profileGroup = (id: string) => manager.getByRole("group", { name: profileText[id]!.label, exact: true });
  await chooseWithArrows(manager, profileGroup("turnover"), 2);
  await expect(profileGroup("turnover").getByRole("radio", { name: "USD 1 million to 5 million" })).toBeChecked();
  await chooseWithArrows(manager, profileGroup("exports"), 1);
  await expect(profileGroup("exports").getByRole("radio", { name: "No" })).toBeChecked();
  await chooseWithArrows(manager, profileGroup("offers-services"), 0);
  await expect(profileGroup("offers-services").getByRole("radio", { name: "Yes" })).toBeChecked();
  for (const name of ["Industrial sensors", "Cloud computing", "Lack of funds", "Lack of qualified personnel"]) {
    const box = manager.getByRole("checkbox", { name, exact: true });
    await tabTo(manager, box);
    await manager.keyboard.press("Space");
    await expect(box).toBeChecked();
  }
  await pressButton(manager, "Save and continue");

  // First dimension page, then a detour through the overview by its breadcrumb link.
  await expect(heading(dimensions[0]!.title)).toBeVisible();
  await tabTo(manager, manager.getByRole("navigation", { name: "Breadcrumbs" }).getByRole("link", { name: "Assessment overview" }));
  await manager.keyboard.press("Enter");
  await expect(heading(questionnaireTitle)).toBeVisible();
  const task = (section: string) => manager.getByRole("listitem").filter({ has: manager.getByRole("link", { name: sectionTitles[section]!, exact: true }) });
  await expect(task("profile")).toContainText("Completed");
  await expect(task("people")).toContainText("Not started");
  await expect(task("services")).toContainText("Not started");
  await expectNoAxeViolations(manager, "overview (task list)");
  await tabTo(manager, manager.getByRole("link", { name: "Continue where you left off" }));
  await manager.keyboard.press("Enter");

  // Every dimension page: one Tab into each question, arrows to the level, then on.
  let indicatorIndex = 0;
  for (const [pageIndex, dimension] of dimensions.entries()) {
    await expect(heading(dimension.title)).toBeVisible();
    await expect(manager.getByText(`Page ${pageIndex + 2} of ${totalPages}`)).toBeVisible();
    for (const [position, indicator] of dimension.indicators.entries()) {
      const group = indicatorGroup(manager, indicator);
      const level = levelFor(indicatorIndex);
      await chooseWithArrows(manager, group, level);
      await expect(levelRadio(group, indicator, level)).toBeChecked();
      indicatorIndex += 1;
      if (pageIndex === 0 && position === 0) {
        // The optional note: Enter opens it, Tab moves into it.
        await manager.keyboard.press("Tab");
        await manager.keyboard.press("Enter");
        await manager.keyboard.press("Tab");
        await expect(manager.getByRole("textbox", { name: "Add a note (optional)" }).first()).toBeFocused();
        await manager.keyboard.type("Two line leaders use the tablets; the rest still work on paper.");
      }
    }
    if (pageIndex === 0) {
      // Shift+Tab back up to the first question and change its answer with the arrow keys.
      const first = dimension.indicators[0]!;
      await tabTo(manager, indicatorGroup(manager, first), "Shift+Tab");
      const level = levelFor(0);
      await manager.keyboard.press(level === 5 ? "ArrowUp" : "ArrowDown");
      await expect(levelRadio(indicatorGroup(manager, first), first, level === 5 ? 4 : level + 1)).toBeChecked();
      await manager.keyboard.press(level === 5 ? "ArrowDown" : "ArrowUp");
      await expect(levelRadio(indicatorGroup(manager, first), first, level)).toBeChecked();
      await expectNoAxeViolations(manager, "dimension page with a note open");
    }
    if (dimension.factorId === "services" && dimension.id === dimensions.find((d) => d.factorId === "services")!.id) {
      await expectNoAxeViolations(manager, "services dimension page");
    }
    await pressButton(manager, "Save and continue");
    await expect(manager).not.toHaveURL(/conflicts=|invalid=/);
  }

  // Targets: each dimension comes with a proposed level already chosen; raise the first one.
  await expect(heading(sectionTitles.targets!)).toBeVisible();
  await expect(manager.getByText(`Page ${totalPages} of ${totalPages}`)).toBeVisible();
  await expectNoAxeViolations(manager, "targets page");
  const firstTarget = manager.getByRole("group", { name: dimensions[0]!.title, exact: true });
  const proposed = await firstTarget.getByRole("radio", { checked: true }).getAttribute("value");
  await tabTo(manager, firstTarget);
  await expect(firstTarget.getByRole("radio", { checked: true })).toBeFocused();
  await manager.keyboard.press(proposed === "5" ? "ArrowUp" : "ArrowDown");
  const chosenTarget = proposed === "5" ? 4 : Number(proposed) + 1;
  await expect(firstTarget.getByRole("radio", { checked: true })).toHaveAttribute("value", String(chosenTarget));
  await pressButton(manager, "Save and continue");

  // Check your answers: everything typed is there; confirm and submit.
  await expect(heading("Check your answers and submit")).toBeVisible();
  await expect(manager.getByRole("heading", { name: "Some answers are missing" })).toHaveCount(0);
  const skills = findDimension("skills");
  await expect(shownAnswer(manager, skills.indicators[0]!.question)).toContainText(shownLevel(skills.indicators[0]!, levelFor(0)));
  await expect(shownAnswer(manager, skills.indicators[0]!.question)).toContainText("Two line leaders use the tablets");
  const lastIndicator = dimensions.at(-1)!.indicators.at(-1)!;
  await expect(shownAnswer(manager, lastIndicator.question)).toHaveText(shownLevel(lastIndicator, levelFor(indicatorIndex - 1)));
  await expect(manager.getByText("Not answered")).toHaveCount(0);
  await expectNoAxeViolations(manager, "check page");
  const declaration = manager.getByRole("checkbox", { name: /^I confirm/ });
  await tabTo(manager, declaration);
  await manager.keyboard.press("Space");
  await expect(declaration).toBeChecked();
  await pressButton(manager, "Submit assessment");

  // The submitted record.
  await expect(manager).toHaveURL(new RegExp(`/assessments/${assessmentId}\\?submitted=1$`));
  await expect(manager.getByRole("status").filter({ hasText: "Assessment submitted" })).toBeVisible();
  await expect(manager.getByText("Submitted", { exact: true })).toBeVisible();
  await expectNoAxeViolations(manager, "submitted record");
});
