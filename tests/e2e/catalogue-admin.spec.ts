import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { demo } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

// Journey: the catalogue is curated in the app. An admin adds an instrument (mistakes named at
// their fields, nothing saved), edits its title and how to apply (an http: link refused) and sees
// them in the list and in the public API,
// then retires it and the API no longer lists it. An officer adds an instrument for their
// programme's country but cannot edit a case study; an SME manager cannot reach any of it.
// Each test works on an item it creates (and retires at the end), so runs in parallel with the
// results journeys never change what they recommend.

const words = (count: number, word: string) => Array.from({ length: count }, (_, index) => `${word}${index % 7 === 6 ? "." : ""}`).join(" ");
const summaryEn = `This grant pays half the cost of a first sensor and analytics project on the shop floor. ${words(80, "Firms")}`;
const summaryMs = `Geran ini membayar separuh kos projek penderia dan analitik pertama di lantai kilang. ${words(80, "Syarikat")}`;

function errorSummary(page: Page) {
  return page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
}

type NewInstrument = { id?: string; name: string; title: string; country?: string; programme?: string };

/** Fills every field a policy instrument needs (the id and country only when the form asks for them). */
async function fillInstrument(page: Page, item: NewInstrument): Promise<void> {
  if (item.id !== undefined) await page.getByLabel("Id", { exact: true }).fill(item.id);
  if (item.country !== undefined) await page.getByLabel("Country", { exact: true }).selectOption({ label: item.country });
  await page.getByLabel("Short name (English)").fill(item.name);
  await page.getByLabel("Short name (Malay)").fill(`${item.name} (BM)`);
  await page.getByLabel("Title (English)").fill(item.title);
  await page.getByLabel("Title (Malay)").fill(`${item.title} (BM)`);
  await page.getByLabel("What it did or does (English)").fill("pays half the cost of a first sensor and analytics project");
  await page.getByLabel("What it did or does (Malay)").fill("membayar separuh kos projek penderia dan analitik pertama");
  await page.getByLabel("Summary (English)").fill(summaryEn);
  await page.getByLabel("Summary (Malay)").fill(summaryMs);
  await page.getByLabel("Year", { exact: true }).fill("2026");
  await page.getByRole("group", { name: "Firm sizes it suits" }).getByLabel("small (5–74 employees)").check();
  await page.getByRole("group", { name: "Readiness dimensions it helps to improve" }).getByLabel("Connectivity").check();
  await page.getByRole("group", { name: "Impacts" }).getByLabel("Efficiency", { exact: true }).check();
  await page.getByRole("group", { name: "Forms of support" }).getByLabel("Funding").check();
  await page.getByLabel("Lessons and challenges (English)").fill("Small grants with quick decisions reach firms that never applied before.");
  await page.getByLabel("Lessons and challenges (Malay)").fill("Geran kecil dengan keputusan pantas sampai kepada syarikat yang tidak pernah memohon.");
  await page.getByLabel("Citation").fill("Agency brochure, 2026");
}

type ApiItem = { id: string; title: { en: string }; howToApply?: unknown };

