import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { APIRequestContext, APIResponse, Browser, Locator, Page } from "@playwright/test";
import { localeCookie } from "@/lib/i18n";
import { demo, demoCredentials, strongPassword, uniqueEmail } from "./support/accounts";
import { answerAllAndSubmit, levelsPatch, listDimensions, profilePatch, profileText, saveAnswersThroughApi, startAssessment } from "./support/assessment";
import { signInWithApi } from "./support/auth";
import { databaseValue, queryDatabase } from "./support/database";
import { expect, test } from "./support/fixtures";
import { mutatingRoutes, serverActions, type MutatingRoute, type ServerActionName } from "./support/mutating-endpoints";
import { newSmeInput, signUpSme, type NewSme } from "./support/sign-up";

// Cross-site request forgery, endpoint by endpoint: every server action and mutating route handler
// of tests/e2e/support/mutating-endpoints.ts gets the request a forging site would make — with the
// victim's cookies, from Origin https://evil.example and from Origin null (sandboxed frame, data:
// URL) — and must refuse it (403) and change nothing; the same request from the app's own origin
// must be accepted and change what it is for. Server actions are posted both as the no-JavaScript
// form post (the fields the rendered form would send) and as React's fetch (Next-Action header with
// the action id of the build). State is read from the database, scoped to objects the test created.

const foreignOrigins = ["https://evil.example", "null"] as const;

type Fields = [string, string][];

/** The fields the form would post without JavaScript, hidden action fields included. */
async function formFields(form: Locator): Promise<Fields> {
  return form.evaluate((element) => {
    // A loop, not FormData.forEach: a page without JavaScript runs no callbacks, not even ours.
    const pairs: [string, string][] = [];
    for (const [name, value] of new FormData(element as HTMLFormElement)) {
      if (typeof value === "string") pairs.push([name, value]);
    }
    return pairs;
  });
}

/**
 * What the filled-in form posts without JavaScript. Hydrated forms whose action React wraps on the
 * client lose the hidden action fields, so those come from the same form rendered without JavaScript.
 */
async function noJavaScriptFields(page: Page, form: Locator): Promise<Fields> {
  const fields = await formFields(form);
  if (fields.some(([name]) => name.startsWith("$ACTION_"))) return fields;
  const index = await form.evaluate((element) => Array.from(document.forms).indexOf(element as HTMLFormElement));
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  try {
    const staticPage = await context.newPage();
    await staticPage.goto(page.url());
    const hidden = (await formFields(staticPage.locator("form").nth(index))).filter(([name]) => name.startsWith("$ACTION_"));
    return [...hidden, ...fields];
  } finally {
    await context.close();
  }
}

/** The form that holds `button` (a form element or a form-associated button's form). */
function formOf(button: Locator): Locator {
  return button.locator("xpath=ancestor::form[1]");
}

type ActionEntry = { filename: string; exportedName: string };

/** The server action ids of the build under test, by exported name (.next/server/server-reference-manifest.json). */
function actionIds(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, ActionEntry> };
  const ids = new Map<string, string>();
  const files = Object.entries(serverActions) as [string, readonly string[]][];
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (files.some(([file, names]) => file === entry.filename && names.includes(entry.exportedName))) ids.set(entry.exportedName, id);
  }
  return ids;
}

function multipart(fields: Fields): FormData {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
}

async function expectRefusedAsCrossSite(response: APIResponse, what: string): Promise<void> {
  expect(response.status(), `${what}: refused`).toBe(403);
  expect(await response.json(), what).toMatchObject({ error: "cross_site_request" });
  expect(response.headers()["set-cookie"], `${what}: sets no cookie`).toBeUndefined();
}

type ActionProbe = {
  action: ServerActionName;
  /** The signed-in (or anonymous) page showing the form, on the form's page. */
  page: Page;
  /** The form's submit button, with the form filled in as a person would. */
  submit: Locator;
  /** The state the action changes, read so that before/after compare exactly. */
  state: () => Promise<string>;
  /** Overrides for posted fields (e.g. a choice the form's default would not change). */
  override?: Record<string, string>;
};

/**
 * Posts the form cross-site in every way a forging site could (refused, state unchanged), then
 * from the app's own origin (accepted, state changed).
 */
async function expectActionRefusesCrossSite({ action, page, submit, state, override = {} }: ActionProbe): Promise<void> {
  const id = actionIds().get(action);
  expect(id, `${action} is in the build's server-action manifest`).toBeTruthy();
  await expect(submit).toBeVisible();
  const fields = (await noJavaScriptFields(page, formOf(submit))).map(([name, value]): [string, string] => [name, override[name] ?? value]);
  expect(JSON.stringify(fields), `the form posts ${action}`).toContain(id!);
  const path = new URL(page.url()).pathname + new URL(page.url()).search;
  const request = page.request;
  const before = await state();

  for (const origin of foreignOrigins) {
    const formPost = await request.post(path, { multipart: multipart(fields), headers: { origin }, maxRedirects: 0 });
    await expectRefusedAsCrossSite(formPost, `${action}, form post from Origin ${origin}`);
    const fetchPost = await request.post(path, {
      multipart: multipart(fields),
      headers: { origin, "next-action": id!, accept: "text/x-component" },
      maxRedirects: 0,
    });
    await expectRefusedAsCrossSite(fetchPost, `${action}, fetch from Origin ${origin}`);
  }
  // A browser on another site that hides Origin still says where the request came from.
  const hiddenOrigin = await request.post(path, { multipart: multipart(fields), headers: { "sec-fetch-site": "cross-site" }, maxRedirects: 0 });
  await expectRefusedAsCrossSite(hiddenOrigin, `${action}, Sec-Fetch-Site: cross-site`);
  expect(await state(), `${action}: the refused requests changed nothing`).toBe(before);

  const sameOrigin = await request.post(path, { multipart: multipart(fields), headers: { origin: new URL(page.url()).origin }, maxRedirects: 0 });
  expect([200, 303], `${action} from the app's own origin (location: ${sameOrigin.headers().location ?? "none"})`).toContain(sameOrigin.status());
  await expect.poll(state, { message: `${action} from the app's own origin changed what it is for` }).not.toBe(before);
}

