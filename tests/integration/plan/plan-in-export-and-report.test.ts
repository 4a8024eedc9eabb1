// Where a firm's improvement plan travels outside its plan page (issue 20): the firm's data
// download holds every action and the officers' comments, and the PDF report prints the plan
// (read back with poppler's pdftotext), or says there is none yet; its recommended instruments say
// how to apply.
import { beforeAll, describe, expect, it } from "vitest";
import { buildRevisionReport } from "@/app/(sme)/assessments/[assessmentId]/revisions/[revisionNumber]/report/handler";
import { buildFirmExport } from "@/lib/accounts/firm-export";
import { exportFirmData } from "@/lib/db/queries/account-lifecycle";
import { addPlanComment } from "@/lib/db/queries/plan/plan-comments";
import { pageText } from "@/lib/report/page-layout-check";
import { readPdfPages } from "../report/poppler";
import { createEnrolledFirm, seedFixtures, type Fixtures } from "../support/fixtures";
import { insertPlanActions, seedCatalogueForPlans } from "../support/plan-fixtures";
import { createCompleteDraft, registerCurrentQuestionnaire, submit } from "../notifications/submission";

let fixtures: Fixtures;
let instrument: { id: string; name: string };
let withPlan: string;
let withoutPlan: string;

async function submittedAssessment(firmId: string): Promise<string> {
  const manager = { id: fixtures.users.managerA.id, role: "sme" as const };
  const id = await createCompleteDraft(firmId, fixtures.programmes.programmeA.id, manager);
  await submit(id, manager);
  return id;
}

beforeAll(async () => {
  fixtures = await seedFixtures();
  await registerCurrentQuestionnaire();
  instrument = (await seedCatalogueForPlans()).instruments[0]!;
  const firm = fixtures.firms.firmA;
  withPlan = await submittedAssessment(firm.id);
  await insertPlanActions([
    { firmId: firm.id, dimensionId: "automation", title: "Pilot a cobot cell on line 2", ownerUserId: fixtures.users.managerA.id, startsOn: "2027-01-04", dueOn: "2027-03-31", estimatedCost: 120000, currency: "MYR", instrumentId: instrument.id, status: "in_progress", createdBy: fixtures.users.managerA.id },
    { firmId: firm.id, dimensionId: "skills", title: "Train two maintenance technicians", status: "done", completedAt: new Date("2026-10-01T00:00:00Z") },
  ]);
  await addPlanComment({ firmId: firm.id, assessmentId: withPlan, dimensionId: "automation", body: "Apply for the fund early." }, { id: fixtures.users.officerA.id, role: "officer" });
  const other = await createEnrolledFirm(fixtures.users.managerA.id, fixtures.programmes.programmeA.id, "Planless Works Sdn Bhd");
  withoutPlan = await submittedAssessment(other.id);
});

describe("the improvement plan in the firm's data download", () => {
  it("holds every action with owner and instrument by id and name, and the officers' comments", async () => {
    const exported = buildFirmExport((await exportFirmData({ id: fixtures.users.managerA.id, role: "sme" }, fixtures.firms.firmA.id))!, new Date());
    expect(exported.plan.actions).toHaveLength(2);
    expect(exported.plan.actions.find((a) => a.dimensionId === "automation")).toMatchObject({
      title: "Pilot a cobot cell on line 2",
      owner: "Manager A",
      startsOn: "2027-01-04",
      dueOn: "2027-03-31",
      estimatedCost: 120000,
      currency: "MYR",
      instrument: { id: instrument.id, name: { en: instrument.name } },
      status: "in_progress",
      createdBy: "Manager A",
      version: 1,
    });
    expect(exported.plan.actions.find((a) => a.dimensionId === "skills")).toMatchObject({ status: "done", completedAt: "2026-10-01T00:00:00.000Z", owner: null, instrument: null });
    expect(exported.plan.comments).toEqual([expect.objectContaining({ assessmentId: withPlan, dimensionId: "automation", author: "Officer A", body: "Apply for the fund early." })]);
  });
});

describe("the improvement plan in the PDF report", () => {
  // Each report is rendered and read once (a few seconds each), then asserted on by several tests.
  const reports = new Map<string, Promise<string>>();
  const read = async (assessmentId: string) => (await readPdfPages((await buildRevisionReport(assessmentId, 1, "en", { viewer: "sme" }))!.pdf)).text.map(pageText).join(" ").replace(/\u00a0/g, " ");
  const printed = (assessmentId: string) => {
    if (!reports.has(assessmentId)) reports.set(assessmentId, read(assessmentId));
    return reports.get(assessmentId)!;
  };

  it("prints the plan's actions per dimension with status, owner, due date, cost and instrument", async () => {
    const text = await printed(withPlan);
    for (const expected of ["Your improvement plan", "Pilot a cobot cell on line 2", "In progress", "Manager A", "31 March 2027", "MYR 120,000", "Train two maintenance technicians", "Done"]) {
      expect(text).toContain(expected);
    }
    // A long instrument name may wrap in its cell: its first word is enough to find it.
    expect(text).toContain(instrument.name.split(" ")[0]!);
  });

  it("says how to apply for each recommended support instrument", async () => {
    const text = await printed(withPlan);
    const support = text.slice(text.indexOf("Support you can use"));
    expect(support).toContain("How to apply");
    expect(support).toContain("Who may apply:");
  });

  it("says there is no plan yet, and where to build one, for a firm without one", async () => {
    const text = await printed(withoutPlan);
    expect(text).toContain("Your improvement plan");
    expect(text).toContain("No plan yet — build one from the results page.");
  });
});
