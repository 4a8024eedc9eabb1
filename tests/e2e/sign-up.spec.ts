import { demo } from "./support/accounts";
import { postCredentials, signInSucceeded } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { fillSignUpForm, newSmeInput, type SignUpInput } from "./support/sign-up";

// Journey: an SME manager creates an account for their firm and is signed in at once, on the
// dashboard with the firm (and the programme its enrolment code joined), with or without
// JavaScript: no second entry of the password just chosen. Bad input is named next to each field
// and in a summary, and creates nothing.

for (const javaScript of [true, false]) {
  test(`a new SME manager signs up with an enrolment code typed loosely and lands signed in on the dashboard (JavaScript ${javaScript ? "on" : "off"})`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "en-GB", javaScriptEnabled: javaScript });
    const page = await context.newPage();
    // Case, spaces and hyphens do not count: this is PENANG-2026.
    const input = newSmeInput("signup", { enrolmentCode: javaScript ? "penang 2026" : " Penang2026 " });

    await page.goto("/sign-up");
    await expect(page.getByRole("heading", { level: 1, name: "Create an account for your firm" })).toBeVisible();
    // Inviting colleagues does not exist, so the page does not promise it.
    await expect(page.getByText("You will be the SME manager for your firm.", { exact: true })).toBeVisible();
    if (javaScript) await expectNoAxeViolations(page, "sign-up page");
    await fillSignUpForm(page, input);

    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByTestId("signed-in-user")).toContainText(input.name);
    await expect(page.getByRole("heading", { level: 1, name: "My assessments" })).toBeVisible();
    const firm = page.getByRole("region", { name: input.firmName });
    await expect(firm).toContainText("Malaysia");
    await expect(firm).toContainText("Rubber and plastics products");
    await expect(firm).toContainText(demo.penangProgramme.name);
    // The cohort's other firms are not this manager's business.
    await expect(page.getByText(demo.plastikMaju.name)).toHaveCount(0);
    await expect(page.getByText(demo.precisionParts.name)).toHaveCount(0);
    if (javaScript) await expectNoAxeViolations(page, "dashboard");
    // A real session: next-auth's own session endpoint sees it too.
    expect(((await (await context.request.get("/api/auth/session")).json()) as { user?: { name?: string } }).user?.name).toBe(input.name);
    await context.close();
  });
}

test("a firm without an enrolment code is shown as not enrolled in a programme", async ({ page }) => {
  const input = newSmeInput("signup-nocode");
  await page.goto("/sign-up");
  await fillSignUpForm(page, input);
  await expect(page).toHaveURL(/\/dashboard$/);
  const firm = page.getByRole("region", { name: input.firmName });
  await expect(firm).toContainText("Not enrolled in a programme");
});

type BadInputCase = { title: string; change: Partial<SignUpInput>; field: string; label: RegExp; message: string; accountMayExist?: boolean };

const badInputCases: BadInputCase[] = [
  { title: "a password shorter than 12 characters", change: { password: "Short-pw-1" }, field: "password", label: /^Password$/, message: "Use at least 12 characters." },
  {
    title: "a common password",
    change: { password: "password1234" },
    field: "password",
    label: /^Password$/,
    message: "This password is too common and easy to guess. Choose a less predictable one.",
  },
  { title: "an invalid email address", change: { email: "not-an-email" }, field: "email", label: /^Work email address$/, message: "Enter an email address like name@example.com." },
  { title: "a missing firm name", change: { firmName: "   " }, field: "firmName", label: /^Firm name$/, message: "Enter your firm's name." },
  {
    title: "an unknown enrolment code",
    change: { enrolmentCode: "NO-SUCH-CODE" },
    field: "enrolmentCode",
    label: /^Programme enrolment code/,
    message: "No programme has this enrolment code. Check it with your programme officer.",
  },
  {
    title: "an email address that already has an account",
    change: { email: demo.plastikMajuManager.email },
    field: "email",
    label: /^Work email address$/,
    message: "An account with this email address already exists. Sign in instead.",
    accountMayExist: true,
  },
];