// ---- set-up helpers ------------------------------------------------------------------------------

/** A fresh SME manager, signed in on `page`. */
async function signedInSme(page: Page, purpose: string, enrolmentCode = ""): Promise<NewSme> {
  const sme = await signUpSme(page, purpose, { enrolmentCode });
  await signInWithApi(page.request, sme);
  return sme;
}

/** A fresh SME's draft with the profile answered; returns its id. */
async function draftWithProfile(page: Page, purpose: string): Promise<string> {
  await signedInSme(page, purpose);
  const assessmentId = await startAssessment(page);
  await saveAnswersThroughApi(page.request, assessmentId, { profile: profilePatch({ offersServices: false }) });
  return assessmentId;
}

/** A fresh SME's improvement plan opened at a dimension (with one action of its own when asked); returns the firm. */
async function planPage(page: Page, purpose: string, options: { withAction?: boolean; submitted?: boolean } = {}): Promise<string> {
  await signedInSme(page, purpose, options.submitted ? demo.penangProgramme.enrolmentCode : "");
  if (options.submitted) await answerAllAndSubmit(page, await startAssessment(page));
  await page.goto("/dashboard");
  const href = (await page.locator('a[href^="/firms/"][href$="/plan"]').first().getAttribute("href"))!;
  const firmId = href.split("/")[2]!;
  const focus = options.submitted ? await page.goto(href).then(() => page.locator("#plan-dimension").inputValue()) : "skills";
  await page.goto(`${href}?dimension=${focus}`);
  if (options.withAction) {
    const section = page.locator(`section[data-dimension="${focus}"]`);
    // A dimension with nothing in it yet and no suggestions opens its add form by itself.
    const addForm = section.locator(`#add-${focus}-form`);
    if ((await addForm.getAttribute("open")) === null) await addForm.getByText("Add your own action").click();
    await addForm.getByLabel("Action", { exact: true }).fill("Train two operators");
    await section.getByRole("button", { name: "Add action" }).click();
    await expect(page.getByRole("status")).toHaveText("The action was added to your plan.");
  }
  return firmId;
}

const planState = (firmId: string) => () =>
  databaseValue("select coalesce(string_agg(title || ':' || status || ':' || version, ',' order by id), '') from plan_actions where firm_id = $1", [firmId]);

const userId = async (email: string) => (await queryDatabase<{ id: string }>("select id from users where email = $1", [email]))[0]!.id;

/** A fresh Penang firm's assessment, answered in full and submitted; returns its id. */
async function submittedAssessment(page: Page, purpose: string): Promise<{ sme: NewSme; assessmentId: string }> {
  const sme = await signedInSme(page, purpose, demo.penangProgramme.enrolmentCode);
  const assessmentId = await startAssessment(page);
  await answerAllAndSubmit(page, assessmentId);
  return { sme, assessmentId };
}

const assessmentStatus = (assessmentId: string) => () => databaseValue("select status from assessments where id = $1", [assessmentId]);

/** The SME's notification after the Penang officer approved its submitted assessment. */
async function smeWithNotification(page: Page, officer: Page): Promise<{ sme: NewSme; title: string; userId: string }> {
  const { sme, assessmentId } = await submittedAssessment(page, "xsite-notify");
  await officer.goto(`/officer/assessments/${assessmentId}/review?confirm=approve`);
  await officer.getByRole("button", { name: "Approve assessment" }).click();
  await expect(officer.getByTestId("review-status")).toContainText("Approved");
  const id = await userId(sme.email);
  await page.goto("/notifications");
  const title = (await page.getByTestId("notification").first().getByRole("heading").innerText()).trim();
  return { sme, title, userId: id };
}

const notificationsRead = (user: string) => () =>
  databaseValue("select count(*)::int from notifications where user_id = $1 and read_at is not null", [user]);

/** Creates a programme through the admin form; returns its name and id. */
async function createProgramme(admin: Page): Promise<{ name: string; id: string }> {
  const suffix = randomUUID().slice(0, 8);
  const name = `E2E cross-site programme ${suffix}`;
  await admin.goto("/admin/programmes/new");
  await admin.getByLabel("Programme name").fill(name);
  await admin.getByLabel("Enrolment code").fill(`XSITE-${suffix}`.toUpperCase());
  await admin.getByRole("button", { name: "Create programme" }).click();
  await expect(admin).not.toHaveURL(/\/new$/);
  const [row] = await queryDatabase<{ id: string }>("select id from programmes where name = $1", [name]);
  return { name, id: row!.id };
}

/** Creates an officer through the admin form; returns the name. */
async function createOfficer(admin: Page): Promise<{ name: string; email: string }> {
  const email = uniqueEmail("xsite-officer");
  const name = `E2E Officer ${email.slice(4, 20)}`;
  await admin.goto("/admin/users/new");
  await admin.getByLabel("Name", { exact: true }).fill(name);
  await admin.getByLabel("Email", { exact: true }).fill(email);
  await admin.getByLabel("Initial password").fill(strongPassword());
  await admin.getByRole("button", { name: "Create officer" }).click();
  await expect(admin).not.toHaveURL(/\/new$/);
  return { name, email };
}

const words = (count: number, word: string) => Array.from({ length: count }, (_, index) => `${word}${index % 7 === 6 ? "." : ""}`).join(" ");

