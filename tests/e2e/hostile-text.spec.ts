import type { APIResponse, Browser, Locator, Page } from "@playwright/test";
import { demo, demoCredentials, type Credentials } from "./support/accounts";
import { findDimension, startAssessment, submitCompleteAssessment } from "./support/assessment";
import { postCredentials, signInWithApi } from "./support/auth";
import { databaseValue } from "./support/database";
import { expect, test } from "./support/fixtures";
import { newSmeInput, signUpSme } from "./support/sign-up";

// Hostile text over HTTP, as a careless paste or an attacker sends it: NUL (U+0000) and a lone
// UTF-16 surrogate cannot be stored (PostgreSQL refuses them, which used to answer 500), and text
// of only zero-width characters is no answer. Every form that takes typed text, and the JSON
// autosave, must answer with a field error (4xx or the page again), change nothing, and never 500.
// Forms are posted the way a browser without JavaScript posts them (the fields the server rendered,
// one value replaced), so the server's own check is what is tested, not the browser's.

const NUL = "Kilang\u0000Maju";
const unstorable = "Remove the invisible control character from this text (it may have come with a copy and paste).";
const skills = findDimension("skills");
const firstSkill = skills.indicators[0]!;

/** A signed-in (or anonymous) page that runs no JavaScript, so every form carries its hidden action fields. */
async function staticPage(browser: Browser, baseURL: string | undefined, credentials?: Credentials): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "en-GB", javaScriptEnabled: false });
  if (credentials) await signInWithApi(context.request, credentials);
  return context.newPage();
}

/** Posts the form holding `button` as the browser would, with some fields replaced; follows no redirect. */
async function postForm(button: Locator, values: Record<string, string>): Promise<APIResponse> {
  await expect(button).toBeAttached();
  const form = button.locator("xpath=ancestor::form[1]");
  const rendered = await form.evaluate((element) => {
    // A loop, not FormData.forEach: a page without JavaScript runs no callbacks.
    const pairs: [string, string][] = [];
    for (const [name, value] of new FormData(element as HTMLFormElement)) if (typeof value === "string") pairs.push([name, value]);
    return pairs;
  });
  const data = new FormData();
  for (const [name, value] of rendered) if (!(name in values)) data.append(name, value);
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  const page = button.page();
  const url = new URL(page.url());
  const response = await page.request.post(url.pathname + url.search, { multipart: data, headers: { origin: url.origin }, maxRedirects: 0 });
  expect(response.status(), `POST ${url.pathname}: never a server error`).toBeLessThan(500);
  return response;
}

/** The page an action answers with: its body (form state), or the page it redirects to. */
async function answerOf(page: Page, response: APIResponse): Promise<string> {
  const location = response.headers().location;
  if (response.status() === 303 && location) {
    await page.goto(location);
    return page.content();
  }
  expect(response.status()).toBe(200);
  return response.text();
}

test("the sign-in refuses an email holding NUL as a wrong email, never a server error", async ({ request }) => {
  for (const email of ["a\u0000@x", `${demo.admin.email}\u0000`]) {
    const response = await postCredentials(request, { email, password: "Readiness-Demo-2026!" });
    // next-auth's JSON answer to a wrong email or password: 401 with the sign-in page's error.
    expect(response.status(), JSON.stringify(email)).toBe(401);
    const { url } = (await response.json()) as { url: string };
    expect(new URL(url).searchParams.get("error")).toBe("CredentialsSignin");
  }
});

test("sign-up refuses a name, firm name or enrolment code that cannot be stored", async ({ browser, baseURL }) => {
  const anonymous = await staticPage(browser, baseURL);
  const input = newSmeInput("hostile-signup");
  const valid = { ...input, enrolmentCode: "" };
  for (const field of ["name", "firmName", "enrolmentCode"] as const) {
    await anonymous.goto("/sign-up");
    const response = await postForm(anonymous.getByRole("button", { name: "Create account" }), { ...valid, [field]: NUL });
    expect(await answerOf(anonymous, response), field).toContain(unstorable);
  }
  await anonymous.goto("/sign-up");
  const blank = await postForm(anonymous.getByRole("button", { name: "Create account" }), { ...valid, name: "\u200b" });
  expect(await answerOf(anonymous, blank)).toContain("Enter your name.");
  expect(await databaseValue("select count(*)::int from users where email = $1", [input.email])).toBe("[[0]]");
  await anonymous.context().close();
});

test("autosave and the page form refuse a note that cannot be stored, by field, and keep the draft", async ({ page, browser, baseURL }) => {
  const sme = await signUpSme(page, "hostile-note");
  await signInWithApi(page.request, sme);
  const assessmentId = await startAssessment(page);
  const url = `/api/assessments/${assessmentId}/answers`;
  const revision = () => databaseValue("select version, answers::text from assessment_revisions where assessment_id = $1", [assessmentId]);
  const before = await revision();
  const version = Number(JSON.parse(before)[0][0]);

  // JSON escapes "\u0000" and "\ud800" arrive as they are, which no form post can carry.
  for (const note of ["a\u0000b", "\ud800", "x\udc00"]) {
    const response = await page.request.put(url, { data: { baseVersion: version, patch: { notes: { [firstSkill.id]: note } } } });
    expect(response.status(), JSON.stringify(note)).toBe(422);
    expect(await response.json()).toMatchObject({ error: "invalid_answers", problems: [{ field: `notes.${firstSkill.id}`, code: "unstorable-text" }] });
  }
  expect(await revision()).toBe(before);

  const noJs = await staticPage(browser, baseURL, sme);
  await noJs.goto(`/assessments/${assessmentId}/${skills.id}`);
  const response = await postForm(noJs.getByRole("button", { name: "Save and continue" }), { [`notes.${firstSkill.id}`]: NUL });
  expect(await answerOf(noJs, response)).toContain("Remove the invisible control character from this note");
  // The page's other answers are saved (a new version), the note is not: the answers are as before.
  const answersOf = (row: string) => JSON.parse(row)[0][1] as string;
  expect(answersOf(await revision())).toBe(answersOf(before));
  await noJs.context().close();
});

