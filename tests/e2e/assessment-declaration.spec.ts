import type { Page } from "@playwright/test";
import { levelsPatch, listDimensions, profilePatch, saveAnswersThroughApi, startAssessment } from "./support/assessment";
import { signInThroughForm, signInWithApi } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { signUpSme } from "./support/sign-up";

// Journey: the check page's declaration on the form kit, with JavaScript and without. Submitting
// without ticking it is refused at the box and in the summary (which names the declaration),
// nothing is submitted, and ticking it submits. With JavaScript the refusal needs no page load;
// without it the post comes back to the declaration (its anchor in the address).

const problemSummary = (page: Page) => page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });

/** Counts the main frame's navigations (a full page load or a client-side route change). */
function countNavigations(page: Page): () => number {
  let count = 0;
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) count += 1;
  });
  return () => count;
}

for (const javaScript of [true, false]) {
  test(`the declaration (JavaScript ${javaScript ? "on" : "off"}) must be ticked to submit; the refusal is shown at the box and in the summary`, async ({ page, browser, baseURL }) => {
    // Generous: the machine running the suite may be shared; every step waits for what the user sees.
    test.setTimeout(240_000);
    const sme = await signUpSme(page, `declaration-${javaScript ? "js" : "nojs"}`);
    await signInThroughForm(page, sme);
    const assessmentId = await startAssessment(page);
    await saveAnswersThroughApi(page.request, assessmentId, { profile: profilePatch({ offersServices: false }), levels: levelsPatch(listDimensions({ services: false })) });

    const context = await browser.newContext({ baseURL, locale: "en-GB", javaScriptEnabled: javaScript });
    await signInWithApi(context.request, sme);
    const manager = await context.newPage();
    await manager.goto(`/assessments/${assessmentId}/check`);
    if (javaScript) await expectNoAxeViolations(manager, "check page, pristine");
    const navigations = countNavigations(manager);

    await manager.getByRole("button", { name: "Submit assessment" }).click();
    const link = problemSummary(manager).getByRole("link", { name: "Declaration: Confirm the declaration before you submit." });
    await expect(link).toHaveAttribute("href", "#declaration");
    await expect(problemSummary(manager).getByRole("link")).toHaveCount(1);
    const declaration = manager.getByRole("checkbox", { name: /^I confirm/ });
    await expect(declaration).toHaveAttribute("aria-invalid", "true");
    await expect(declaration).toHaveAccessibleDescription(/Confirm the declaration before you submit\.$/);
    await expect(declaration).not.toBeChecked();
    if (javaScript) {
      expect(navigations(), "the refusal needs no page load").toBe(0);
      await expectNoAxeViolations(manager, "check page, declaration refused");
      await link.click();
      await expect(declaration).toBeFocused();
    } else {
      await expect(manager).toHaveURL(new RegExp(`/check#declaration-heading$`));
    }
    await page.goto("/dashboard");
    await expect(page.getByRole("row").filter({ has: page.getByRole("cell") }).first()).toContainText("Draft");

    await declaration.check();
    if (javaScript) await expect(declaration).not.toHaveAttribute("aria-invalid", "true");
    await manager.getByRole("button", { name: "Submit assessment" }).click();
    // Without JavaScript the browser keeps the form's anchor across the redirect (no such element there).
    await expect(manager).toHaveURL(new RegExp(`/assessments/${assessmentId}\\?submitted=1(#declaration-heading)?$`));
    await expect(manager.getByRole("status").filter({ hasText: "Assessment submitted" })).toBeVisible();
    await context.close();
  });
}
