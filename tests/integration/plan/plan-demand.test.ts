// The programme's demand view (issue 20) computed by the database equals the pure reference
// (lib/cohort/plan-demand.ts) over the same plan rows, in both database modes: only the cohort's
// firms count (enrolled, with a submitted assessment of the programme, matching the filter).
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { CohortFilter } from "@/lib/cohort/cohort-filter";
import { computePlanDemand, type PlanDemandRow } from "@/lib/cohort/plan-demand";
import { getDb } from "@/lib/db/client";
import { answerCohortRequest } from "@/app/api/v1/programmes/[programmeId]/cohort/handler";
import { CohortExportResponseSchema } from "@/app/api/v1/programmes/[programmeId]/cohort/schema";
import { getPlanDemand } from "@/lib/db/queries/cohort-plan-demand";
import { getProgrammeById } from "@/lib/db/queries/programmes";
import { firms } from "@/lib/db/schema";
import { createEnrolledFirm, seedFixtures, type Fixtures } from "../support/fixtures";
import { insertPlanActions, seedCatalogueForPlans, type PlanActionSeed } from "../support/plan-fixtures";
import { createCompleteDraft, registerCurrentQuestionnaire, submit } from "../notifications/submission";

let fixtures: Fixtures;
const seeded: PlanActionSeed[] = [];
const cohortFirms = { all: new Set<string>(), small: new Set<string>() };

beforeAll(async () => {
  fixtures = await seedFixtures();
  await registerCurrentQuestionnaire();
  const [fund, vouchers] = (await seedCatalogueForPlans()).instruments.map((i) => i.id);
  const manager = { id: fixtures.users.managerA.id, role: "sme" as const };
  const programmeId = fixtures.programmes.programmeA.id;
  const submittedFirm = async (employees: number) => {
    const firm = await createEnrolledFirm(manager.id, programmeId);
    await getDb().update(firms).set({ employees }).where(eq(firms.id, firm.id));
    await submit(await createCompleteDraft(firm.id, programmeId, manager), manager);
    return firm.id;
  };
  const small1 = await submittedFirm(40);
  const small2 = await submittedFirm(60);
  const large = await submittedFirm(800);
  // Enrolled but never submitted, and a firm of another programme: neither is in the cohort.
  const draftOnly = (await createEnrolledFirm(manager.id, programmeId)).id;
  await createCompleteDraft(draftOnly, programmeId, manager);
  const elsewhere = fixtures.firms.firmB.id;
  cohortFirms.all = new Set([small1, small2, large]);
  cohortFirms.small = new Set([small1, small2]);

  const action = (firmId: string, dimensionId: string, more: Partial<PlanActionSeed> = {}): PlanActionSeed => ({ firmId, dimensionId, title: `${dimensionId} work`, ...more });
  seeded.push(
    action(small1, "skills", { instrumentId: fund, estimatedCost: 100000, currency: "MYR", status: "in_progress" }),
    action(small1, "skills", { instrumentId: fund, estimatedCost: 20000, currency: "MYR", status: "done", completedAt: new Date() }),
    action(small1, "automation", { instrumentId: vouchers, estimatedCost: 5000, currency: "USD" }),
    action(small2, "skills", { instrumentId: fund, estimatedCost: 30000, currency: "MYR" }),
    action(small2, "operations", { estimatedCost: 8000, currency: "MYR" }),
    action(small2, "connectivity", { instrumentId: vouchers, status: "dropped", estimatedCost: 999, currency: "MYR" }),
    action(large, "automation", { instrumentId: vouchers, estimatedCost: 250000, currency: "MYR" }),
    action(large, "intelligence"),
    action(draftOnly, "skills", { instrumentId: fund, estimatedCost: 1, currency: "MYR" }),
    action(elsewhere, "skills", { instrumentId: fund, estimatedCost: 2, currency: "MYR" }),
  );
  await insertPlanActions(seeded);
});

/** The seeded rows of the given firms, as the pure function reads them. */
function reference(firmIds: ReadonlySet<string>) {
  const rows: PlanDemandRow[] = seeded
    .filter((row) => firmIds.has(row.firmId))
    .map((row) => ({ firmId: row.firmId, dimensionId: row.dimensionId, instrumentId: row.instrumentId ?? null, status: row.status ?? "planned", estimatedCost: row.estimatedCost ?? null, currency: row.currency ?? null }));
  return computePlanDemand(rows);
}

describe("the programme's plan demand", () => {
  it.each<[string, CohortFilter, keyof typeof cohortFirms]>([
    ["the whole cohort", {}, "all"],
    ["small firms only", { size: "small" }, "small"],
  ])("equals the pure reference over the cohort's plan rows (%s)", async (_name, filter, firmSet) => {
    const demand = await getPlanDemand(fixtures.programmes.programmeA.id, filter);
    expect(demand).toEqual(reference(cohortFirms[firmSet]));
  });

  it("counts what an agency sizes support with (hand-checked)", async () => {
    const demand = await getPlanDemand(fixtures.programmes.programmeA.id, {});
    expect(demand.firmsWithPlan).toBe(3);
    expect(demand.dimensions[0]).toEqual({ dimensionId: "skills", firms: 2, actions: 3 });
    expect(demand.statuses).toEqual({ planned: 5, in_progress: 1, done: 1, dropped: 1 });
    expect(demand.costs.find((c) => c.currency === "MYR" && c.instrumentId !== null && c.total === 150000)).toMatchObject({ actions: 3 });
  });

  it("is in the cohort JSON with the cohort filter applied", async () => {
    const programme = (await getProgrammeById(fixtures.programmes.programmeA.id))!;
    const request = new Request(`http://localhost/api/v1/programmes/${programme.id}/cohort?size=small`);
    const response = await answerCohortRequest(request, { user: { id: fixtures.users.officerA.id, role: "officer" }, programme });
    expect(response.status).toBe(200);
    expect(CohortExportResponseSchema.parse(await response.json()).planDemand).toEqual(reference(cohortFirms.small));
  });

  it("is empty for a programme whose firms have no plan", async () => {
    expect(await getPlanDemand(fixtures.programmes.programmeB.id, {})).toEqual(computePlanDemand([]));
  });
});
