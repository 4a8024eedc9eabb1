import { describe, expect, it } from "vitest";
import { buildReportModel } from "@/lib/report/report-model";
import { planAction } from "../plan/plan-action-fixture";
import { reportInput, wordingFor } from "./support";

const english = wordingFor("en");

describe("the report's improvement plan section", () => {
  it("says there is no plan yet, and where to build one, when the firm has none", () => {
    const model = buildReportModel(reportInput(), english);
    expect(model.plan).toMatchObject({ heading: "Your improvement plan", none: "No plan yet — build one from the results page.", dimensions: [] });
  });

  it("lists each dimension's actions with status, owner, due date, cost and instrument, dimensions in questionnaire order", () => {
    const input = reportInput();
    const [first, second] = input.revision.result.dimensions.map((d) => d.dimensionId);
    const model = buildReportModel(
      {
        ...input,
        plan: {
          actions: [
            planAction({ dimensionId: second!, title: "Pilot a cobot cell", status: "in_progress", ownerName: "Aminah", dueOn: "2027-03-31", estimatedCost: 120000, currency: "MYR", instrumentId: "fund" }),
            planAction({ dimensionId: first!, title: "Train two technicians", status: "done" }),
          ],
          instrumentName: (id) => (id === "fund" ? "Industry4WRD Intervention Fund" : id),
        },
      },
      english,
    );
    expect(model.plan.none).toBeNull();
    expect(model.plan.dimensions.map((d) => d.key)).toEqual([first, second]);
    expect(model.plan.dimensions[0]!.table.columns).toEqual(["Action", "Status", "Owner", "Due", "Estimated cost", "Support instrument"]);
    expect(model.plan.dimensions[1]!.table.rows[0]!.cells).toEqual(["Pilot a cobot cell", "In progress", "Aminah", "31 March 2027", "MYR\u00a0120,000", "Industry4WRD Intervention Fund"]);
    expect(model.plan.dimensions[0]!.table.rows[0]!.cells).toEqual(["Train two technicians", "Done", "–", "–", "–", "–"]);
  });
});
