import { extractPdfText } from "../integration/report/pdf-text";
import { demo } from "./support/accounts";
import { findDimension, submitCompleteAssessment } from "./support/assessment";
import { expectNoAxeViolations } from "./support/axe";
import { queryDatabase } from "./support/database";
import { expect, test } from "./support/fixtures";

// Journey (issue 20): a firm of the Penang programme has an improvement plan and submits an
// assessment; the programme officer opens the review page, reads the plan (per dimension, with
// status, owner, due date, cost and instrument) and comments on one dimension of it; the comment is
// listed under the plan. The firm's PDF report prints the plan. The plan's rows are written
// straight into the database: the plan editor is built separately (branch `plan`), and this
// journey is about where the plan shows, not how it is made.

test("the officer reads the firm's plan on the review page and comments on it; the firm's PDF prints the plan", async ({ page, asOfficer: officer }) => {
  test.setTimeout(60_000);
  const { sme, assessmentId } = await submitCompleteAssessment(page, "plan-officer");
  const [owner] = await queryDatabase<{ firm_id: string; owner_id: string }>(
    "select a.firm_id, u.id as owner_id from assessments a join users u on u.email = $2 where a.id = $1",
    [assessmentId, sme.email],
  );
  const { firm_id: firmId, owner_id: ownerId } = owner!;
  const [instrument] = await queryDatabase<{ id: string; name: string }>(
    "select id, item->'name'->>'en' as name from catalogue_items where kind <> 'case-study' and status = 'active' order by id limit 1",
  );
  await queryDatabase(
    `insert into plan_actions (firm_id, dimension_id, title, owner_user_id, due_on, estimated_cost, currency, instrument_id, status, completed_at)
     values ($1, 'automation', 'Pilot a cobot cell', $2, '2027-03-31', 120000, 'MYR', $3, 'in_progress', null),
            ($1, 'skills', 'Train two technicians', null, null, null, null, null, 'done', now())`,
    [firmId, ownerId, instrument!.id],
  );

  await officer.goto(`/officer/assessments/${assessmentId}/review`);
  const plan = officer.getByRole("region", { name: "The firm's improvement plan" });
  await expect(plan).toBeVisible();
  const automationTitle = findDimension("automation").title;
  const automation = plan.getByRole("table", { name: `Actions for ${automationTitle}` });
  const row = automation.getByRole("row", { name: /Pilot a cobot cell/ });
  for (const cell of ["In progress", sme.name, "31 March 2027", "MYR 120,000", instrument!.name]) await expect(row).toContainText(cell);
  await expect(plan.getByRole("table", { name: `Actions for ${findDimension("skills").title}` }).getByRole("row", { name: /Train two technicians/ })).toContainText("Done");

  // A comment on one dimension of the plan joins the list under it.
  await plan.getByLabel("About", { exact: true }).selectOption({ label: automationTitle });
  await plan.getByLabel("Your comment on the plan").fill("Ask for the fund before the March intake.");
  await plan.getByRole("button", { name: "Add comment on the plan" }).click();
  await expect(plan.getByRole("status").filter({ hasText: "Comment on the plan added." })).toBeVisible();
  const comments = plan.getByTestId("plan-comments");
  await expect(comments).toContainText(`On ${automationTitle}`);
  await expect(comments).toContainText("Ask for the fund before the March intake.");
  await expect(comments).toContainText(demo.penangOfficer.name);
  await expectNoAxeViolations(officer, "review page with the firm's plan");

  // The firm reads the officer's comment on its own plan page.
  await page.goto(`/firms/${firmId}/plan`);
  const fromOfficer = page.getByRole("region", { name: "Your programme officer's comments on the plan" });
  await expect(fromOfficer).toContainText(`On ${automationTitle}`);
  await expect(fromOfficer).toContainText("Ask for the fund before the March intake.");
  await expect(fromOfficer).toContainText(demo.penangOfficer.name);

  // The firm's PDF report prints the plan.
  const report = await page.request.get(`/assessments/${assessmentId}/revisions/1/report`);
  expect(report.status()).toBe(200);
  const text = extractPdfText(await report.body());
  for (const expected of ["Your improvement plan", "Pilot a cobot cell", "In progress", "Train two technicians"]) expect(text).toContain(expected);
});
