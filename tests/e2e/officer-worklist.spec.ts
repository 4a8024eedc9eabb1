import type { Locator, Page } from "@playwright/test";
import { demo } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

// Issue 18, the officer's worklist. Before: the officer home listed programmes with no count of
// what waits; the queue opened on every status, newest first, with every status tag the same grey
// and no "days waiting". Journey, by keyboard only: the home shows per programme what waits, is in
// review, returned and approved, and how long the oldest has waited; "Needs my action" opens the
// queue on submitted and in-review assessments, the oldest first, with days waiting. Other specs
// may add submissions while this one runs, so counts are read from the page, never hard-coded.

const queueUrl = `/officer/programmes/${demo.penangProgramme.id}/queue`;

/** Presses Tab until focus is on the target, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, maxPresses = 150): Promise<void> {
  const element = await target.elementHandle();
  try {
    for (let presses = 0; presses <= maxPresses; presses += 1) {
      if (await element!.evaluate((node) => node === document.activeElement)) return;
      await page.keyboard.press("Tab");
    }
  } finally {
    await element?.dispose();
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

const queueRows = (page: Page): Locator => page.getByRole("table").getByRole("row").filter({ has: page.getByRole("rowheader") });
/** The queue's columns after the firm's name: sector, size, status, index, band, submitted, days waiting. */
const column = (page: Page, index: number) => queueRows(page).locator(`td:nth-of-type(${index})`);

test("by keyboard, the officer goes from the home's counts to what needs action, the oldest first", async ({ asOfficer: page }) => {
  await page.goto("/officer");
  await expect(page.getByRole("heading", { level: 1, name: "My programmes" })).toBeVisible();
  const programme = page.getByRole("region", { name: demo.penangProgramme.name });
  const figure = async (label: string) => Number(await programme.locator(`xpath=.//dt[normalize-space()="${label}"]/following-sibling::dd[1]`).innerText());
  const waiting = await figure("Waiting to be picked up");
  const inReview = await figure("In review");
  expect(waiting + inReview, "the demo cohort has submissions waiting").toBeGreaterThan(0);
  expect(await figure("Returned to the firm")).toBeGreaterThan(0);
  expect(await figure("Approved")).toBeGreaterThan(0);
  const oldest = (await programme.getByRole("definition").filter({ hasText: /, submitted / }).innerText()).trim();
  const [, days, date] = /^(\d+) days?, submitted (.+)$/.exec(oldest) ?? [];
  expect(days, `oldest waiting reads "${oldest}"`).toBeDefined();
  await expectNoAxeViolations(page, "officer home");

  // The home is one snapshot: its button counts what its figures count.
  const needsAction = programme.getByRole("link", { name: `Needs my action (${waiting + inReview})` });
  await expect(needsAction).toBeVisible();
  await tabTo(page, needsAction);
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(queueUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Status", exact: true })).toHaveValue("needs-action");
  // Other specs submit and decide in the same demo programme while this one runs, so the queue is
  // checked against its own count, and against the home's figures only when nothing moved between.
  const current = page.getByRole("link", { name: /^Needs action \(\d+\)$/ });
  await expect(current).toHaveAttribute("aria-current", "page");
  const count = Number(/\((\d+)\)/.exec(await current.innerText())![1]);
  await expect(page.getByRole("table")).toHaveAccessibleName(`Needs action: ${count} assessment${count === 1 ? "" : "s"}, oldest first`);
  await expect(queueRows(page)).toHaveCount(Math.min(count, 25));
  await expect(page.getByRole("columnheader", { name: "Days waiting" })).toBeVisible();

  // The oldest is first, with the days the home showed; the days never grow down the list.
  if (count === waiting + inReview) {
    await expect(column(page, 7).first()).toHaveText(`${days} day${days === "1" ? "" : "s"}`);
    await expect(column(page, 6).first()).toContainText(date!);
  }
  const waited = (await column(page, 7).allInnerTexts()).map((text) => Number(/^(\d+) days?$/.exec(text.trim())?.[1]));
  for (const [index, value] of waited.entries()) {
    expect(Number.isInteger(value), `row ${index + 1} shows its days waiting`).toBe(true);
    if (index > 0) expect(value, `row ${index + 1}`).toBeLessThanOrEqual(waited[index - 1]!);
  }
  for (const status of await column(page, 3).allInnerTexts()) expect(["Submitted", "In review"], "needs action holds only these").toContain(status.trim());
  await expectNoAxeViolations(page, "review queue, needs action");
  // Each status's tag has its own colour as well as its own word (read here and on "All").
  const fills = new Map<string, string>();
  const readTagColours = async () => {
    for (const tag of await page.locator(".queue-status").all()) fills.set(await tag.innerText(), await tag.evaluate((node) => getComputedStyle(node).backgroundColor));
  };
  await readTagColours();

  // "All" shows every status, the oldest first (returned and approved ones, in the demo cohort).
  const all = page.getByRole("link", { name: /^All \(\d+\)$/ });
  await tabTo(page, all);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${queueUrl}?status=all`);
  await expect(page.getByRole("table")).toHaveAccessibleName(/^All assessments: \d+ assessments, oldest first$/);
  await readTagColours();
  expect([...fills.keys()].sort()).toEqual(["Approved", "In review", "Returned for changes", "Submitted"]);
  expect(new Set(fills.values()).size, "four statuses, four colours").toBe(4);
  // Returned and approved assessments wait for nobody, so they show no days.
  const returnedRow = queueRows(page).filter({ hasText: "Returned for changes" }).first();
  await expect(returnedRow.locator("td:nth-of-type(7)")).toHaveText(/^–\s*Not waiting for you$/);
  await expectNoAxeViolations(page, "review queue, all");
});

test("on a 375 px phone the officer home and the queue do not scroll sideways", async ({ asOfficer: page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const url of ["/officer", queueUrl, `${queueUrl}?status=all`]) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(375);
  }
});
