import type { Page } from "@playwright/test";
import { openDraft } from "./support/assessment";
import { demo, demoCredentials } from "./support/accounts";
import { expect, test } from "./support/fixtures";

// What a person types or ticks while a form page is still loading its JavaScript stays when the
// page hydrates and is what gets posted: react-hook-form registers the server-rendered fields
// without writing its defaults over what is in them. The page's scripts are held back until the
// input is in, so the typing happens before hydration every time, as on a slow phone.

/** Holds the page's JavaScript until `release()`; the HTML form is usable meanwhile. */
async function holdScripts(page: Page): Promise<{ release: () => Promise<void> }> {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  await page.route(/\/_next\/static\/chunks\/.+\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  return {
    release: async () => {
      open();
      // React marks each hydrated element with its fiber; the form's submit button is hydrated last of the form.
      await page.waitForFunction(() => {
        const button = document.querySelector("main form button[type=submit]");
        return !!button && Object.keys(button).some((key) => key.startsWith("__reactFiber"));
      });
    },
  };
}

test("the email and password typed before the sign-in page hydrates are kept and sign the person in", async ({ browser, baseURL }) => {
  const page = await (await browser.newContext({ baseURL, locale: "en-GB" })).newPage();
  const scripts = await holdScripts(page);
  await page.goto("/sign-in", { waitUntil: "domcontentloaded" });
  const { email, password } = demoCredentials(demo.precisionPartsManager);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await scripts.release();
  await expect(page.getByLabel("Email address")).toHaveValue(email);
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  await page.context().close();
});

test("boxes ticked before the assessment overview hydrates stay ticked and are assigned", async ({ page }) => {
  const { sme, assessmentId } = await openDraft(page, "hydration-ticks");
  const scripts = await holdScripts(page);
  await page.goto(`/assessments/${assessmentId}`, { waitUntil: "domcontentloaded" });
  const form = page.getByRole("form", { name: "Assign sections" });
  const member = form.getByRole("checkbox", { name: `${sme.name} (Manager)` });
  const section = form.getByRole("checkbox", { name: "Your firm" });
  await member.check();
  await section.check();
  await scripts.release();
  await expect(member).toBeChecked();
  await expect(section).toBeChecked();
  await form.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sections assigned." })).toBeVisible();
  await expect(page.getByTestId("section-progress").getByRole("row", { name: /Your firm/ })).toContainText(sme.name);
});
