import type { Locator, Page } from "@playwright/test";
import { demo, demoCredentials } from "./support/accounts";
import { signInWithApi } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

// Journeys: the Penang officer reads the cohort charts. Each is drawn on the server (there without
// JavaScript) and becomes its recharts version when a pointer or the keyboard reaches it: a
// tooltip per bar or dimension, legend buttons that hide a line, spokes that open a dimension's
// numbers. On a 375 px phone nothing scrolls sideways and no chart text is under 12 px.

const analytics = `/officer/programmes/${demo.penangProgramme.id}/analytics`;

const interactive = (chart: Locator) => expect(chart.locator(".chart-swap")).toHaveAttribute("data-chart-state", "interactive");

/** The smallest rendered size of the visible chart text (SVG text scaled by its viewBox, HTML text as is). */
async function smallestChartText(page: Page): Promise<{ size: number; text: string }> {
  return page.evaluate(() => {
    let smallest = { size: Infinity, text: "" };
    for (const element of document.querySelectorAll<HTMLElement | SVGGraphicsElement>(".cohort-figure *")) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== "");
      if (!ownText) continue;
      // The scale of the SVG text on screen (a rotated axis title included): the length of its x unit vector.
      const matrix = element instanceof SVGGraphicsElement ? element.getScreenCTM() : null;
      const scale = matrix ? Math.hypot(matrix.a, matrix.b) : 1;
      const size = parseFloat(getComputedStyle(element).fontSize) * scale;
      if (size < smallest.size) smallest = { size, text: element.textContent!.trim().slice(0, 40) };
    }
    return smallest;
  });
}

test("the cohort charts show a tooltip by pointer and by keyboard, hide a line from the legend and open a dimension from its spoke", async ({ asOfficer: page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(analytics);

  // Histogram: pointer over a bar shows its range and its count.
  const histogram = page.getByTestId("cohort-histogram");
  await expect(histogram.locator(".chart-swap")).toHaveAttribute("data-chart-state", "static");
  await histogram.hover();
  await interactive(histogram);
  const bar = histogram.locator(".cohort-chart-size--wide .recharts-bar-rectangle path").first();
  await bar.hover();
  const tooltip = histogram.locator(".chart-tooltip");
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(/Readiness index \d+ to (under )?\d+/);
  await expect(tooltip).toContainText(/\d+ firms?/);

  // Radar by keyboard: focus reaches the static chart, stays on it as it swaps, arrows move the tooltip.
  const radar = page.getByTestId("cohort-radar");
  await radar.locator('[data-chart-key="cohort-radar"]').focus();
  await interactive(radar);
  await expect(radar.locator('svg[data-chart-key="cohort-radar"]')).toBeFocused();
  await page.keyboard.press("ArrowRight");
  const radarTooltip = radar.locator(".chart-tooltip");
  await expect(radarTooltip).toBeVisible();
  await expect(radarTooltip).toContainText(/Self-assessed: mean \d\.\d+, middle half \d\.\d+ to \d\.\d+ \(\d+ firms?\)/);

  // The legend's buttons hide and show a line.
  const validatedMean = radar.getByRole("button", { name: "Validated mean" });
  await expect(validatedMean).toHaveAttribute("aria-pressed", "true");
  const validatedLine = radar.locator('.recharts-radar path[stroke="#00703c"]');
  await expect(validatedLine).toHaveCount(1);
  await validatedMean.click();
  await expect(validatedMean).toHaveAttribute("aria-pressed", "false");
  await expect(validatedLine).toHaveCount(0);
  await validatedMean.click();
  await expect(validatedLine).toHaveCount(1);

  // A spoke opens its dimension's numbers.
  await radar.getByRole("link", { name: "Automation" }).click();
  await expect(page).toHaveURL(/#cohort-dimension-automation$/);
  await expect(page.locator("#cohort-dimension-automation")).toBeVisible();
  await expect(page.locator("#cohort-dimension-automation")).toContainText("Automation");

  // Band bars: each segment has its band, firms and share in its tooltip.
  const bands = page.getByTestId("cohort-bands");
  await bands.hover();
  await interactive(bands);
  await bands.locator(".recharts-bar-rectangle path").first().hover();
  await expect(bands.locator(".chart-tooltip")).toContainText(/(Newcomer|Explorer|Adopter|Integrator|Leader): \d+ firms? \(\d+%\)/);
  await expectNoAxeViolations(page, "cohort analytics with interactive charts");
});

test("the cohort charts are in the page without JavaScript", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: "en-GB", javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  await signInWithApi(context.request, demoCredentials(demo.penangOfficer));
  const page = await context.newPage();
  await page.goto(analytics);

  const radar = page.getByTestId("cohort-radar");
  await expect(radar.locator("svg.cohort-radar__svg")).toBeVisible();
  await expect(radar.locator("svg.cohort-radar__svg path").nth(6)).toBeAttached();
  await expect(radar.getByRole("link", { name: "Automation" })).toHaveAttribute("href", "#cohort-dimension-automation");
  await expect(radar.getByText("Self-assessed mean")).toBeVisible();
  await expect(page.getByText("Services module:", { exact: false })).toBeVisible();
  await expect(page.getByTestId("cohort-histogram").getByRole("img", { name: /Bar chart of the number of firms/ })).toBeVisible();
  await expect(page.getByTestId("cohort-bands").getByRole("img", { name: /^Self-assessed: / })).toBeVisible();
  await context.close();
});

test("on a 375 px phone the analytics page does not scroll sideways and its chart text is at least 12 px", async ({ asOfficer: page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(analytics);
  await expect(page.getByRole("heading", { level: 1, name: "Cohort analytics" })).toBeVisible();

  // The radar gives way to a list of the same means, with the same links.
  await expect(page.getByTestId("cohort-radar")).toBeHidden();
  const list = page.getByRole("list", { name: "Mean scores per dimension" });
  await expect(list).toBeVisible();
  await expect(list.getByRole("link", { name: "Automation" })).toHaveAttribute("href", "#cohort-dimension-automation");

  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const staticText = await smallestChartText(page);
  expect(staticText.size, `"${staticText.text}"`).toBeGreaterThanOrEqual(12);

  // The same once the charts are interactive.
  const histogram = page.getByTestId("cohort-histogram");
  await histogram.hover();
  await interactive(histogram);
  await page.getByTestId("cohort-bands").hover();
  await interactive(page.getByTestId("cohort-bands"));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const interactiveText = await smallestChartText(page);
  expect(interactiveText.size, `"${interactiveText.text}"`).toBeGreaterThanOrEqual(12);
});
