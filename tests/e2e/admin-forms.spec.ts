import { randomUUID } from "node:crypto";
import type { Browser, Locator, Page } from "@playwright/test";
import { demo, demoCredentials, strongPassword, uniqueEmail } from "./support/accounts";
import { signInWithApi } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { signUpSme } from "./support/sign-up";

// Journey: the admin's forms on the form kit, each with JavaScript on (react-hook-form checks in
// the browser) and off (the plain form post): a mistake is named at its field and in the summary
// (field, and language for the catalogue's bilingual texts, then the rule), everything else typed
// stays (selects, checkboxes and text), and fixing the mistake saves.

async function adminPage(browser: Browser, baseURL: string | undefined, javaScript: boolean): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "en-GB", javaScriptEnabled: javaScript });
  await signInWithApi(context.request, demoCredentials(demo.admin));
  return context.newPage();
}

function errorSummary(page: Page): Locator {
  return page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
}

/** The summary's one link for a field: it names the field, then the rule, and leads to the field. */
async function expectRefusedAt(page: Page, field: Locator, id: string, label: string, message: string): Promise<void> {
  const link = errorSummary(page).getByRole("link", { name: `${label}: ${message}`, exact: true });
  await expect(link).toHaveAttribute("href", `#${id}`);
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
}

