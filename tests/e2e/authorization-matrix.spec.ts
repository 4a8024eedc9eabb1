import { request as playwrightRequest, type APIRequestContext, type APIResponse, type Locator, type Page } from "@playwright/test";
import { demo, demoCredentials } from "./support/accounts";
import { signInWithApi } from "./support/auth";
import { expect, test } from "./support/fixtures";

// The authorization matrix of the review, cohort and export surface: every page, route handler and
// server action × every role × an object of another programme or firm. Denied callers get 401/403/404
// (or, on pages, the way to sign-in) and no data from the object in the body; server actions replayed by
// a denied caller change nothing. The objects are the Penang programme and one of its submitted
// assessments from the demo cohort; the Selangor officer and both SME managers are outsiders to them.
// Plastik Maju's contributor reads her firm's team but may not act for the firm (profile, data download).

type Role = "anonymous" | "sme" | "contributor" | "otherSme" | "officer" | "otherOfficer" | "admin";
const roles: Role[] = ["anonymous", "sme", "contributor", "otherSme", "officer", "otherOfficer", "admin"];
const credentials = {
  sme: demoCredentials(demo.plastikMajuManager),
  contributor: demoCredentials(demo.plastikMajuContributor),
  otherSme: demoCredentials(demo.seriJayaManager),
  officer: demoCredentials(demo.penangOfficer),
  otherOfficer: demoCredentials(demo.selangorOfficer),
  admin: demoCredentials(demo.admin),
} as const;

/** What a role gets: "ok", a status, or "sign-in" (a page redirecting an anonymous caller). */
type Outcome = "ok" | 401 | 403 | 404 | "sign-in";

type Probe = { name: string; path: (ids: Ids) => string; api: boolean; expected: Record<Exclude<Role, "anonymous">, Outcome>; secrets?: string[] };
type Ids = { programmeId: string; assessmentId: string };

const officerSurface = { sme: 403, contributor: 403, otherSme: 403, officer: "ok", otherOfficer: 404, admin: "ok" } as const;

const probes: Probe[] = [
  { name: "programme overview", path: (i) => `/officer/programmes/${i.programmeId}`, api: false, expected: officerSurface },
  { name: "review queue", path: (i) => `/officer/programmes/${i.programmeId}/queue`, api: false, expected: officerSurface },
  { name: "cohort analytics", path: (i) => `/officer/programmes/${i.programmeId}/analytics`, api: false, expected: officerSurface },
  { name: "CSV export", path: (i) => `/officer/programmes/${i.programmeId}/export`, api: false, expected: officerSurface },
  { name: "cohort JSON API", path: (i) => `/api/v1/programmes/${i.programmeId}/cohort`, api: true, expected: officerSurface },
  { name: "review page", path: (i) => `/officer/assessments/${i.assessmentId}/review`, api: false, expected: officerSurface },
  {
    name: "programme settings (admin)",
    path: (i) => `/admin/programmes/${i.programmeId}`,
    api: false,
    expected: { sme: 403, contributor: 403, otherSme: 403, officer: 403, otherOfficer: 403, admin: "ok" },
  },
  {
    name: "firm data download (Plastik Maju)",
    path: () => `/api/firms/${demo.plastikMaju.id}/export`,
    api: true,
    expected: { sme: "ok", contributor: 403, otherSme: 404, officer: 403, otherOfficer: 403, admin: 403 },
    secrets: [demo.plastikMaju.name, demo.plastikMajuManager.email],
  },
  {
    name: "firm profile form (Plastik Maju)",
    path: () => `/firms/${demo.plastikMaju.id}/profile`,
    api: false,
    expected: { sme: "ok", contributor: 403, otherSme: 404, officer: 403, otherOfficer: 403, admin: 403 },
    secrets: [demo.plastikMaju.name],
  },
  {
    name: "firm team (Plastik Maju)",
    path: () => `/firms/${demo.plastikMaju.id}/team`,
    api: false,
    expected: { sme: "ok", contributor: "ok", otherSme: 404, officer: 403, otherOfficer: 403, admin: 403 },
    secrets: [demo.plastikMaju.name, demo.plastikMajuContributor.email],
  },
  {
    name: "user status (admin)",
    path: () => `/admin/users/${demo.plastikMajuManager.id}/status`,
    api: false,
    expected: { sme: 403, contributor: 403, otherSme: 403, officer: 403, otherOfficer: 403, admin: "ok" },
    secrets: [demo.plastikMajuManager.email],
  },
  {
    name: "SME assessment record",
    path: (i) => `/assessments/${i.assessmentId}`,
    api: false,
    expected: { sme: 404, contributor: 404, otherSme: 404, officer: "ok", otherOfficer: 404, admin: "ok" },
  },
  {
    name: "SME results",
    path: (i) => `/assessments/${i.assessmentId}/results`,
    api: false,
    expected: { sme: 404, contributor: 404, otherSme: 404, officer: "ok", otherOfficer: 404, admin: "ok" },
  },
];

