import type { Browser, Page } from "@playwright/test";
import { demo, demoCredentials } from "./support/accounts";
import { signInWithApi } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

// Journey (issue 17): the results radar was a static picture: no tooltip, no way from a spoke to
// its dimension, 9–10 px labels on a phone, where the results table also hid its gap column and
// the dashboard its only action in a sideways scroller. Now the server-drawn radar is in the HTML
// (spoke labels link to each dimension's detail, with or without JavaScript), becomes its recharts
// version on the first pointer or focus (a tooltip with the figures), and a phone gets the same
// figures as a list of bars. Read-only, on the demo's approved Plastik Maju (validated levels and a
// programme average on its radar).

/** The results page of Plastik Maju's latest (approved) assessment. */
async function resultsUrl(page: Page): Promise<string> {
  await page.goto("/dashboard");
  const view = page.getByRole("region", { name: demo.plastikMaju.name }).getByRole("link", { name: "View" }).first();
  return `${await view.getAttribute("href")}/results`;
}

/** The figures of one dimension's row in the table under the radar. */
async function tableRow(page: Page, dimensionId: string) {
  const row = page.getByTestId("dimension-scores").locator(`tr[data-dimension="${dimensionId}"]`);
  return { title: (await row.getByRole("rowheader").textContent())!.trim(), current: (await row.locator('[data-column="current"]').textContent())!.trim() };
}

async function openWithoutJavaScript(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "en-GB", javaScriptEnabled: false });
  await signInWithApi(context.request, demoCredentials(demo.plastikMajuManager));
  return context.newPage();
}

test("the radar's tooltip answers a pointer and the keyboard, and a spoke opens its dimension", async ({ asSme: page }) => {
  await page.goto(await resultsUrl(page));
  const swap = page.locator(".chart-swap");
  const radar = page.getByTestId("radar");
  await expect(swap).toHaveAttribute("data-chart-state", "static");
  const spokes = radar.getByRole("link", { name: /: where this score comes from$/ });
  const count = await spokes.count();
  expect(count).toBeGreaterThanOrEqual(12);

  // A pointer on the chart swaps in the interactive version; on the first dimension's point, its figures.
  await radar.hover();
  await expect(swap).toHaveAttribute("data-chart-state", "interactive");
  const firstId = (await page.getByTestId("dimension-scores").locator("tbody tr").first().getAttribute("data-dimension"))!;
  const first = await tableRow(page, firstId);
  // The first dot is the first dimension's level today.
  const point = radar.locator("svg circle").first();
  await point.hover();
  const tooltip = page.getByTestId("radar-tooltip");
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(first.title);
  await expect(tooltip.locator('[data-series="current"]')).toContainText(first.current);
  for (const series of ["target", "validated", "average", "gap"]) await expect(tooltip.locator(`[data-series="${series}"]`)).toBeVisible();
  await expectNoAxeViolations(page, "results page with the interactive radar");

  // The key hides and shows a line.
  const targetKey = page.getByRole("button", { name: "Target" });
  await expect(targetKey).toHaveAttribute("aria-pressed", "true");
  await targetKey.click();
  await expect(targetKey).toHaveAttribute("aria-pressed", "false");
  await expect(radar.locator(".recharts-polygon")).toHaveCount(3);
  await targetKey.click();
  await expect(radar.locator(".recharts-polygon")).toHaveCount(4);

  // Keyboard: a fresh page, focus on the third spoke link (still the server drawing): the swap
  // keeps focus on that spoke, and the tooltip tells its figures.
  await page.reload();
  await page.mouse.move(0, 0);
  await expect(swap).toHaveAttribute("data-chart-state", "static");
  const thirdId = (await radar.locator("[data-chart-key]").nth(2).getAttribute("data-chart-key"))!.replace(/^spoke-/, "");
  const third = await tableRow(page, thirdId);
  await radar.locator(`[data-chart-key="spoke-${thirdId}"]`).focus();
  await expect(swap).toHaveAttribute("data-chart-state", "interactive");
  await expect(radar.locator(`[data-chart-key="spoke-${thirdId}"]`)).toBeFocused();
  await expect(tooltip).toContainText(third.title);
  await expect(tooltip.locator('[data-series="current"]')).toContainText(third.current);
  // From the chart itself, the arrow keys move the tooltip from dimension to dimension.
  const secondId = (await radar.locator("[data-chart-key]").nth(1).getAttribute("data-chart-key"))!.replace(/^spoke-/, "");
  await radar.locator(".recharts-surface").focus();
  await page.keyboard.press("ArrowRight");
  await expect(tooltip).toContainText((await tableRow(page, secondId)).title);

  // Enter on a spoke opens that dimension's detail further down the page.
  await radar.locator(`[data-chart-key="spoke-${thirdId}"]`).focus();
  await expect(radar.locator(`[data-chart-key="spoke-${thirdId}"]`)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`#source-${thirdId}$`));
  const detail = page.locator(`details.score-source[data-dimension="${thirdId}"]`);
  await expect(detail).toHaveAttribute("open", "");
  await expect(detail.getByRole("table")).toBeInViewport();

  // A click on another spoke does the same.
  const lastKey = (await radar.locator("[data-chart-key]").last().getAttribute("data-chart-key"))!;
  const lastId = lastKey.replace(/^spoke-/, "");
  await radar.locator(`[data-chart-key="${lastKey}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#source-${lastId}$`));
  await expect(page.locator(`details.score-source[data-dimension="${lastId}"]`)).toHaveAttribute("open", "");
});

