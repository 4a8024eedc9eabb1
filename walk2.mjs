import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3191";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
for (const [w, h] of [[1280, 900], [375, 800]]) {
  const context = await browser.newContext({ viewport: { width: w, height: h }, locale: "en-GB" });
  const page = await context.newPage();
  await page.goto(base + "/sign-in");
  await page.getByLabel("Email").fill("manager@plastikmaju.example");
  await page.getByLabel("Password", { exact: true }).fill("Readiness-Demo-2026!");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"));
  await page.goto(base + "/dashboard");
  await page.screenshot({ path: `/tmp/shots/p-dash-${w}.png`, fullPage: true });
  const view = await page.getByRole("link", { name: "View" }).first().getAttribute("href");
  {
    await page.goto(base + view.replace(/\/$/, "") + "/results");
    await page.waitForLoadState("networkidle");
    const focus = page.locator("#focus-areas, .focus-areas").first();
    if (await focus.count()) await focus.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/shots/p-results-focus-${w}.png` });
    const add = page.getByRole("link", { name: /Add to plan/ }).first();
    if (await add.count()) {
      await add.click();
      await page.waitForLoadState("networkidle");
      await page.screenshot({ path: `/tmp/shots/p-plan-${w}.png`, fullPage: true });
      const sugg = page.getByRole("button", { name: /^Add/ }).first();
      console.log("add buttons", await page.getByRole("button", { name: /^Add/ }).count());
      if (w === 1280 && (await sugg.count())) { await sugg.click(); await page.waitForTimeout(1500); }
      await page.screenshot({ path: `/tmp/shots/p-plan-after-${w}.png`, fullPage: true });
    }
  }
  console.log(page.url());
  const team = page.getByTestId("dashboard-team-link").first();
  await page.goto(base + "/dashboard");
  await team.click();
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: `/tmp/shots/p-team-${w}.png`, fullPage: true });
  await context.close();
}
await browser.close();
