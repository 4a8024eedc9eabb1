import { expect, type Page } from "@playwright/test";
import { demo, demoCredentials } from "../e2e/support/accounts";
import { levelsPatch, listDimensions, profilePatch, saveAnswersThroughApi, startAssessment } from "../e2e/support/assessment";
import { signInThroughForm, signInWithApi } from "../e2e/support/auth";
import { test } from "../e2e/support/fixtures";
import { signUpSme } from "../e2e/support/sign-up";
import { at, instanceA, instanceB, instances } from "./support/instances";

// Scale-out: the submit is idempotent by a key stored with the revision, under a row lock in the
// database, so the same submission arriving at two instances at once (a retry routed elsewhere by
// the load balancer) freezes one revision and both instances answer with the same confirmation.

const submitButton = (page: Page) => page.getByRole("button", { name: "Submit assessment" });
const declaration = (page: Page) => page.getByRole("checkbox", { name: /^I confirm/ });

test("one submission posted to both instances at once is submitted once, and both confirm it", async ({ page, browser, signedInPage }) => {
  const sme = await signUpSme(page, "scale-submit", { enrolmentCode: demo.penangProgramme.enrolmentCode });
  await signInThroughForm(page, sme);
  const assessmentId = await startAssessment(page);
  await saveAnswersThroughApi(page.request, assessmentId, { profile: profilePatch({ offersServices: false }), levels: levelsPatch(listDimensions({ services: false })) });
  const checkPath = `/assessments/${assessmentId}/check`;

  // A second tab, on B, renders its own copy of the form (with its own key) before the submit.
  const otherTab = await page.context().newPage();
  await otherTab.goto(at(instanceB, checkPath));
  await expect(submitButton(otherTab)).toBeVisible();

  // The form as a browser without JavaScript posts it: rendered by A, declaration ticked.
  const noScript = await browser.newContext({ baseURL: instanceA, locale: "en-GB", javaScriptEnabled: false });
  await signInWithApi(noScript.request, sme);
  const formPage = await noScript.newPage();
  await formPage.goto(at(instanceA, checkPath));
  await declaration(formPage).check();
  const fields = await formPage
    .locator("form")
    .filter({ has: submitButton(formPage) })
    .evaluate((form) => [...new FormData(form as HTMLFormElement)].map(([name, value]) => [name, String(value)] as const));
  expect(fields.map(([name]) => name)).toEqual(expect.arrayContaining(["idempotencyKey", "declaration"]));

  // The same post, to A and to B at the same moment (each with its own origin, as a browser sends it).
  const answers = await Promise.all(
    instances.map(({ origin }) =>
      noScript.request.post(at(origin, checkPath), { multipart: Object.fromEntries(fields), headers: { origin }, maxRedirects: 0 }),
    ),
  );
  for (const [index, answer] of answers.entries()) {
    expect(answer.status(), `instance ${instances[index]!.name} answers with a redirect`).toBe(303);
    expect(answer.headers()["location"], `instance ${instances[index]!.name} confirms the submission`).toBe(`/assessments/${assessmentId}?submitted=1`);
  }
  await noScript.close();

  // The other tab's later submit (another key) lands on the record: it submits nothing more.
  await declaration(otherTab).check();
  await submitButton(otherTab).click();
  await expect(otherTab).toHaveURL(at(instanceB, `/assessments/${assessmentId}`));
  await expect(otherTab.getByText("Submitted", { exact: true })).toBeVisible();

  // What the database holds, as both instances show it: one assessment, submitted, revision 1.
  for (const { origin } of instances) {
    await page.goto(at(origin, "/dashboard"));
    const rows = page.getByRole("row").filter({ has: page.getByRole("cell") });
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText("Submitted");
    await page.goto(at(origin, `/assessments/${assessmentId}`));
    await expect(page.getByRole("term").filter({ hasText: /^Revision$/ }).locator("xpath=following-sibling::dd[1]")).toHaveText("1");
  }

  // The cohort's officer was told exactly once (the notice is written only by the submit that froze the revision).
  const officer = await signedInPage(demoCredentials(demo.penangOfficer));
  await officer.goto(at(instanceB, "/notifications"));
  const notices = officer.getByTestId("notification").filter({ has: officer.getByRole("heading", { name: `New submission to review: ${sme.firmName}` }) });
  await expect(notices).toHaveCount(1);
});