async function contextFor(role: Role, baseURL: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  if (role !== "anonymous") await signInWithApi(context, credentials[role]);
  return context;
}

async function expectOutcome(response: APIResponse, expected: Outcome, what: string): Promise<void> {
  if (expected === "ok") {
    expect(response.status(), what).toBe(200);
    return;
  }
  if (expected === "sign-in") {
    expect([302, 303, 307], what).toContain(response.status());
    expect(response.headers().location ?? "", what).toContain("/sign-in");
    return;
  }
  expect(response.status(), what).toBe(expected);
}

/** Text from the objects that no denied body may contain. */
type Secrets = string[];

async function findObjects(officer: Page): Promise<Ids & { firmName: string }> {
  const programmeId = demo.penangProgramme.id;
  await officer.goto(`/officer/programmes/${programmeId}/queue?status=submitted`);
  const link = officer.getByRole("table").getByRole("link").first();
  const href = (await link.getAttribute("href")) ?? "";
  const assessmentId = /\/officer\/assessments\/([0-9a-f-]{36})\/review/.exec(href)?.[1];
  expect(assessmentId, "a submitted assessment in the Penang queue").toBeTruthy();
  return { programmeId, assessmentId: assessmentId!, firmName: (await link.innerText()).trim() };
}

test.describe("authorization matrix", () => {
  test.slow();

  test("pages and route handlers answer each role as the matrix says, with no data in denied bodies", async ({ asOfficer, baseURL }) => {
    const ids = await findObjects(asOfficer);
    const secrets: Secrets = [ids.firmName, demo.penangProgramme.name, demo.penangProgramme.enrolmentCode];
    for (const role of roles) {
      const context = await contextFor(role, baseURL!);
      for (const probe of probes) {
        const expected: Outcome = role === "anonymous" ? (probe.api ? 401 : "sign-in") : probe.expected[role];
        const response = await context.get(probe.path(ids), { maxRedirects: 0 });
        const what = `${role} → ${probe.name}`;
        await expectOutcome(response, expected, what);
        if (expected !== "ok") {
          const body = await response.text();
          for (const secret of probe.secrets ?? secrets) expect(body, `${what}: body leaks “${secret}”`).not.toContain(secret);
        }
      }
      await context.dispose();
    }
  });

  test("an x-middleware-subrequest header does not get anyone past the guards", async ({ baseURL }) => {
    const context = await contextFor("anonymous", baseURL!);
    const response = await context.get(`/api/v1/programmes/${demo.penangProgramme.id}/cohort`, {
      headers: { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy:middleware:middleware:middleware:middleware:middleware" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(401);
    await context.dispose();
  });

  test("server actions of the review page, replayed by outsiders, are refused and change nothing", async ({ asOfficer, baseURL }) => {
    const ids = await findObjects(asOfficer);
    const reviewPath = `/officer/assessments/${ids.assessmentId}/review`;
    await asOfficer.goto(reviewPath);
    const statusBefore = await reviewStatus(asOfficer);
    const marker = `matrix-probe-${Date.now().toString(36)}`;
    // The approve and return forms are in the page's confirmation step (a dialog with JavaScript):
    // every form of the page with the approve step, and the return form of the return step.
    await asOfficer.goto(`${reviewPath}?confirm=approve`);
    const forms = await serverActionForms(asOfficer, marker);
    await asOfficer.goto(`${reviewPath}?confirm=return`);
    forms.push(...(await serverActionForms(asOfficer, marker)).filter((fields) => fields.some(([name]) => name === "reason")));
    expect(forms.length, "the review page has server-action forms (validate, comment, approve, return)").toBeGreaterThanOrEqual(4);

    for (const role of ["anonymous", "sme", "otherSme", "otherOfficer"] as const) {
      const context = await contextFor(role, baseURL!);
      for (const fields of forms) {
        const multipart = new FormData();
        for (const [name, value] of fields) multipart.append(name, value);
        const response = await context.post(reviewPath, { multipart, headers: { origin: baseURL! }, maxRedirects: 0 });
        const what = `${role} replaying ${fields.find(([n]) => n.startsWith("$ACTION_ID_"))?.[0]}`;
        expect(response.status(), `${what} (location: ${response.headers().location ?? "none"})`).not.toBe(200);
        const body = await response.text();
        expect(body, `${what}: body leaks the firm`).not.toContain(ids.firmName);
      }
      await context.dispose();
    }

    await asOfficer.reload();
    await expect(asOfficer.getByText(marker)).toHaveCount(0);
    expect(await reviewStatus(asOfficer)).toBe(statusBefore);
  });

  test("the admin's programme form, replayed by an officer and an SME manager, changes nothing", async ({ asAdmin, baseURL }) => {
    const path = `/admin/programmes/${demo.penangProgramme.id}`;
    await asAdmin.goto(path);
    const forms = await serverActionForms(asAdmin, "Hijacked programme");
    expect(forms.length).toBeGreaterThanOrEqual(1);
    for (const role of ["officer", "sme"] as const) {
      const context = await contextFor(role, baseURL!);
      for (const fields of forms) {
        const multipart = new FormData();
        for (const [name, value] of fields) multipart.append(name, name === "name" ? "Hijacked programme" : value);
        const response = await context.post(path, { multipart, headers: { origin: baseURL! }, maxRedirects: 0 });
        // Refused one way or another (403, 404, or a redirect that is not the "saved" one); the reload below proves nothing changed.
        const location = response.headers().location ?? "";
        expect(response.status(), `${role} posting the programme form (location: ${location || "none"})`).not.toBe(200);
        expect(location, `${role} posting the programme form`).not.toContain("done=saved");
      }
      await context.dispose();
    }
    await asAdmin.reload();
    await expect(asAdmin.getByLabel("Programme name")).toHaveValue(demo.penangProgramme.name);
  });
});

async function reviewStatus(page: Page): Promise<string> {
  return (await page.getByTestId("review-status").innerText()).trim();
}

/**
 * The fields each no-JavaScript server-action form of the page would post, with every empty text
 * field filled with `marker` and every select set to its last option, as a well-formed attack would.
 */
async function serverActionForms(page: Page, marker: string): Promise<[string, string][][]> {
  const forms: Locator[] = await page.locator("form").all();
  const result: [string, string][][] = [];
  for (const form of forms) {
    const fields = await form.evaluate((element, fill) => {
      const formElement = element as HTMLFormElement;
      for (const control of Array.from(formElement.elements)) {
        if (control instanceof HTMLTextAreaElement && control.value === "") control.value = fill;
        if (control instanceof HTMLInputElement && control.type === "text" && control.value === "") control.value = fill;
        if (control instanceof HTMLSelectElement && control.options.length > 0) control.selectedIndex = control.options.length - 1;
      }
      const pairs: [string, string][] = [];
      new FormData(formElement).forEach((value, name) => {
        if (typeof value === "string") pairs.push([name, value]);
      });
      return pairs;
    }, marker);
    if (fields.some(([name]) => name.startsWith("$ACTION_ID_") || name.startsWith("$ACTION_REF_"))) result.push(fields);
  }
  return result;
}
