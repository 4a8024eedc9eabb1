import type { Locator, Page } from "@playwright/test";
import { extractPdfText } from "../integration/report/pdf-text";
import { demo } from "./support/accounts";
import { findDimension, submitCompleteAssessment, type Indicator } from "./support/assessment";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

// Journey (issue 17): the officer approved with adjusted levels and the notice said "Your
// validated results are ready", but the firm's results page and dashboard showed only its own
// figures, with no justification, and the PDF printed "Validated by a programme officer" above the
// self-assessed index. Now, after approval, the results page, the dashboard and the PDF lead with
// the validated index, show the self-assessed one beside it, and give each adjusted level's reason;
// the focus areas say they use the validated levels. The demo's Plastik Maju reads 35.0 validated
// beside 41.7 self-assessed.

const skills = findDimension("skills");
const [firstSkill, secondSkill] = skills.indicators as [Indicator, Indicator, ...Indicator[]];
// levelsPatch rates the skills questions 2, 1, 0 (see levelFor); the officer lowers the first two.
const adjustments = [
  { indicator: firstSkill, level: 0, justification: "No training records were shown for the machine operators." },
  { indicator: secondSkill, level: 0, justification: "The training plan is a draft nobody has signed off." },
];

const indicatorBlock = (page: Page, indicator: Indicator): Locator =>
  page.locator(".review-indicator").filter({ has: page.getByRole("heading", { level: 4, name: indicator.question, exact: true }) });

const indexNumber = (text: string | null) => Number(/(\d+\.\d)/.exec(text ?? "")?.[1]);

test("after approval with adjusted levels the firm's results, dashboard and PDF lead with the validated index and give each justification", async ({
  page,
  asOfficer: officer,
}) => {
  // Sign-up, a full submission, a review and a PDF: minutes on a busy machine.
  test.setTimeout(360_000);
  const { sme, assessmentId } = await submitCompleteAssessment(page, "validated");

  // Before approval the results are the firm's own, and the focus areas say so.
  await page.goto(`/assessments/${assessmentId}/results`);
  await expect(page.getByRole("heading", { level: 2, name: "Readiness index", exact: true })).toBeVisible();
  const selfAssessed = indexNumber(await page.getByTestId("readiness-index").textContent());
  await expect(page.getByTestId("self-assessed-index")).toHaveCount(0);
  await expect(page.getByTestId("focus-basis")).toHaveText(/self-assessed\) levels: your programme officer has not validated them yet/);

  // The officer lowers two skills levels, each with a justification, and approves.
  await officer.goto(`/officer/assessments/${assessmentId}/review`);
  for (const { indicator, level, justification } of adjustments) {
    const block = indicatorBlock(officer, indicator);
    await block.getByText("Validate this answer", { exact: true }).click();
    await block.getByLabel("Validated level", { exact: true }).selectOption(String(level));
    await block.getByLabel("Justification", { exact: true }).fill(justification);
    await block.getByRole("button", { name: "Save validated level" }).click();
    await expect(block.getByRole("status")).toHaveText("Validated level saved.");
  }
  await officer.getByRole("button", { name: "Approve…" }).click();
  await officer.getByRole("button", { name: "Approve assessment" }).click();
  await expect(officer.getByRole("status").filter({ hasText: "The assessment was approved and the firm has been told." })).toBeVisible();

  // Results: the validated index leads, the self-assessed figure beside it, then every reason.
  await page.goto(`/assessments/${assessmentId}/results`);
  const indexRegion = page.getByRole("region", { name: "Validated readiness index" });
  await expect(indexRegion).toBeVisible();
  const validated = indexNumber(await indexRegion.getByTestId("readiness-index").textContent());
  expect(validated).toBeLessThan(selfAssessed);
  await expect(indexRegion.getByTestId("self-assessed-index")).toHaveText(new RegExp(`^Self-assessed: ${selfAssessed.toFixed(1)} out of 100 \\(\\w+\\)$`));
  await expect(indexRegion).toContainText(`Validated by ${demo.penangOfficer.name}, your programme officer, on `);
  const adjusted = page.getByRole("region", { name: "Levels your programme officer adjusted" });
  await expect(adjusted.getByRole("heading", { level: 3 })).toHaveText([new RegExp(`^${skills.title}: self-assessed 1\\.0, validated 0\\.0$`)]);
  for (const { indicator, justification } of adjustments) {
    const item = adjusted.locator(`[data-indicator="${indicator.id}"]`);
    await expect(item).toContainText(`${indicator.question}: your level`);
    await expect(item).toContainText(`validated level 0.`);
    await expect(item).toContainText(`Reason: ${justification}`);
  }
  // The validated index comes before the self-assessed one and the reasons in reading order.
  const body = (await page.locator("main").innerText()).replace(/\s+/g, " ");
  expect(body.indexOf(`${validated.toFixed(1)} out of 100`)).toBeLessThan(body.indexOf(`Self-assessed: ${selfAssessed.toFixed(1)}`));
  expect(body.indexOf(`Self-assessed: ${selfAssessed.toFixed(1)}`)).toBeLessThan(body.indexOf(adjustments[0]!.justification));
  await expect(page.getByTestId("radar-validated")).toHaveCount(1);
  await expect(page.getByTestId("focus-basis")).toHaveText("Ranked with the validated levels your programme officer approved.");
  await expectNoAxeViolations(page, "results page, approved with adjusted levels");

  // Dashboard: the validated index first, the self-assessed one beside it.
  await page.goto("/dashboard");
  const cell = page.getByRole("region", { name: sme.firmName }).getByTestId("dashboard-validated-index");
  await expect(cell).toHaveText(new RegExp(`^${validated.toFixed(1)} \\w+ validated by your programme officer\\s*self-assessed: ${selfAssessed.toFixed(1)}$`));

  // PDF: the validated index, then the self-assessed one, then each justification, before the factor table.
  const report = await page.request.get(`/assessments/${assessmentId}/revisions/1/report`);
  expect(report.status()).toBe(200);
  const text = extractPdfText(await report.body());
  const validatedAt = text.indexOf(`Validated readiness index ${validated.toFixed(1)} out of 100`);
  expect(validatedAt, text.slice(0, 600)).toBeGreaterThan(0);
  const selfAt = text.indexOf(`Self-assessed: ${selfAssessed.toFixed(1)} out of 100`);
  expect(selfAt).toBeGreaterThan(validatedAt);
  for (const { justification } of adjustments) {
    const at = text.indexOf(justification);
    expect(at, justification).toBeGreaterThan(selfAt);
    expect(at).toBeLessThan(text.indexOf("Scores by factor"));
  }
});

test("Plastik Maju's demo results read 35.0 validated beside 41.7 self-assessed", async ({ asSme: page }) => {
  await page.goto("/dashboard");
  await expect(page.getByTestId("dashboard-validated-index").first()).toHaveText(/^35\.0 \w+ validated by your programme officer\s*self-assessed: 41\.7$/);
  await page.getByRole("link", { name: "View" }).first().click();
  await page.getByRole("link", { name: "See your results" }).click();
  const indexRegion = page.getByRole("region", { name: "Validated readiness index" });
  await expect(indexRegion.getByTestId("readiness-index")).toHaveText("35.0 out of 100");
  await expect(indexRegion.getByTestId("self-assessed-index")).toHaveText(/^Self-assessed: 41\.7 out of 100 \(\w+\)$/);
});
