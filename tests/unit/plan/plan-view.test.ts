import { describe, expect, it } from "vitest";
import { actionsDoneBetween, groupPlanByDimension, planRow } from "@/lib/plan/plan-view";
import { planAction } from "./plan-action-fixture";

describe("groupPlanByDimension", () => {
  it("orders dimensions as the questionnaire does, unknown ones last, and open work first inside each", () => {
    const actions = [
      planAction({ dimensionId: "zz-retired", title: "Old" }),
      planAction({ dimensionId: "automation", title: "Done one", status: "done" }),
      planAction({ dimensionId: "skills", title: "Train staff" }),
      planAction({ dimensionId: "automation", title: "Pilot cobot", status: "in_progress" }),
    ];
    const groups = groupPlanByDimension(actions, ["skills", "automation"]);
    expect(groups.map((g) => [g.dimensionId, g.actions.map((a) => a.title)])).toEqual([
      ["skills", ["Train staff"]],
      ["automation", ["Pilot cobot", "Done one"]],
      ["zz-retired", ["Old"]],
    ]);
  });
});

describe("planRow", () => {
  const wording = { status: (s: string) => `<${s}>`, noValue: "–", day: (d: string) => `day ${d}`, number: (n: number) => n.toLocaleString("en-GB"), instrumentName: (id: string) => `name of ${id}` };

  it("words every field, and a dash where the action leaves one empty", () => {
    const full = planAction({ dimensionId: "skills", title: "Train staff", ownerName: "Aminah", dueOn: "2027-03-31", estimatedCost: 45000, currency: "MYR", instrumentId: "my-fund", status: "in_progress" });
    expect(planRow(full, wording)).toEqual({ key: full.id, title: "Train staff", status: "<in_progress>", owner: "Aminah", due: "day 2027-03-31", cost: "MYR\u00a045,000", instrument: "name of my-fund" });
    const empty = planAction({ dimensionId: "skills", title: "Think" });
    expect(planRow(empty, wording)).toMatchObject({ owner: "–", due: "–", cost: "–", instrument: "–" });
  });
});

describe("actionsDoneBetween", () => {
  it("counts actions done after the previous submission and no later than this one, per dimension, and nothing open or dropped", () => {
    const previous = new Date("2026-01-15T10:00:00Z");
    const submittedAt = new Date("2026-06-01T10:00:00Z");
    const actions = [
      planAction({ dimensionId: "skills", title: "B course", status: "done", completedAt: new Date("2026-05-01T00:00:00Z") }),
      planAction({ dimensionId: "skills", title: "A course", status: "done", completedAt: new Date("2026-04-01T00:00:00Z") }),
      planAction({ dimensionId: "skills", title: "Before the previous", status: "done", completedAt: new Date("2026-01-15T10:00:00Z") }),
      planAction({ dimensionId: "skills", title: "Later", status: "done", completedAt: new Date("2026-06-01T10:00:01Z") }),
      planAction({ dimensionId: "skills", title: "Open", status: "in_progress" }),
      planAction({ dimensionId: "automation", title: "Gone", status: "dropped" }),
      planAction({ dimensionId: "automation", title: "At the second", status: "done", completedAt: submittedAt }),
      planAction({ dimensionId: "operations", title: "No completion time", status: "done", updatedAt: new Date("2026-03-01T00:00:00Z") }),
    ];
    const done = actionsDoneBetween(actions, previous, submittedAt);
    expect([...done.entries()].map(([d, list]) => [d, list.map((a) => a.title)])).toEqual([
      ["skills", ["A course", "B course"]],
      ["automation", ["At the second"]],
      ["operations", ["No completion time"]],
    ]);
  });
});
