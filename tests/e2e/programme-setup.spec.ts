import type { Page } from "@playwright/test";
import { demo } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { signUpSme } from "./support/sign-up";

// Journey: the administrator sets up a programme (mistakes named at their field), a firm joins it
// later from its home page with the code, and a closed programme turns firms away with its date.

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

function errorSummary(page: Page) {
  return page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
}

async function createProgramme(admin: Page, values: { name: string; code: string; opensOn: string; closesOn: string }) {
  await admin.goto("/admin/programmes/new");
  await admin.getByLabel("Programme name").fill(values.name);
  await admin.getByLabel("Enrolment code").fill(values.code);
  await admin.getByLabel("Opens on (optional)").fill(values.opensOn);
  await admin.getByLabel("Closes on (optional)").fill(values.closesOn);
  await admin.getByRole("button", { name: "Create programme" }).click();
}

test("the admin creates a programme and a firm joins it later with the code", async ({ asAdmin: admin, browser, baseURL, signedInPage }) => {
  // Two roles, two forms, a sign-up and four accessibility scans.
  test.slow();
  const suffix = Date.now().toString(36).toUpperCase();
  const name = `Johor Smart Factory ${suffix}`;
  const code = `JOHOR-${suffix}`;

  await admin.goto("/admin/programmes");
  await admin.getByRole("link", { name: "Create a programme" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Create a programme" })).toBeVisible();
  await expectNoAxeViolations(admin, "new programme form");

  // Two mistakes at once: a code with a space, and a closing day before the opening day.
  await admin.getByLabel("Programme name").fill(name);
  await admin.getByLabel("Enrolment code").fill("JOHOR 2027");
  await admin.getByLabel("Opens on (optional)").fill(day(10));
  await admin.getByLabel("Closes on (optional)").fill(day(5));
  await admin.getByLabel("Skills").selectOption("3");
  await admin.getByLabel(new RegExp(demo.penangOfficer.name)).check();
  await admin.getByRole("button", { name: "Create programme" }).click();
  await expect(errorSummary(admin).getByRole("link", { name: "Use 4 to 32 capital letters, digits or dashes." })).toBeVisible();
  await expect(errorSummary(admin).getByRole("link", { name: "The end date must be on or after the start date." })).toBeVisible();
  await expect(admin.getByLabel("Programme name")).toHaveValue(name);
  await expect(admin.getByLabel("Skills")).toHaveValue("3");
  await expect(admin.getByLabel(new RegExp(demo.penangOfficer.name))).toBeChecked();
  await expectNoAxeViolations(admin, "new programme form with errors");

  await admin.getByLabel("Enrolment code").fill(code.toLowerCase());
  await admin.getByLabel("Opens on (optional)").fill(day(-1));
  await admin.getByLabel("Closes on (optional)").fill(day(60));
  await admin.getByRole("button", { name: "Create programme" }).click();
  await expect(admin.getByRole("status")).toContainText(`Programme ${name} was created.`);
  const card = admin.getByRole("region", { name });
  await expect(card.getByText(code, { exact: true })).toBeVisible();
  await expect(card.getByText(demo.penangOfficer.name)).toBeVisible();
  await expect(card.getByText(/^Open until /)).toBeVisible();

  // The admin renames it; the stored settings come back in the edit form.
  await card.getByRole("link", { name: `Edit settings of ${name}` }).click();
  await expect(admin.getByLabel("Skills")).toHaveValue("3");
  await admin.getByLabel("Programme name").fill(`${name} (extended)`);
  await admin.getByRole("button", { name: "Save programme" }).click();
  await expect(admin.getByRole("status")).toContainText("Programme settings were saved.");
  await expect(admin.getByRole("heading", { level: 2, name: `${name} (extended)` })).toBeVisible();

  // A firm that signed up without a code joins from its home page.
  const signUpPage = await browser.newPage({ baseURL });
  const sme = await signUpSme(signUpPage, "join-later");
  await signUpPage.close();
  const manager = await signedInPage(sme);
  await manager.goto("/dashboard");
  const joinForm = manager.getByRole("form", { name: "Join a programme" });
  await joinForm.getByLabel("Enrolment code").fill("NO-SUCH-CODE");
  await joinForm.getByRole("button", { name: "Join programme" }).click();
  // Named at the field and in the form's summary.
  await expect(joinForm.getByRole("link", { name: "Enrolment code: No programme has this enrolment code. Check it with your programme officer." })).toBeVisible();
  await joinForm.getByLabel("Enrolment code").fill(code.toLowerCase());
  await joinForm.getByRole("button", { name: "Join programme" }).click();
  await expect(manager.getByRole("status")).toContainText(`${sme.firmName} joined ${name} (extended).`);
  await manager.reload();
  await expect(manager.getByText(`${name} (extended)`).first()).toBeVisible();
  await expectNoAxeViolations(manager, "dashboard with the join form");
});

test("a closed programme turns firms away at sign-up and on the home page, naming the closing day", async ({ asAdmin: admin, browser, baseURL, signedInPage }) => {
  const suffix = Date.now().toString(36).toUpperCase();
  const code = `CLOSED-${suffix}`;
  await createProgramme(admin, { name: `Closed pilot ${suffix}`, code, opensOn: day(-90), closesOn: day(-30) });
  await expect(admin.getByRole("status")).toContainText("was created");
  await expect(admin.getByRole("region", { name: `Closed pilot ${suffix}` }).getByText(/^Closed on /)).toBeVisible();

  const page = await browser.newPage({ baseURL });
  await page.goto("/sign-up");
  const sme = await signUpSme(page, "closed-programme");
  await page.close();
  const manager = await signedInPage(sme);
  await manager.goto("/dashboard");
  const joinForm = manager.getByRole("form", { name: "Join a programme" });
  await joinForm.getByLabel("Enrolment code").fill(code);
  await joinForm.getByRole("button", { name: "Join programme" }).click();
  await expect(joinForm.getByRole("link", { name: /^Enrolment code: This programme closed for enrolment on / })).toBeVisible();
  await expect(manager.getByText("Not enrolled in a programme")).toBeVisible();
});
