import { demo, demoCredentials } from "./support/accounts";
import { signInThroughForm } from "./support/auth";
import { expect, test } from "./support/fixtures";

// Journey: signing out ends the session on the server, not only in the browser. A copy of the
// session cookie taken before signing out no longer opens anything afterwards.

test("signing out revokes the session: the old cookie no longer gets in", async ({ page, browser, baseURL }) => {
  await signInThroughForm(page, demoCredentials(demo.precisionPartsManager));
  await expect(page).toHaveURL("/dashboard");
  await expect(page.getByRole("region", { name: demo.precisionParts.name })).toBeVisible();
  const savedCookies = await page.context().cookies();
  expect(savedCookies.some((cookie) => cookie.name.includes("next-auth.session-token")), "a session cookie was set").toBe(true);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/sign-in");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByTestId("signed-in-user")).toHaveCount(0);

  await page.goto("/dashboard");
  await expect(page).toHaveURL("/sign-in?callbackUrl=%2Fdashboard");

  const replay = await browser.newContext({ baseURL });
  try {
    await replay.addCookies(savedCookies);
    const replayPage = await replay.newPage();
    await replayPage.goto("/dashboard");
    await expect(replayPage).toHaveURL("/sign-in?callbackUrl=%2Fdashboard");
    await expect(replayPage.getByText(demo.precisionParts.name)).toHaveCount(0);
    await expect(replayPage.getByTestId("signed-in-user")).toHaveCount(0);
  } finally {
    await replay.close();
  }
});

test("signing out in one browser leaves the person's other sessions alone", async ({ page, signedInPage }) => {
  const other = await signedInPage(demoCredentials(demo.precisionPartsManager));
  await signInThroughForm(page, demoCredentials(demo.precisionPartsManager));
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/sign-in");

  await other.goto("/dashboard");
  await expect(other.getByRole("region", { name: demo.precisionParts.name })).toBeVisible();
});