// Every case runs with JavaScript (react-hook-form checks in the browser, or the action refuses
// without a reload) and without it (the plain form post): the result must read the same.
for (const javaScript of [true, false]) {
  for (const badCase of badInputCases) {
    test(`sign-up with ${badCase.title} (JavaScript ${javaScript ? "on" : "off"}) shows the error in the summary and at the field, keeps what was typed, and creates nothing`, async ({ browser, baseURL, request }) => {
      const context = await browser.newContext({ baseURL, locale: "en-GB", javaScriptEnabled: javaScript });
      const page = await context.newPage();
      const input = newSmeInput("signup-bad", { country: "TH", sector: "25", ...badCase.change });
      await page.goto("/sign-up");
      await fillSignUpForm(page, input);

      const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
      await expect(summary).toBeVisible();
      const link = summary.getByRole("link", { name: badCase.message });
      await expect(link).toHaveAttribute("href", `#${badCase.field}`);
      // The summary names the field, not only the rule.
      await expect(link).toContainText(badCase.label.source.replace(/[\^$]/g, ""));
      await expect(summary.getByRole("link")).toHaveCount(1);

      const field = page.getByLabel(badCase.label);
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expect(field).toHaveAccessibleDescription(new RegExp(escapeRegExp(badCase.message)));
      await expect(page).toHaveURL(/\/sign-up$/);
      // What was typed stays, selects included, so the person only fixes the one field. The server
      // never sends a password back: without JavaScript it is empty; with it, it never left the page.
      await expect(page.getByLabel("Your full name")).toHaveValue(input.name);
      await expect(page.getByLabel("Country")).toHaveValue("TH");
      await expect(page.getByLabel("Main activity")).toHaveValue("25");
      await expect(page.getByLabel("Number of employees")).toHaveValue(input.employees);
      await expect(page.getByLabel("Programme enrolment code")).toHaveValue(input.enrolmentCode);
      await expect(page.getByLabel("Password", { exact: true })).toHaveValue(javaScript ? input.password : "");
      // axe runs in the page, so it needs JavaScript; the markup is the same server HTML either way.
      if (javaScript) await expectNoAxeViolations(page, `sign-up page with ${badCase.title}`);

      // The summary's link moves focus to the field (without JavaScript the link's href, checked
      // above, is all there is to it).
      if (javaScript) {
        await link.click();
        await expect(field).toBeFocused();
      }

      if (!badCase.accountMayExist && input.email.includes("@")) {
        const signIn = await postCredentials(request, input);
        expect(await signInSucceeded(signIn), `no account was created for ${input.email}`).toBe(false);
      }
      await context.close();
    });
  }
}

test("with JavaScript, a field is checked as the person leaves it, before anything is posted", async ({ page }) => {
  await page.goto("/sign-up");
  const employees = page.getByLabel("Number of employees");
  await employees.fill("4.5");
  await page.getByLabel("Programme enrolment code").focus();
  await expect(employees).toHaveAttribute("aria-invalid", "true");
  await expect(employees).toHaveAccessibleDescription(/whole number/i);
  await employees.fill("45");
  await expect(employees).not.toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, "sign-up page with a field checked on leaving");
});

// Regression: the check on leaving a field drew its error above the button while the button was
// pressed, the button moved down, and the click was lost: the first click only showed the error.
test("with JavaScript, typing a wrong value and clicking the button at once shows every error in one click", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Your full name").fill("Nur Aisyah");
  await page.getByLabel("Number of employees").fill("4.5");
  await page.getByRole("button", { name: "Create account", exact: true }).click();
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await expect(summary).toBeVisible();
  await expect(summary.locator('a[href="#employees"]')).toHaveCount(1);
  await expect(summary.locator('a[href="#email"]')).toHaveCount(1);
});

// Regression: the password policy used to run in the schema's object-level superRefine, which zod
// skips while other fields fail, so an empty form listed six problems but not the password, and
// the person heard about it only after fixing everything else.
test("submitting an empty sign-up form lists every missing answer, the password included", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByRole("button", { name: "Create account", exact: true }).click();

  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await expect(summary).toBeVisible();
  for (const field of ["name", "email", "password", "firmName", "country", "sector", "employees"]) {
    await expect(summary.locator(`a[href="#${field}"]`), `summary links to #${field}`).toHaveCount(1);
    await expect(page.locator(`#${field}`)).toHaveAttribute("aria-invalid", "true");
  }
  await expectNoAxeViolations(page, "empty sign-up form with errors");
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