test("the officer's justification, comment and return reason refuse hostile and invisible text", async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  const { assessmentId } = await submitCompleteAssessment(page, "hostile-review");
  const officer = await staticPage(browser, baseURL, demoCredentials(demo.penangOfficer));
  const reviewUrl = `/officer/assessments/${assessmentId}/review`;
  const state = () =>
    databaseValue(
      "select a.status, (select count(*)::int from indicator_validations v where v.assessment_id = a.id), (select count(*)::int from review_comments c where c.assessment_id = a.id) from assessments a where a.id = $1",
      [assessmentId],
    );
  const before = await state();

  const forms: { button: string; field: string; extra: Record<string, string>; message: string; blank: string }[] = [
    { button: "Save validated level", field: "justification", extra: { level: "0" }, message: "Remove the invisible control character from the justification.", blank: "Enter a justification for the validated level." },
    { button: "Add comment", field: "body", extra: {}, message: "Remove the invisible control character from the comment.", blank: "Enter a comment." },
    { button: "Return assessment", field: "reason", extra: {}, message: "Remove the invisible control character from the reason.", blank: "Enter the reason for returning the assessment." },
  ];
  for (const { button, field, extra, message, blank } of forms) {
    for (const [text, expected] of [[NUL, message], ["\u200b\u2060", blank]] as const) {
      // The return form is on the page's confirmation step; another level than the firm's (2) needs a justification.
      await officer.goto(button === "Return assessment" ? `${reviewUrl}?confirm=return` : reviewUrl);
      const response = await postForm(officer.getByRole("button", { name: button, includeHidden: true }).first(), { ...extra, [field]: text });
      // The form answers in the page (the action's state, with what was typed), not by a redirect.
      expect(response.status(), `${button}: the review page again`).toBe(200);
      expect(await answerOf(officer, response), `${button} with ${JSON.stringify(text)}`).toContain(expected);
    }
  }
  expect(await state(), "nothing was validated, commented or returned").toBe(before);
  await officer.context().close();
});

test("admin and officer forms refuse text that cannot be stored, and the catalogue lists ignore such a search", async ({ browser, baseURL, page }) => {
  test.setTimeout(120_000);
  const admin = await staticPage(browser, baseURL, demoCredentials(demo.admin));
  const counts = () => databaseValue("select (select count(*)::int from users), (select count(*)::int from programmes), (select count(*)::int from catalogue_items)");
  const before = await counts();

  await admin.goto("/admin/users/new");
  let response = await postForm(admin.getByRole("button", { name: "Create officer" }), { name: NUL, email: "hostile.officer@agency.example", password: "Harbour-Violet-Kettle-42" });
  expect(await answerOf(admin, response), "officer name").toContain(unstorable);

  await admin.goto("/admin/programmes/new");
  response = await postForm(admin.getByRole("button", { name: "Create programme" }), { name: NUL, enrolmentCode: "HOSTILE-2027" });
  expect(await answerOf(admin, response), "programme name").toContain(unstorable);
  await admin.goto("/admin/programmes/new");
  response = await postForm(admin.getByRole("button", { name: "Create programme" }), { name: "Hostile text programme", questionnaireVersionId: NUL, enrolmentCode: "HOSTILE-2027" });
  expect(await answerOf(admin, response), "programme questionnaire version").toContain(unstorable);

  await admin.goto("/admin/catalogue/new");
  await admin.getByLabel("Policy instrument").check();
  await admin.getByRole("button", { name: "Continue" }).click();
  response = await postForm(admin.getByRole("button", { name: "Add to the catalogue" }), { id: "hostile-text-grant", "name-en": NUL, relatedItemIds: `grant\u0000x` });
  expect(await answerOf(admin, response), "catalogue item name").toContain(unstorable);
  expect(await counts(), "no account, programme or item was created").toBe(before);

  for (const list of ["/admin/catalogue", "/officer/catalogue"]) {
    const viewer = list.startsWith("/admin") ? admin : await staticPage(browser, baseURL, demoCredentials(demo.penangOfficer));
    for (const q of ["%00", "rubber%00"]) {
      const answer = await viewer.goto(`${list}?q=${q}`);
      expect(answer?.status(), `${list}?q=${q}`).toBe(200);
    }
    if (viewer !== admin) await viewer.context().close();
  }
  await admin.context().close();

  // A firm joining a programme from its dashboard.
  const sme = await signUpSme(page, "hostile-join");
  const manager = await staticPage(browser, baseURL, sme);
  await manager.goto("/dashboard");
  response = await postForm(manager.getByRole("form", { name: "Join a programme" }).getByRole("button", { name: "Join programme" }), { enrolmentCode: `PENANG\u00002026` });
  expect(await answerOf(manager, response), "enrolment code").toContain(unstorable);
  await manager.context().close();
});