for (const javaScript of [true, false]) {
  const mode = `JavaScript ${javaScript ? "on" : "off"}`;
  // Several page loads and accessibility scans each: longer than the default budget on a busy machine.
  test.beforeEach(() => test.slow());

  test(`new officer (${mode}): a bad email is named at its field, the name stays, fixing it creates the officer`, async ({ browser, baseURL }) => {
    const admin = await adminPage(browser, baseURL, javaScript);
    const officer = { name: `E2E Officer ${randomUUID().slice(0, 8)}`, email: uniqueEmail("officer-form"), password: strongPassword() };
    await admin.goto("/admin/users/new");
    if (javaScript) await expectNoAxeViolations(admin, "new officer form");
    await admin.getByLabel("Name", { exact: true }).fill(officer.name);
    await admin.getByLabel("Email", { exact: true }).fill("not-an-email");
    await admin.getByLabel("Initial password").fill(officer.password);
    await admin.getByRole("button", { name: "Create officer" }).click();

    await expectRefusedAt(admin, admin.getByLabel("Email", { exact: true }), "email", "Email", "Enter an email address like name@example.com.");
    await expect(errorSummary(admin).getByRole("link")).toHaveCount(1);
    await expect(admin.getByLabel("Name", { exact: true })).toHaveValue(officer.name);
    await expect(admin.getByLabel("Email", { exact: true })).toHaveValue("not-an-email");
    // A password never comes back from the server; with JavaScript it never left the page.
    await expect(admin.getByLabel("Initial password")).toHaveValue(javaScript ? officer.password : "");
    if (javaScript) await expectNoAxeViolations(admin, "new officer form with an error");

    await admin.getByLabel("Email", { exact: true }).fill(officer.email);
    if (!javaScript) await admin.getByLabel("Initial password").fill(officer.password);
    await admin.getByRole("button", { name: "Create officer" }).click();
    await expect(admin).toHaveURL(/\/admin\/users\?created=/);
    await expect(admin.getByRole("status")).toHaveText(`Officer ${officer.name} was created.`);
    if (javaScript) await expectNoAxeViolations(admin, "users page after creating an officer");
    await admin.context().close();
  });

  test(`programme form (${mode}): a bad code is named at its field, every other choice stays, fixing it creates the programme`, async ({ browser, baseURL }) => {
    const admin = await adminPage(browser, baseURL, javaScript);
    const suffix = randomUUID().slice(0, 8).toUpperCase();
    const name = `Kedah Smart Factory ${suffix}`;
    await admin.goto("/admin/programmes/new");
    if (javaScript) await expectNoAxeViolations(admin, "new programme form");
    await admin.getByLabel("Programme name").fill(name);
    await admin.getByLabel("Country").selectOption("TH");
    await admin.getByLabel("Enrolment code").fill(`KEDAH ${suffix}`);
    await admin.getByLabel("Opens on (optional)").fill("2027-01-04");
    await admin.getByLabel("Closes on (optional)").fill("2027-06-30");
    await admin.getByLabel("Skills").selectOption("3");
    await admin.getByLabel("Automation").selectOption("4");
    await admin.getByLabel(new RegExp(demo.penangOfficer.name)).check();
    await admin.getByRole("button", { name: "Create programme" }).click();

    const code = admin.getByLabel("Enrolment code");
    await expectRefusedAt(admin, code, "enrolmentCode", "Enrolment code", "Use 4 to 32 capital letters, digits or dashes.");
    await expect(errorSummary(admin).getByRole("link")).toHaveCount(1);
    await expect(admin.getByLabel("Programme name")).toHaveValue(name);
    await expect(admin.getByLabel("Country")).toHaveValue("TH");
    await expect(code).toHaveValue(`KEDAH ${suffix}`);
    await expect(admin.getByLabel("Opens on (optional)")).toHaveValue("2027-01-04");
    await expect(admin.getByLabel("Closes on (optional)")).toHaveValue("2027-06-30");
    await expect(admin.getByLabel("Skills")).toHaveValue("3");
    await expect(admin.getByLabel("Automation")).toHaveValue("4");
    await expect(admin.getByLabel(new RegExp(demo.penangOfficer.name))).toBeChecked();
    if (javaScript) await expectNoAxeViolations(admin, "new programme form with an error");

    await code.fill(`KEDAH-${suffix}`);
    // The demo officer stays out of the new programme: other journeys count the programmes they
    // follow (the officer's catalogue form preselects their only one).
    await admin.getByLabel(new RegExp(demo.penangOfficer.name)).uncheck();
    await admin.getByRole("button", { name: "Create programme" }).click();
    await expect(admin.getByRole("status")).toContainText(`Programme ${name} was created.`);
    const card = admin.getByRole("region", { name });
    await expect(card.getByText(`KEDAH-${suffix}`, { exact: true })).toBeVisible();
    await expect(card.getByText("No officer assigned")).toBeVisible();
    if (javaScript) await expectNoAxeViolations(admin, "programmes page after creating one");
    await admin.context().close();
  });

  test(`account status (${mode}): the admin deactivates and reactivates an account from its confirmation page`, async ({ browser, baseURL, page }) => {
    const account = await signUpSme(page, `status-${javaScript ? "js" : "nojs"}`);
    const admin = await adminPage(browser, baseURL, javaScript);
    await admin.goto("/admin/users");
    const row = admin.getByRole("row").filter({ hasText: account.email });
    await row.getByRole("link", { name: `Deactivate ${account.name}` }).click();
    await expect(admin.getByRole("heading", { level: 1, name: `Deactivate ${account.name}?` })).toBeVisible();
    if (javaScript) await expectNoAxeViolations(admin, "deactivation confirmation");
    await admin.getByRole("button", { name: "Deactivate the account" }).click();
    await expect(admin).toHaveURL(/\/admin\/users\?statusChanged=/);
    await expect(admin.getByRole("status")).toHaveText(`${account.name}'s account was deactivated and all of its sessions ended.`);
    await expect(row).toContainText("Deactivated");
    if (javaScript) await expectNoAxeViolations(admin, "users page after a deactivation");

    await row.getByRole("link", { name: `Reactivate ${account.name}` }).click();
    await admin.getByRole("button", { name: "Reactivate the account" }).click();
    await expect(admin.getByRole("status")).toHaveText(`${account.name}'s account was reactivated. They can sign in again.`);
    await expect(row).toContainText("Active");
    await admin.context().close();
  });

  test(`catalogue editor (${mode}): every problem at once, each naming its field and language; every typed value stays; fixing them saves`, async ({ browser, baseURL }) => {
    // The longest form of the app, submitted three times, and four accessibility scans of it.
    test.setTimeout(360_000);
    const admin = await adminPage(browser, baseURL, javaScript);
    const id = `e2e-form-grant-${randomUUID().slice(0, 8)}`;
    const name = `E2E form grant ${id.slice(-8)}`;
    const words = (count: number, word: string) => Array.from({ length: count }, () => word).join(" ");
    await admin.goto("/admin/catalogue/new?kind=policy-instrument");
    await expect(admin.getByRole("heading", { level: 1, name: "Add a catalogue item: Policy instrument" })).toBeVisible();
    if (javaScript) await expectNoAxeViolations(admin, "new catalogue item form");

    // Everything filled in, except: no country chosen, and both summaries too short.
    await admin.getByLabel("Id", { exact: true }).fill(id);
    await admin.getByLabel("Short name (English)").fill(name);
    await admin.getByLabel("Short name (Malay)").fill(`${name} (BM)`);
    await admin.getByLabel("Title (English)").fill(`${name}: sensors paid by half`);
    await admin.getByLabel("Title (Malay)").fill(`${name}: penderia dibayar separuh`);
    await admin.getByLabel("What it did or does (English)").fill("pays half the cost of a first sensor project");
    await admin.getByLabel("What it did or does (Malay)").fill("membayar separuh kos projek penderia pertama");
    await admin.getByLabel("Summary (English)").fill("Too short to say anything.");
    await admin.getByLabel("Summary (Malay)").fill("Terlalu pendek.");
    await admin.getByLabel("Year", { exact: true }).fill("2026");
    await admin.getByRole("group", { name: "Firm sizes it suits" }).getByLabel("small (5–74 employees)").check();
    await admin.getByRole("group", { name: "Readiness dimensions it helps to improve" }).getByLabel("Connectivity").check();
    await admin.getByRole("group", { name: "Impacts" }).getByLabel("Efficiency", { exact: true }).check();
    await admin.getByRole("group", { name: "Forms of support" }).getByLabel("Funding").check();
    await admin.getByRole("group", { name: "Forms of support" }).getByLabel("Training").check();
    await admin.getByLabel("Main form of support").selectOption({ label: "Training" });
    await admin.getByRole("group", { name: "Countries whose firms may apply" }).getByLabel("Thailand").check();
    await admin.getByLabel("Lessons and challenges (English)").fill("Small grants reach firms that never applied before.");
    await admin.getByLabel("Lessons and challenges (Malay)").fill("Geran kecil sampai kepada syarikat yang tidak pernah memohon.");
    await admin.getByLabel("Citation").fill("Agency brochure, 2026");
    await admin.getByRole("button", { name: "Add to the catalogue" }).click();

    // All three problems at the first try, each once, each naming its field (and language).
    await expectRefusedAt(admin, admin.getByLabel("Summary (English)"), "summary-en", "Summary (English)", "Write at least 80 words; this one has 5.");
    await expectRefusedAt(admin, admin.getByLabel("Summary (Malay)"), "summary-ms", "Summary (Malay)", "Write at least 80 words; this one has 2.");
    await expectRefusedAt(admin, admin.getByLabel("Country", { exact: true }), "country", "Country", "Choose one of the options.");
    await expect(errorSummary(admin).getByRole("link")).toHaveCount(3);
    // Everything else is as typed: text, selects, checkboxes.
    await expect(admin.getByLabel("Id", { exact: true })).toHaveValue(id);
    await expect(admin.getByLabel("Short name (Malay)")).toHaveValue(`${name} (BM)`);
    await expect(admin.getByLabel("Summary (Malay)")).toHaveValue("Terlalu pendek.");
    await expect(admin.getByLabel("Year", { exact: true })).toHaveValue("2026");
    await expect(admin.getByLabel("Main form of support")).toHaveValue("training");
    await expect(admin.getByRole("group", { name: "Forms of support" }).getByLabel("Funding")).toBeChecked();
    await expect(admin.getByRole("group", { name: "Countries whose firms may apply" }).getByLabel("Thailand")).toBeChecked();
    await expect(admin.getByRole("group", { name: "Firm sizes it suits" }).getByLabel("small (5–74 employees)")).toBeChecked();
    await expect(admin.getByLabel("Citation")).toHaveValue("Agency brochure, 2026");
    if (javaScript) await expectNoAxeViolations(admin, "new catalogue item form with errors");

    // Fixing the country keeps the summaries' errors; the country choice then stays too.
    await admin.getByLabel("Country", { exact: true }).selectOption({ label: "Thailand" });
    await admin.getByRole("button", { name: "Add to the catalogue" }).click();
    await expect(errorSummary(admin).getByRole("link")).toHaveCount(2);
    await expect(admin.getByLabel("Country", { exact: true })).toHaveValue("TH");
    await expect(admin.getByLabel("Main form of support")).toHaveValue("training");

    await admin.getByLabel("Summary (English)").fill(`A grant that pays half the cost of a first sensor project. ${words(80, "Firms")}`);
    await admin.getByLabel("Summary (Malay)").fill(`Geran yang membayar separuh kos projek penderia pertama. ${words(80, "Syarikat")}`);
    await admin.getByRole("button", { name: "Add to the catalogue" }).click();
    await expect(admin).toHaveURL(/\/admin\/catalogue\?done=created/);
    await expect(admin.getByRole("status")).toHaveText(`${name} was added to the catalogue.`);
    if (javaScript) await expectNoAxeViolations(admin, "catalogue list after adding an item");

    // The saved item comes back in the editor as typed: the country and the main form of support included.
    const row = admin.getByRole("row").filter({ hasText: id });
    await row.getByRole("link", { name: `Edit ${name}` }).click();
    await expect(admin.getByLabel("Country", { exact: true })).toHaveValue("TH");
    await expect(admin.getByLabel("Main form of support")).toHaveValue("training");
    // Keep other journeys' recommendations as they were.
    await admin.getByRole("button", { name: "Retire" }).click();
    await expect(admin.getByRole("status")).toHaveText(`${name} was retired: it is no longer recommended.`);
    await admin.context().close();
  });
}
