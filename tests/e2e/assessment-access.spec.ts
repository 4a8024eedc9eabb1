import { demo } from "./support/accounts";
import { signInThroughForm } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { signUpSme } from "./support/sign-up";

// Cross-tenant spec for assessments: another firm's manager gets "not found" for every page and
// for the autosave API of an assessment that is not theirs, an officer of another programme
// cannot read it either, and neither learns anything about it; its own manager still gets in.

test("an assessment is reachable by its own firm only", async ({ page, asOtherSme, asOtherOfficer, request }) => {
  const owner = await signUpSme(page, "assessment", { enrolmentCode: "PENANG-2026" });
  await signInThroughForm(page, owner);
  await page.getByRole("region", { name: owner.firmName }).getByRole("button", { name: "Start a new assessment" }).click();
  await expect(page).toHaveURL(/\/assessments\/[0-9a-f-]{36}\/[^/]+$/);
  const [, assessmentId, pageId] = /\/assessments\/([0-9a-f-]{36})\/([^/#?]+)/.exec(page.url())!;
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, "first questionnaire page");

  const readPaths = ["", "/results"].map((suffix) => `/assessments/${assessmentId}${suffix}`);
  const editPaths = ["/resume", "/check", `/${pageId}`].map((suffix) => `/assessments/${assessmentId}${suffix}`);
  const expectNothingAbout = async (outsider: typeof page, path: string) => {
    const html = await outsider.content();
    expect(html, `${path} names the firm`).not.toContain(owner.firmName);
    expect(html, `${path} names the manager`).not.toContain(owner.email);
  };

  // Another firm's manager: every page of the assessment reads as "not found".
  for (const path of [...readPaths, ...editPaths]) {
    const response = await asOtherSme.goto(path);
    expect(response?.status(), `${path} for another firm's manager`).toBe(404);
    await expect(asOtherSme.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expectNothingAbout(asOtherSme, path);
  }

  // An officer of another programme: reading is "not found"; editing is refused to every officer
  // by role (403) before any assessment is looked up, so it reveals nothing either.
  for (const path of readPaths) {
    const response = await asOtherOfficer.goto(path);
    expect(response?.status(), `${path} for another programme's officer`).toBe(404);
    await expectNothingAbout(asOtherOfficer, path);
  }
  for (const path of editPaths) {
    const response = await asOtherOfficer.goto(path);
    expect(response?.status(), `${path} for an officer`).toBe(403);
    await expect(asOtherOfficer.getByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeVisible();
    await expectNothingAbout(asOtherOfficer, path);
  }

  const foreignSave = await asOtherSme.request.put(`/api/assessments/${assessmentId}/answers`, { data: { baseVersion: 1, patch: {} } });
  expect(foreignSave.status(), "autosave into another firm's assessment").toBe(404);
  expect(await foreignSave.text()).not.toContain(owner.firmName);

  const anonymousSave = await request.put(`/api/assessments/${assessmentId}/answers`, { data: { baseVersion: 1, patch: {} } });
  expect(anonymousSave.status(), "autosave without a session").toBe(401);

  // The owner still gets in.
  const own = await page.goto(`/assessments/${assessmentId}`);
  expect(own?.status()).toBe(200);
  await expect(page.getByText(demo.seriJaya.name)).toHaveCount(0);
});