async function catalogueApi(page: Page, query: string): Promise<{ total: number; items: ApiItem[] }> {
  const response = await page.request.get(`/api/v1/catalogue?${query}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as { total: number; items: ApiItem[] };
}

test("an admin adds an instrument, edits its title (list and API follow) and retires it (the API drops it)", async ({ asAdmin: admin }) => {
  // Seven pages, a long form filled twice and five accessibility scans: longer than the default budget on a busy machine.
  test.slow();
  const id = `e2e-thai-grant-${randomUUID().slice(0, 8)}`;
  const name = `E2E Thai grant ${id.slice(-8)}`;

  await admin.goto("/admin");
  await admin.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Catalogue", exact: true }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Catalogue" })).toBeVisible();
  await expect(admin.getByRole("row").filter({ hasText: "zc-rubber" })).toContainText("Case study");
  await expectNoAxeViolations(admin, "admin catalogue list");

  // Filters narrow the list.
  await admin.getByLabel("Kind").selectOption({ label: "Case study" });
  await admin.getByRole("button", { name: "Apply filters" }).click();
  await expect(admin.getByText("10 items match.")).toBeVisible();
  await admin.getByRole("link", { name: "Clear filters" }).click();

  await admin.getByRole("link", { name: "Add an item" }).click();
  await admin.getByLabel("Policy instrument").check();
  await admin.getByRole("button", { name: "Continue" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Add a catalogue item: Policy instrument" })).toBeVisible();
  await expectNoAxeViolations(admin, "new catalogue item form");

  // A first try with a short summary and no id: every problem is named, nothing is saved.
  await admin.getByLabel("Short name (English)").fill(name);
  await admin.getByLabel("Summary (English)").fill("Too short to say anything useful.");
  await admin.getByRole("button", { name: "Add to the catalogue" }).click();
  const summaryError = errorSummary(admin).getByRole("link", { name: "Summary (English): Write at least 80 words; this one has 6." });
  await expect(summaryError).toHaveAttribute("href", "#summary-en");
  await expect(errorSummary(admin).getByRole("link", { name: /^Id: Use lower-case letters, digits and single hyphens/ })).toHaveAttribute("href", "#id");
  await expect(admin.getByLabel("Summary (English)")).toHaveAttribute("aria-invalid", "true");
  await expect(admin.getByLabel("Summary (English)")).toHaveAccessibleDescription(/Write at least 80 words; this one has 6\./);
  await expect(admin.getByLabel("Short name (English)")).toHaveValue(name);
  await expectNoAxeViolations(admin, "new catalogue item form with errors");
  expect((await catalogueApi(admin, `q=${id}&status=all`)).total).toBe(0);

  await fillInstrument(admin, { id, name, title: `${name}: first sensors paid by half`, country: "Thailand" });
  await admin.getByRole("group", { name: "Countries whose firms may apply" }).getByLabel("Thailand").check();
  await admin.getByRole("button", { name: "Add to the catalogue" }).click();
  await expect(admin).toHaveURL(/\/admin\/catalogue\?done=created/);
  await expect(admin.getByRole("status")).toHaveText(`${name} was added to the catalogue.`);

  // Edit the title.
  const row = admin.getByRole("row").filter({ hasText: id });
  await row.getByRole("link", { name: `Edit ${name}` }).click();
  await expect(admin.getByRole("heading", { level: 1, name: `Edit ${name}` })).toBeVisible();
  await expectNoAxeViolations(admin, "edit catalogue item form");
  const newTitle = `${name}: sensors for half the price`;
  await admin.getByLabel("Title (English)").fill(newTitle);
  // How to apply: an http: link is refused at its field; with an https: one the item is saved.
  await admin.getByLabel("Who may apply (English)").fill("Thai manufacturers with 5 to 200 employees.");
  await admin.getByLabel("Who may apply (Malay)").fill("Pengilang Thailand dengan 5 hingga 200 pekerja.");
  await admin.getByLabel("Steps to apply (English)").fill("Read the call.\nApply online.");
  await admin.getByLabel("Steps to apply (Malay)").fill("Baca panggilan.\nMohon dalam talian.");
  await admin.getByLabel("Website (optional)").fill("http://grants.example.go.th/");
  await admin.getByRole("button", { name: "Save changes" }).click();
  await expect(errorSummary(admin).getByRole("link", { name: /^Website \(optional\): Enter a full web address starting with https:\/\// })).toHaveAttribute("href", "#howToApply-website");
  await admin.getByLabel("Website (optional)").fill("https://grants.example.go.th/apply");
  await admin.getByRole("button", { name: "Save changes" }).click();
  await expect(admin.getByRole("status")).toHaveText(`${name} was saved.`);
  await expect(admin.getByRole("row").filter({ hasText: id }).getByRole("rowheader")).toContainText(newTitle);
  const saved = await catalogueApi(admin, `q=${id}`);
  expect(saved.items.map((item) => [item.id, item.title.en, item.howToApply])).toEqual([
    [
      id,
      newTitle,
      {
        website: "https://grants.example.go.th/apply",
        whoMayApply: { en: "Thai manufacturers with 5 to 200 employees.", ms: "Pengilang Thailand dengan 5 hingga 200 pekerja." },
        steps: [
          { en: "Read the call.", ms: "Baca panggilan." },
          { en: "Apply online.", ms: "Mohon dalam talian." },
        ],
      },
    ],
  ]);

  // Retire: gone from the API's default (active) list, still in the admin list.
  await admin.getByRole("row").filter({ hasText: id }).getByRole("button", { name: `Retire ${name}` }).click();
  await expect(admin.getByRole("status")).toHaveText(`${name} was retired: it is no longer recommended.`);
  await expect(admin.getByRole("row").filter({ hasText: id })).toContainText("Retired");
  expect((await catalogueApi(admin, `q=${id}`)).total).toBe(0);
  expect((await catalogueApi(admin, `q=${id}&status=retired`)).items.map((item) => item.id)).toEqual([id]);
  await expectNoAxeViolations(admin, "admin catalogue list after retiring");
});

test("an officer adds an instrument for Malaysia but cannot edit a case study or use the admin pages", async ({ asOfficer: officer }) => {
  test.slow();
  const name = `E2E Penang grant ${randomUUID().slice(0, 8)}`;
  const id = name.toLowerCase().replace(/\s+/g, "-");

  await officer.goto("/officer");
  await officer.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Catalogue", exact: true }).click();
  await expect(officer.getByRole("heading", { level: 1, name: "Catalogue" })).toBeVisible();
  // Case studies and generic types are read only for officers; Malaysian instruments are theirs.
  await expect(officer.getByRole("row").filter({ hasText: "zc-rubber" })).toContainText("Read only");
  await expect(officer.getByRole("row").filter({ hasText: "zc-rubber" }).getByRole("link")).toHaveCount(0);
  await expect(officer.getByRole("row").filter({ hasText: "industry4wrd-first-enablers" }).getByRole("link", { name: /^Edit / })).toBeVisible();
  await expectNoAxeViolations(officer, "officer catalogue list");

  await officer.getByRole("link", { name: "Add an instrument" }).click();
  await expect(officer.getByRole("heading", { level: 1, name: "Add a policy instrument" })).toBeVisible();
  await expect(officer.getByLabel("Programme", { exact: true })).toHaveValue(demo.penangProgramme.id);
  await expectNoAxeViolations(officer, "officer new instrument form");
  await fillInstrument(officer, { id, name, title: `${name}: first sensors paid by half` });
  await officer.getByRole("group", { name: "Countries whose firms may apply" }).getByLabel("Malaysia").check();
  await officer.getByRole("button", { name: "Add to the catalogue" }).click();
  await expect(officer).toHaveURL(/\/officer\/catalogue\?done=created/);
  await expect(officer.getByRole("status")).toHaveText(`${name} was added to the catalogue.`);
  const row = officer.getByRole("row").filter({ hasText: id });
  await expect(row).toContainText("Malaysia");
  expect((await catalogueApi(officer, `q=${id}`)).items.map((item) => item.id)).toEqual([id]);

  // A case study is not theirs to edit, whatever the URL; nor are the admin's pages.
  for (const path of ["/officer/catalogue/zc-rubber", "/officer/catalogue/technology-vouchers", "/admin/catalogue", "/admin/catalogue/new", `/admin/catalogue/${id}`]) {
    const response = await officer.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(officer.getByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeVisible();
  }

  // Their own instrument they may retire (which also keeps it out of other journeys' recommendations).
  await officer.goto("/officer/catalogue");
  await officer.getByRole("row").filter({ hasText: id }).getByRole("button", { name: `Retire ${name}` }).click();
  await expect(officer.getByRole("status")).toHaveText(`${name} was retired: it is no longer recommended.`);
});

test("an SME manager gets the 403 page on every catalogue page", async ({ asSme: page }) => {
  for (const path of ["/admin/catalogue", "/admin/catalogue/new?kind=case-study", "/admin/catalogue/zc-rubber", "/officer/catalogue", "/officer/catalogue/new", "/officer/catalogue/industry4wrd-first-enablers"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Catalogue" })).toHaveCount(0);
  }
  await expectNoAxeViolations(page, "403 page for the catalogue");
});
