import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3191";
const [,, email, path, name, hover] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
for (const width of [1280, 375]) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "en-GB" });
  const page = await context.newPage();
  await page.goto(base + "/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("Readiness-Demo-2026!");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"));
  await page.goto(base + path);
  const sw = await page.evaluate(() => document.documentElement.scrollWidth);
  console.log(width, "scrollWidth", sw);
  await page.screenshot({ path: `/tmp/shots/${name}-${width}.png`, fullPage: true });
  if (hover) {
    const target = page.locator(hover).first();
    await target.scrollIntoViewIfNeeded();
    await target.hover();
    await page.waitForTimeout(1500);
    const box = await target.boundingBox();
    await target.hover({ position: { x: (box?.width ?? 20) / 2, y: (box?.height ?? 20) / 3 } });
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/shots/${name}-${width}-hover.png`, clip: { x: 0, y: Math.max(0, (box?.y ?? 0) - 100), width, height: 700 } });
  }
  await context.close();
}
await browser.close();