test("without JavaScript the radar is in the HTML and its spokes open their dimension", async ({ browser, baseURL }) => {
  const page = await openWithoutJavaScript(browser, baseURL);
  const url = await resultsUrl(page);
  const html = await (await page.request.get(url)).text();
  expect(html).toMatch(/data-testid="radar"[^>]*>\s*<svg[^>]*viewBox="0 0 600 480"/);
  expect(html).toContain('data-testid="radar-validated"');

  await page.goto(url);
  const radar = page.getByTestId("radar");
  await expect(radar.locator("svg").first()).toBeVisible();
  const spoke = radar.getByRole("link", { name: /: where this score comes from$/ }).nth(1);
  const key = (await spoke.getAttribute("data-chart-key"))!.replace(/^spoke-/, "");
  await spoke.click();
  await expect(page).toHaveURL(new RegExp(`#source-${key}$`));
  await expect(page.locator(`details.score-source[data-dimension="${key}"]`)).toHaveAttribute("open", "");
  await page.context().close();
});

test("on a 375 px phone the results and the dashboard fit the screen, with chart text of at least 12 px", async ({ asSme: page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const url = await resultsUrl(page);
  const scrollWidth = () => page.evaluate(() => document.documentElement.scrollWidth);

  // Dashboard: every assessment's action is on screen, not in a sideways scroller.
  const firm = page.getByRole("region", { name: demo.plastikMaju.name });
  expect(await scrollWidth()).toBeLessThanOrEqual(375);
  for (const view of await firm.getByRole("link", { name: "View" }).all()) {
    await view.scrollIntoViewIfNeeded();
    await expect(view).toBeInViewport({ ratio: 1 });
  }

  await page.goto(url);
  expect(await scrollWidth()).toBeLessThanOrEqual(375);
  // Too narrow for the radar: the same figures as a list, a row per dimension, linking to its detail.
  await expect(page.getByTestId("radar-chart")).toBeHidden();
  const list = page.getByTestId("radar-list");
  await expect(list).toBeVisible();
  const rows = await page.getByTestId("dimension-scores").locator("tbody tr").count();
  await expect(list.locator(".radar__list-item")).toHaveCount(rows);
  const smallest = await list.evaluate((element) =>
    Math.min(...[...element.querySelectorAll("a, p, span")].filter((e) => e.textContent?.trim()).map((e) => parseFloat(getComputedStyle(e).fontSize))),
  );
  expect(smallest).toBeGreaterThanOrEqual(12);
  // The table under it keeps every column, the gap included, within the screen's width.
  const table = page.getByTestId("dimension-scores");
  for (const cell of await table.locator("tbody tr").first().locator("th, td").all()) {
    if (!(await cell.isVisible())) continue;
    const box = (await cell.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
  }

  // As soon as the radar shows (a wider screen), its labels are drawn at 12 px or more.
  await page.setViewportSize({ width: 480, height: 812 });
  await expect(page.getByTestId("radar-chart")).toBeVisible();
  const labelPixels = await page.getByTestId("radar").evaluate((frame) => {
    const svg = frame.querySelector("svg")!;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return Math.min(...[...svg.querySelectorAll("text")].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale));
  });
  expect(labelPixels).toBeGreaterThanOrEqual(12);
  expect(await scrollWidth()).toBeLessThanOrEqual(480);
});