/** Opens the new-instrument form and fills every field it needs. */
async function fillNewInstrument(admin: Page, id: string, name: string): Promise<void> {
  await admin.goto("/admin/catalogue/new");
  await admin.getByLabel("Policy instrument").check();
  await admin.getByRole("button", { name: "Continue" }).click();
  await admin.getByLabel("Id", { exact: true }).fill(id);
  await admin.getByLabel("Country", { exact: true }).selectOption({ label: "Thailand" });
  await admin.getByLabel("Short name (English)").fill(name);
  await admin.getByLabel("Short name (Malay)").fill(`${name} (BM)`);
  await admin.getByLabel("Title (English)").fill(`${name}: first sensors paid by half`);
  await admin.getByLabel("Title (Malay)").fill(`${name}: penderia pertama dibayar separuh`);
  await admin.getByLabel("What it did or does (English)").fill("pays half the cost of a first sensor and analytics project");
  await admin.getByLabel("What it did or does (Malay)").fill("membayar separuh kos projek penderia dan analitik pertama");
  await admin.getByLabel("Summary (English)").fill(`This grant pays half the cost of a first sensor project. ${words(80, "Firms")}`);
  await admin.getByLabel("Summary (Malay)").fill(`Geran ini membayar separuh kos projek penderia pertama. ${words(80, "Syarikat")}`);
  await admin.getByLabel("Year", { exact: true }).fill("2026");
  await admin.getByRole("group", { name: "Firm sizes it suits" }).getByLabel("small (5–74 employees)").check();
  await admin.getByRole("group", { name: "Readiness dimensions it helps to improve" }).getByLabel("Connectivity").check();
  await admin.getByRole("group", { name: "Impacts" }).getByLabel("Efficiency", { exact: true }).check();
  await admin.getByRole("group", { name: "Forms of support" }).getByLabel("Funding").check();
  await admin.getByLabel("Lessons and challenges (English)").fill("Small grants with quick decisions reach firms that never applied before.");
  await admin.getByLabel("Lessons and challenges (Malay)").fill("Geran kecil dengan keputusan pantas sampai kepada syarikat yang tidak pernah memohon.");
  await admin.getByLabel("Citation").fill("Agency brochure, 2026");
  await admin.getByRole("group", { name: "Countries whose firms may apply" }).getByLabel("Thailand").check();
}

/** Adds an instrument through the admin form; returns its id and short name. */
async function createInstrument(admin: Page): Promise<{ id: string; name: string }> {
  const id = `e2e-xsite-${randomUUID().slice(0, 8)}`;
  const name = `E2E cross-site grant ${id.slice(-8)}`;
  await fillNewInstrument(admin, id, name);
  await admin.getByRole("button", { name: "Add to the catalogue" }).click();
  await expect(admin).toHaveURL(/\/admin\/catalogue\?done=created/);
  return { id, name };
}

const catalogueItem = (id: string) => () => databaseValue("select status, item::text from catalogue_items where id = $1", [id]);

/** The firm of a fresh signed-in SME (its team link carries the id). */
async function firmIdOf(page: Page): Promise<string> {
  await page.goto("/dashboard");
  const href = (await page.getByTestId("dashboard-team-link").getAttribute("href")) ?? "";
  return /\/firms\/([0-9a-f-]{36})\/team/.exec(href)![1]!;
}

/** Invites `email` from the team page of `page`'s firm; resolves with the emailed link's path. */
async function inviteThroughTeamPage(page: Page, firmId: string, email: string): Promise<string> {
  await page.goto(`/firms/${firmId}/team`);
  await page.getByLabel("Colleague's work email address").fill(email);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status")).toContainText(email);
  const [row] = await queryDatabase("select text_body from outgoing_emails where to_address = $1 order by created_at desc limit 1", [email]);
  return /\/invitations\/[A-Za-z0-9_-]{43}/.exec(String(row?.text_body))![0];
}

/** Ticks every rater box; retried, since a tick landing while the form hydrates is undone by React. */
async function checkAllRaters(page: Page): Promise<void> {
  await expect(async () => {
    for (const box of await page.getByRole("checkbox").all()) await box.check({ timeout: 2000 });
  }).toPass({ timeout: 20_000 });
}

/**
 * A fresh manager's draft with a colleague who joined by invitation (signed in on a page of their
 * own), and the rating page of its first dimension; with `round`, opened for the manager and the colleague.
 */
async function ratingWithColleague(page: Page, browser: Browser, baseURL: string | undefined, purpose: string, round: boolean) {
  const assessmentId = await draftWithProfile(page, purpose);
  const firmId = await firmIdOf(page);
  const colleague = await (await browser.newContext({ baseURL, locale: "en-GB" })).newPage();
  await colleague.goto(await inviteThroughTeamPage(page, firmId, uniqueEmail(`${purpose}-colleague`)));
  await colleague.getByLabel("Your full name").fill("Cross Site Rater");
  await colleague.getByLabel("Password", { exact: true }).fill(strongPassword());
  await colleague.getByRole("button", { name: "Create account and join" }).click();
  await expect(colleague).toHaveURL(/\/dashboard/);
  const dimension = listDimensions({ services: false })[0]!;
  const path = `/assessments/${assessmentId}/rating/${dimension.id}`;
  await page.goto(path);
  if (round) {
    await checkAllRaters(page);
    await page.getByRole("button", { name: "Open for rating apart" }).click();
    await expect(page.getByRole("status")).toContainText("open for rating apart");
  }
  const rounds = () => databaseValue("select count(*)::int from rating_rounds r join assessment_revisions v on v.id = r.revision_id where v.assessment_id = $1", [assessmentId]);
  const chooseLevels = async (on: Page, finish: boolean) => {
    for (const indicator of dimension.indicators) await on.getByRole("combobox", { name: indicator.question, exact: true }).selectOption({ index: 3 });
    if (finish) await on.getByRole("checkbox", { name: /I have finished/ }).check();
  };
  return { assessmentId, colleague, path, dimension, rounds, chooseLevels };
}

// ---- one scenario per server action: the table's type makes a missing one a type error ----------

// The admin and officer pages are signed in only by the scenarios that use them (a sign-in costs a password check).
type Scenario = (fixtures: { page: Page; browser: Browser; baseURL: string | undefined; asAdmin: () => Promise<Page>; asOfficer: () => Promise<Page> }) => Promise<void>;

const actionScenarios: Record<ServerActionName, Scenario> = {
  signUpAction: async ({ page }) => {
    const input = newSmeInput("xsite-signup");
    await page.goto("/sign-up");
    await page.getByLabel("Your full name").fill(input.name);
    await page.getByLabel("Work email address").fill(input.email);
    await page.getByLabel("Password", { exact: true }).fill(input.password);
    await page.getByLabel("Firm name").fill(input.firmName);
    await page.getByLabel("Country").selectOption(input.country);
    await page.getByLabel("Main activity").selectOption(input.sector);
    await page.getByLabel("Number of employees").fill(input.employees);
    await expectActionRefusesCrossSite({
      action: "signUpAction",
      page,
      submit: page.getByRole("button", { name: "Create account", exact: true }),
      state: () => databaseValue("select count(*)::int from users where email = $1", [input.email]),
    });
  },

  signInAction: async ({ page }) => {
    const sme = await signUpSme(page, "xsite-signin");
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(sme.email);
    await page.getByLabel("Password", { exact: true }).fill(sme.password);
    await expectActionRefusesCrossSite({
      action: "signInAction",
      page,
      submit: page.getByRole("button", { name: "Sign in", exact: true }),
      // A sign-in opens a session row; a refused one opens none.
      state: () => databaseValue("select count(*)::int from user_sessions s join users u on u.id = s.user_id where u.email = $1", [sme.email]),
    });
  },

  requestPasswordResetAction: async ({ page }) => {
    const sme = await signUpSme(page, "xsite-forgot");
    await page.goto("/forgot-password");
    await page.getByLabel("Email address").fill(sme.email);
    await expectActionRefusesCrossSite({
      action: "requestPasswordResetAction",
      page,
      submit: page.getByRole("button", { name: "Email me a reset link" }),
      state: () => databaseValue("select count(*)::int from outgoing_emails where to_address = $1", [sme.email]),
    });
  },

  resetPasswordAction: async ({ page }) => {
    const sme = await signUpSme(page, "xsite-reset");
    await page.goto("/forgot-password");
    await page.getByLabel("Email address").fill(sme.email);
    await page.getByRole("button", { name: "Email me a reset link" }).click();
    await expect(page.getByRole("status")).toBeVisible();
    let link = "";
    await expect
      .poll(async () => {
        const rows = await queryDatabase<{ text_body: string }>("select text_body from outgoing_emails where to_address = $1", [sme.email]);
        link = /https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]{43}/.exec(rows[0]?.text_body ?? "")?.[0] ?? "";
        return link;
      })
      .not.toBe("");
    await page.goto(new URL(link).pathname);
    await expect(page).toHaveURL("/reset-password");
    const password = strongPassword();
    await page.getByLabel("New password", { exact: true }).fill(password);
    await page.getByLabel("Confirm new password").fill(password);
    await expectActionRefusesCrossSite({
      action: "resetPasswordAction",
      page,
      submit: page.getByRole("button", { name: "Save the new password" }),
      state: () => databaseValue("select password_hash from users where email = $1", [sme.email]),
    });
  },

  changePasswordAction: async ({ page }) => {
    const sme = await signedInSme(page, "xsite-password");
    await page.goto("/account");
    const password = strongPassword();
    await page.getByLabel("Current password").fill(sme.password);
    await page.getByLabel("New password", { exact: true }).fill(password);
    await page.getByLabel("Confirm new password").fill(password);
    await expectActionRefusesCrossSite({
      action: "changePasswordAction",
      page,
      submit: page.getByRole("button", { name: "Change password" }),
      state: () => databaseValue("select password_hash from users where email = $1", [sme.email]),
    });
  },

  setLocaleAction: async ({ page }) => {
    await page.goto("/sign-in");
    const savedLocale = async () => JSON.stringify((await page.context().cookies()).find((cookie) => cookie.name === localeCookie)?.value ?? null);
    await expectActionRefusesCrossSite({
      action: "setLocaleAction",
      page,
      submit: page.getByRole("button", { name: "Change language" }),
      state: savedLocale,
      override: { locale: "ms" },
    });
  },

  signOutAction: async ({ page }) => {
    const sme = await signedInSme(page, "xsite-signout");
    await page.goto("/dashboard");
    const id = await userId(sme.email);
    await expectActionRefusesCrossSite({
      action: "signOutAction",
      page,
      submit: page.getByRole("button", { name: "Sign out" }),
      state: () => databaseValue("select count(*)::int from user_sessions where user_id = $1 and revoked_at is null", [id]),
    });
  },

  startAssessmentAction: async ({ page }) => {
    const sme = await signedInSme(page, "xsite-start");
    await page.goto("/dashboard");
    await expectActionRefusesCrossSite({
      action: "startAssessmentAction",
      page,
      submit: page.getByRole("button", { name: "Start a new assessment" }),
      state: () =>
        databaseValue(
          "select count(*)::int from assessments a join firm_memberships m on m.firm_id = a.firm_id join users u on u.id = m.user_id where u.email = $1",
          [sme.email],
        ),
    });
  },

  joinProgrammeAction: async ({ page }) => {
    const sme = await signedInSme(page, "xsite-join");
    await page.goto("/dashboard");
    const joinForm = page.getByRole("form", { name: "Join a programme" });
    await joinForm.getByLabel("Enrolment code").fill(demo.penangProgramme.enrolmentCode);
    await expectActionRefusesCrossSite({
      action: "joinProgrammeAction",
      page,
      submit: joinForm.getByRole("button", { name: "Join programme" }),
      state: () =>
        databaseValue(
          "select count(*)::int from programme_enrolments e join firm_memberships m on m.firm_id = e.firm_id join users u on u.id = m.user_id where u.email = $1",
          [sme.email],
        ),
    });
  },

  addPlanActionAction: async ({ page }) => {
    const firmId = await planPage(page, "xsite-plan-add");
    await expectActionRefusesCrossSite({
      action: "addPlanActionAction",
      page,
      submit: page.getByRole("button", { name: "Add action" }),
      state: planState(firmId),
      override: { title: "Cross-site action" },
    });
  },

  addSuggestedActionAction: async ({ page }) => {
    const firmId = await planPage(page, "xsite-plan-suggest", { submitted: true });
    await expectActionRefusesCrossSite({
      action: "addSuggestedActionAction",
      page,
      submit: page.locator("li.plan-suggestion").first().getByRole("button"),
      state: planState(firmId),
    });
  },

  updatePlanActionAction: async ({ page }) => {
    const firmId = await planPage(page, "xsite-plan-edit", { withAction: true });
    await page.locator("li.plan-action").getByText("Edit this action").click();
    await expectActionRefusesCrossSite({
      action: "updatePlanActionAction",
      page,
      submit: page.locator("li.plan-action").getByRole("button", { name: "Save changes" }),
      state: planState(firmId),
      override: { title: "Changed from elsewhere" },
    });
  },

  changePlanActionStatusAction: async ({ page }) => {
    const firmId = await planPage(page, "xsite-plan-status", { withAction: true });
    await page.getByLabel("Status of “Train two operators”").selectOption("done");
    await expectActionRefusesCrossSite({ action: "changePlanActionStatusAction", page, submit: page.getByRole("button", { name: "Update status" }), state: planState(firmId) });
  },

  removePlanActionAction: async ({ page }) => {
    const firmId = await planPage(page, "xsite-plan-remove", { withAction: true });
    await expectActionRefusesCrossSite({ action: "removePlanActionAction", page, submit: page.getByRole("button", { name: "Remove “Train two operators”" }), state: planState(firmId) });
  },

  savePageAction: async ({ page }) => {
    const assessmentId = await draftWithProfile(page, "xsite-save");
    // The page autosaves each answer as it is given; only the form post may change the draft here.
    await page.route("**/api/assessments/*/answers", (route) => route.abort());
    await page.goto(`/assessments/${assessmentId}/profile`);
    await page.getByRole("group", { name: profileText.exports!.label }).getByRole("radio", { name: "Yes" }).check();
    await expectActionRefusesCrossSite({
      action: "savePageAction",
      page,
      submit: page.getByRole("button", { name: "Save and continue" }),
      state: () => databaseValue("select answers::text from assessment_revisions where assessment_id = $1 order by number desc limit 1", [assessmentId]),
    });
  },

  assignSectionsAction: async ({ page }) => {
    const assessmentId = await draftWithProfile(page, "xsite-assign");
    await page.goto(`/assessments/${assessmentId}`);
    const form = page.getByRole("form", { name: "Assign sections" });
    await form.getByRole("checkbox", { name: /\(Manager\)$/ }).check();
    await form.getByRole("checkbox", { name: "Your firm" }).check();
    await expectActionRefusesCrossSite({
      action: "assignSectionsAction",
      page,
      submit: form.getByRole("button", { name: "Assign" }),
      state: () => databaseValue("select count(*)::int from section_assignments where assessment_id = $1", [assessmentId]),
    });
  },

  unassignSectionAction: async ({ page }) => {
    const assessmentId = await draftWithProfile(page, "xsite-unassign");
    await page.goto(`/assessments/${assessmentId}`);
    const form = page.getByRole("form", { name: "Assign sections" });
    await form.getByRole("checkbox", { name: /\(Manager\)$/ }).check();
    await form.getByRole("checkbox", { name: "Your firm" }).check();
    await form.getByRole("button", { name: "Assign" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Sections assigned." })).toBeVisible();
    await page.reload();
    await expectActionRefusesCrossSite({
      action: "unassignSectionAction",
      page,
      submit: page.getByTestId("section-progress").getByRole("button", { name: /^Remove Your firm from / }),
      state: () => databaseValue("select count(*)::int from section_assignments where assessment_id = $1", [assessmentId]),
    });
  },

  submitAssessmentAction: async ({ page }) => {
    await signedInSme(page, "xsite-submit");
    const assessmentId = await startAssessment(page);
    await saveAnswersThroughApi(page.request, assessmentId, { profile: profilePatch({ offersServices: false }), levels: levelsPatch(listDimensions({ services: false })) });
    await page.goto(`/assessments/${assessmentId}/check`);
    await page.getByRole("checkbox", { name: /^I confirm/ }).check();
    await expectActionRefusesCrossSite({
      action: "submitAssessmentAction",
      page,
      submit: page.getByRole("button", { name: "Submit assessment" }),
      state: assessmentStatus(assessmentId),
    });
  },

  validateIndicatorAction: async ({ page, asOfficer }) => {
    const officer = await asOfficer();
    const { assessmentId } = await submittedAssessment(page, "xsite-validate");
    await officer.goto(`/officer/assessments/${assessmentId}/review`);
    await officer.getByText("Validate this answer", { exact: true }).first().click();
    const save = officer.getByRole("button", { name: "Save validated level" }).first();
    const form = formOf(save);
    await form.getByLabel("Validated level", { exact: true }).selectOption({ index: 1 });
    await form.getByLabel("Justification", { exact: true }).fill("Seen on the shop floor during the visit.");
    await expectActionRefusesCrossSite({
      action: "validateIndicatorAction",
      page: officer,
      submit: save,
      state: () => databaseValue("select count(*)::int from indicator_validations where assessment_id = $1", [assessmentId]),
    });
  },

  confirmDimensionAction: async ({ page, asOfficer }) => {
    const officer = await asOfficer();
    const { assessmentId } = await submittedAssessment(page, "xsite-confirm");
    await officer.goto(`/officer/assessments/${assessmentId}/review`);
    await expectActionRefusesCrossSite({
      action: "confirmDimensionAction",
      page: officer,
      submit: officer.getByRole("button", { name: /^Confirm all \d+ levels in / }).first(),
      state: () => databaseValue("select count(*)::int from indicator_validations where assessment_id = $1", [assessmentId]),
    });
  },

  addCommentAction: async ({ page, asOfficer }) => {
    const officer = await asOfficer();
    const { assessmentId } = await submittedAssessment(page, "xsite-comment");
    await officer.goto(`/officer/assessments/${assessmentId}/review`);
    const add = officer.getByRole("button", { name: "Add comment" }).first();
    await formOf(add).getByRole("textbox").fill("Please attach the maintenance log.");
    await expectActionRefusesCrossSite({
      action: "addCommentAction",
      page: officer,
      submit: add,
      state: () => databaseValue("select count(*)::int from review_comments where assessment_id = $1", [assessmentId]),
    });
  },

  addPlanCommentAction: async ({ page, asOfficer }) => {
    const officer = await asOfficer();
    const { assessmentId } = await submittedAssessment(page, "xsite-plan-comment");
    await officer.goto(`/officer/assessments/${assessmentId}/review`);
    const add = officer.getByRole("button", { name: "Add comment on the plan" });
    await formOf(add).getByRole("textbox").fill("Start with the skills actions.");
    await expectActionRefusesCrossSite({
      action: "addPlanCommentAction",
      page: officer,
      submit: add,
      state: () => databaseValue("select count(*)::int from plan_comments where assessment_id = $1", [assessmentId]),
    });
  },

  approveAction: async ({ page, asOfficer }) => {
    const officer = await asOfficer();
    const { assessmentId } = await submittedAssessment(page, "xsite-approve");
    await officer.goto(`/officer/assessments/${assessmentId}/review?confirm=approve`);
    await expectActionRefusesCrossSite({
      action: "approveAction",
      page: officer,
      submit: officer.getByRole("button", { name: "Approve assessment" }),
      state: assessmentStatus(assessmentId),
    });
  },

  returnAction: async ({ page, asOfficer }) => {
    const officer = await asOfficer();
    const { assessmentId } = await submittedAssessment(page, "xsite-return");
    await officer.goto(`/officer/assessments/${assessmentId}/review?confirm=return`);
    await officer.getByLabel("Reason for returning").fill("Please answer the automation questions again.");
    await expectActionRefusesCrossSite({
      action: "returnAction",
      page: officer,
      submit: officer.getByRole("button", { name: "Return assessment" }),
      state: assessmentStatus(assessmentId),
    });
  },

  openNotificationAction: async ({ page, asOfficer }) => {
    const officer = await asOfficer();
    const { title, userId: id } = await smeWithNotification(page, officer);
    await expectActionRefusesCrossSite({
      action: "openNotificationAction",
      page,
      submit: page.getByTestId("notification").getByRole("button", { name: title, exact: true }),
      state: notificationsRead(id),
    });
  },

  markNotificationReadAction: async ({ page, asOfficer }) => {
    const officer = await asOfficer();
    const { title, userId: id } = await smeWithNotification(page, officer);
    await expectActionRefusesCrossSite({
      action: "markNotificationReadAction",
      page,
      submit: page.getByRole("button", { name: `Mark as read ${title}` }),
      state: notificationsRead(id),
    });
  },

  markAllNotificationsReadAction: async ({ page, asOfficer }) => {
    const officer = await asOfficer();
    const { userId: id } = await smeWithNotification(page, officer);
    await expectActionRefusesCrossSite({
      action: "markAllNotificationsReadAction",
      page,
      submit: page.getByRole("button", { name: "Mark all as read" }),
      state: notificationsRead(id),
    });
  },

  createProgrammeAction: async ({ asAdmin }) => {
    const admin = await asAdmin();
    const name = `E2E cross-site programme ${randomUUID().slice(0, 8)}`;
    await admin.goto("/admin/programmes/new");
    await admin.getByLabel("Programme name").fill(name);
    await admin.getByLabel("Enrolment code").fill(`XS-${randomUUID().slice(0, 8)}`.toUpperCase());
    await expectActionRefusesCrossSite({
      action: "createProgrammeAction",
      page: admin,
      submit: admin.getByRole("button", { name: "Create programme" }),
      state: () => databaseValue("select count(*)::int from programmes where name = $1", [name]),
    });
  },

  updateProgrammeAction: async ({ asAdmin }) => {
    const admin = await asAdmin();
    const programme = await createProgramme(admin);
    await admin.goto(`/admin/programmes/${programme.id}`);
    await admin.getByLabel("Programme name").fill(`${programme.name} (renamed)`);
    await expectActionRefusesCrossSite({
      action: "updateProgrammeAction",
      page: admin,
      submit: admin.getByRole("button", { name: "Save programme" }),
      state: () => databaseValue("select name from programmes where id = $1", [programme.id]),
    });
  },

  assignOfficerAction: async ({ asAdmin }) => {
    const admin = await asAdmin();
    const officer = await createOfficer(admin);
    const programme = await createProgramme(admin);
    await admin.goto("/admin/programmes");
    const region = admin.getByRole("region", { name: programme.name });
    await region.getByLabel("Officer to assign").selectOption({ label: `${officer.name} (${officer.email})` });
    await expectActionRefusesCrossSite({
      action: "assignOfficerAction",
      page: admin,
      submit: region.getByRole("button", { name: "Assign" }),
      state: () => databaseValue("select count(*)::int from programme_officers where programme_id = $1", [programme.id]),
    });
  },

  unassignOfficerAction: async ({ asAdmin }) => {
    const admin = await asAdmin();
    const officer = await createOfficer(admin);
    const programme = await createProgramme(admin);
    await admin.goto("/admin/programmes");
    const region = admin.getByRole("region", { name: programme.name });
    await region.getByLabel("Officer to assign").selectOption({ label: `${officer.name} (${officer.email})` });
    await region.getByRole("button", { name: "Assign" }).click();
    await expect(region.getByRole("button", { name: `Remove ${officer.name}` })).toBeVisible();
    await admin.goto("/admin/programmes");
    await expectActionRefusesCrossSite({
      action: "unassignOfficerAction",
      page: admin,
      submit: region.getByRole("button", { name: `Remove ${officer.name}` }),
      state: () => databaseValue("select count(*)::int from programme_officers where programme_id = $1", [programme.id]),
    });
  },

  setAccountStatusAction: async ({ page, asAdmin }) => {
    const admin = await asAdmin();
    const sme = await signUpSme(page, "xsite-status");
    const id = await userId(sme.email);
    await admin.goto(`/admin/users/${id}/status`);
    await expectActionRefusesCrossSite({
      action: "setAccountStatusAction",
      page: admin,
      submit: admin.getByRole("button", { name: "Deactivate the account" }),
      state: () => databaseValue("select active from users where id = $1", [id]),
    });
  },

  createOfficerAction: async ({ asAdmin }) => {
    const admin = await asAdmin();
    const email = uniqueEmail("xsite-new-officer");
    await admin.goto("/admin/users/new");
    await admin.getByLabel("Name", { exact: true }).fill("E2E Cross-site Officer");
    await admin.getByLabel("Email", { exact: true }).fill(email);
    await admin.getByLabel("Initial password").fill(strongPassword());
    await expectActionRefusesCrossSite({
      action: "createOfficerAction",
      page: admin,
      submit: admin.getByRole("button", { name: "Create officer" }),
      state: () => databaseValue("select count(*)::int from users where email = $1", [email]),
    });
  },

  createCatalogueItemAction: async ({ asAdmin }) => {
    const admin = await asAdmin();
    const id = `e2e-xsite-${randomUUID().slice(0, 8)}`;
    await fillNewInstrument(admin, id, `E2E cross-site grant ${id.slice(-8)}`);
    await expectActionRefusesCrossSite({
      action: "createCatalogueItemAction",
      page: admin,
      submit: admin.getByRole("button", { name: "Add to the catalogue" }),
      state: catalogueItem(id),
    });
  },

  updateCatalogueItemAction: async ({ asAdmin }) => {
    const admin = await asAdmin();
    const item = await createInstrument(admin);
    await admin.getByRole("row").filter({ hasText: item.id }).getByRole("link", { name: `Edit ${item.name}` }).click();
    await admin.getByLabel("Title (English)").fill(`${item.name}: sensors for half the price`);
    await expectActionRefusesCrossSite({
      action: "updateCatalogueItemAction",
      page: admin,
      submit: admin.getByRole("button", { name: "Save changes" }),
      state: catalogueItem(item.id),
    });
  },

  retireCatalogueItemAction: async ({ asAdmin }) => {
    const admin = await asAdmin();
    const item = await createInstrument(admin);
    await expectActionRefusesCrossSite({
      action: "retireCatalogueItemAction",
      page: admin,
      submit: admin.getByRole("row").filter({ hasText: item.id }).getByRole("button", { name: `Retire ${item.name}` }),
      state: catalogueItem(item.id),
    });
  },

  reactivateCatalogueItemAction: async ({ asAdmin }) => {
    const admin = await asAdmin();
    const item = await createInstrument(admin);
    await admin.getByRole("row").filter({ hasText: item.id }).getByRole("button", { name: `Retire ${item.name}` }).click();
    const reactivate = admin.getByRole("row").filter({ hasText: item.id }).getByRole("button", { name: new RegExp(`^Reactivate ${item.name}`) });
    await expectActionRefusesCrossSite({ action: "reactivateCatalogueItemAction", page: admin, submit: reactivate, state: catalogueItem(item.id) });
  },
  inviteMemberAction: async ({ page }) => {
    await signedInSme(page, "xsite-invite");
    const firmId = await firmIdOf(page);
    const email = uniqueEmail("xsite-invited");
    await page.goto(`/firms/${firmId}/team`);
    await page.getByLabel("Colleague's work email address").fill(email);
    await expectActionRefusesCrossSite({
      action: "inviteMemberAction",
      page,
      submit: page.getByRole("button", { name: "Send invitation" }),
      state: () => databaseValue("select count(*)::int from firm_invitations where email = $1", [email]),
    });
  },

  teamCommandAction: async ({ page }) => {
    await signedInSme(page, "xsite-revoke");
    const firmId = await firmIdOf(page);
    const email = uniqueEmail("xsite-revoked");
    await inviteThroughTeamPage(page, firmId, email);
    await page.goto(`/firms/${firmId}/team`);
    await expectActionRefusesCrossSite({
      action: "teamCommandAction",
      page,
      submit: page.getByRole("button", { name: `Revoke to ${email}` }),
      state: () => databaseValue("select (revoked_at is not null)::text from firm_invitations where email = $1", [email]),
    });
  },

  updateFirmProfileAction: async ({ page }) => {
    await signedInSme(page, "xsite-profile");
    const firmId = await firmIdOf(page);
    await page.goto(`/firms/${firmId}/profile`);
    await page.getByLabel("Number of employees").fill("77");
    await expectActionRefusesCrossSite({
      action: "updateFirmProfileAction",
      page,
      submit: page.getByRole("button", { name: "Save firm profile" }),
      state: () => databaseValue("select employees::text from firms where id = $1", [firmId]),
    });
  },

  acceptInvitationAction: async ({ page, browser, baseURL }) => {
    await signedInSme(page, "xsite-accept-owner");
    const firmId = await firmIdOf(page);
    const guestPage = await (await browser.newContext({ baseURL, locale: "en-GB" })).newPage();
    const guest = await signedInSme(guestPage, "xsite-accept-guest");
    await guestPage.goto(await inviteThroughTeamPage(page, firmId, guest.email));
    await expectActionRefusesCrossSite({
      action: "acceptInvitationAction",
      page: guestPage,
      submit: guestPage.getByRole("button", { name: /^Join / }),
      state: () => databaseValue("select count(*)::int from firm_memberships m join users u on u.id = m.user_id where u.email = $1 and m.firm_id = $2", [guest.email, firmId]),
    });
    await guestPage.context().close();
  },

  openRoundAction: async ({ page, browser, baseURL }) => {
    const world = await ratingWithColleague(page, browser, baseURL, "xsite-open-round", false);
    await checkAllRaters(page);
    await expectActionRefusesCrossSite({ action: "openRoundAction", page, submit: page.getByRole("button", { name: "Open for rating apart" }), state: world.rounds });
    await world.colleague.context().close();
  },

  rateAction: async ({ page, browser, baseURL }) => {
    const world = await ratingWithColleague(page, browser, baseURL, "xsite-rate", true);
    await world.chooseLevels(page, false);
    await expectActionRefusesCrossSite({
      action: "rateAction",
      page,
      submit: page.getByRole("button", { name: "Save my levels" }),
      state: () => databaseValue("select count(*)::int from independent_ratings i join rating_rounds r on r.id = i.round_id join assessment_revisions v on v.id = r.revision_id where v.assessment_id = $1", [world.assessmentId]),
    });
    await world.colleague.context().close();
  },

  agreeAction: async ({ page, browser, baseURL }) => {
    const world = await ratingWithColleague(page, browser, baseURL, "xsite-agree", true);
    for (const rater of [page, world.colleague]) {
      await rater.goto(world.path);
      await world.chooseLevels(rater, true);
      await rater.getByRole("button", { name: "Save my levels" }).click();
      await expect(rater.getByRole("status")).toContainText("handed in");
    }
    await page.goto(world.path);
    for (const indicator of world.dimension.indicators) await page.getByRole("combobox", { name: `Agreed level: ${indicator.question}` }).selectOption({ index: 2 });
    await expectActionRefusesCrossSite({
      action: "agreeAction",
      page,
      submit: page.getByRole("button", { name: "Save the agreed levels" }),
      state: () => databaseValue("select count(*)::int from rating_agreements a join rating_rounds r on r.id = a.round_id join assessment_revisions v on v.id = r.revision_id where v.assessment_id = $1", [world.assessmentId]),
    });
    await world.colleague.context().close();
  },

  invitedSignUpAction: async ({ page, browser, baseURL }) => {
    await signedInSme(page, "xsite-invited-signup");
    const firmId = await firmIdOf(page);
    const email = uniqueEmail("xsite-newcomer");
    const link = await inviteThroughTeamPage(page, firmId, email);
    const newcomer = await (await browser.newContext({ baseURL, locale: "en-GB" })).newPage();
    await newcomer.goto(link);
    await newcomer.getByLabel("Your full name").fill("Cross Site Newcomer");
    await newcomer.getByLabel("Password", { exact: true }).fill(strongPassword());
    await expectActionRefusesCrossSite({
      action: "invitedSignUpAction",
      page: newcomer,
      submit: newcomer.getByRole("button", { name: "Create account and join" }),
      state: () => databaseValue("select count(*)::int from users where email = $1", [email]),
    });
    await newcomer.context().close();
  },
};

test.describe("server actions refuse cross-site requests", () => {
  for (const [action, scenario] of Object.entries(actionScenarios)) {
    test(action, async ({ page, browser, baseURL, signedInPage }) => {
      test.slow();
      const asAdmin = () => signedInPage(demoCredentials(demo.admin));
      const asOfficer = () => signedInPage(demoCredentials(demo.penangOfficer));
      await scenario({ page, browser, baseURL, asAdmin, asOfficer });
    });
  }
});

// ---- route handlers ----------------------------------------------------------------------------------

type RouteScenario = (fixtures: { request: APIRequestContext; page: Page; baseURL: string }) => Promise<void>;

const sessionUser = async (request: APIRequestContext) => JSON.stringify(await (await request.get("/api/auth/session")).json());

const routeScenarios: Record<MutatingRoute, RouteScenario> = {
  "app/api/auth/[...nextauth]/route.ts POST": async ({ page, baseURL }) => {
    const sme = await signUpSme(page, "xsite-auth");
    const request = page.request;
    const csrf = async () => ((await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;

    // Sign-in: a forged post would sign the victim's browser into the forger's account (login CSRF).
    const signInForm = async () => ({ csrfToken: await csrf(), email: sme.email, password: sme.password, callbackUrl: "/dashboard", json: "true" });
    for (const origin of foreignOrigins) {
      await expectRefusedAsCrossSite(await request.post("/api/auth/callback/credentials", { form: await signInForm(), headers: { origin }, maxRedirects: 0 }), `sign-in from ${origin}`);
    }
    expect(await sessionUser(request), "no session after the refused sign-ins").toBe("{}");
    const signIn = await request.post("/api/auth/callback/credentials", { form: await signInForm(), headers: { origin: baseURL }, maxRedirects: 0 });
    expect(signIn.status()).toBe(200);
    expect(await sessionUser(request)).toContain(sme.name);

    // Sign-out: a forged post would end the victim's session.
    for (const origin of foreignOrigins) {
      await expectRefusedAsCrossSite(
        await request.post("/api/auth/signout", { form: { csrfToken: await csrf(), json: "true" }, headers: { origin }, maxRedirects: 0 }),
        `sign-out from ${origin}`,
      );
    }
    expect(await sessionUser(request), "still signed in after the refused sign-outs").toContain(sme.name);
    const signOut = await request.post("/api/auth/signout", { form: { csrfToken: await csrf(), json: "true" }, headers: { origin: baseURL }, maxRedirects: 0 });
    expect(signOut.status()).toBe(200);
    expect(await sessionUser(request)).toBe("{}");
  },

  "app/api/assessments/[assessmentId]/answers/route.ts PUT": async ({ page, baseURL }) => {
    const assessmentId = await draftWithProfile(page, "xsite-autosave");
    const version = () => databaseValue("select version, answers::text from assessment_revisions where assessment_id = $1", [assessmentId]);
    const [revision] = await queryDatabase<{ version: number }>("select version from assessment_revisions where assessment_id = $1", [assessmentId]);
    const baseVersion = revision!.version;
    const body = { baseVersion, patch: { profile: { exports: true } } };
    const before = await version();
    for (const origin of foreignOrigins) {
      await expectRefusedAsCrossSite(await page.request.put(`/api/assessments/${assessmentId}/answers`, { data: body, headers: { origin } }), `autosave from ${origin}`);
    }
    expect(await version()).toBe(before);
    const saved = await page.request.put(`/api/assessments/${assessmentId}/answers`, { data: body, headers: { origin: baseURL } });
    expect(saved.status()).toBe(200);
    expect(await version()).not.toBe(before);
  },

  // The public JSON API is open to other sites by design: it reads no cookie and stores nothing.
  "app/api/v1/score/route.ts POST": async ({ request }) => expectOpenToOtherSites(request, "/api/v1/score"),
  "app/api/v1/recommendations/route.ts POST": async ({ request }) => expectOpenToOtherSites(request, "/api/v1/recommendations"),
};

async function expectOpenToOtherSites(request: APIRequestContext, path: string): Promise<void> {
  for (const origin of foreignOrigins) {
    const response = await request.post(path, { data: {}, headers: { origin } });
    // Answered by the handler (a validation error for the empty body), not refused as cross-site.
    expect(response.status(), `${path} from ${origin}`).toBe(400);
    expect(response.headers()["access-control-allow-origin"], path).toBe("*");
    expect(response.headers()["set-cookie"], path).toBeUndefined();
  }
}

test.describe("mutating route handlers refuse cross-site requests", () => {
  for (const [route, scenario] of Object.entries(routeScenarios)) {
    test(`${route} (${mutatingRoutes[route as MutatingRoute].crossSite})`, async ({ request, page, baseURL }) => {
      await scenario({ request, page, baseURL: baseURL! });
    });
  }
});
