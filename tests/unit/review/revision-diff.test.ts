import { describe, expect, it } from "vitest";
import { diffRevisions } from "@/lib/review/revision-diff";
import { submittedAnswers, v1 } from "./support";

const dimension = (id: string) => v1.factors.flatMap((f) => f.dimensions).find((d) => d.id === id)!;
const skills = dimension("skills");
const automation = dimension("automation");
const servicesIndicator = v1.factors.find((f) => f.id === "services")!.dimensions[0]!.indicators[0]!;

describe("diffRevisions", () => {
  it("finds nothing between a revision and its unchanged copy", () => {
    expect(diffRevisions(v1, submittedAnswers(), submittedAnswers())).toEqual([]);
  });

  it("lists changed levels, notes, profile answers and targets in questionnaire order", () => {
    const before = { ...submittedAnswers(2), targets: { skills: 3 } };
    const after = submittedAnswers(2);
    after.levels[automation.indicators[0]!.id] = 4;
    after.levels[skills.indicators[1]!.id] = 1;
    after.notes[skills.indicators[1]!.id] = "Only two operators trained so far";
    after.profile.employees = 65;
    after.targets = { skills: 4, automation: 3 };
    expect(diffRevisions(v1, before, after)).toEqual([
      { kind: "profile", questionId: "employees", before: 50, after: 65 },
      { kind: "level", dimensionId: "skills", indicatorId: skills.indicators[1]!.id, before: 2, after: 1 },
      { kind: "note", dimensionId: "skills", indicatorId: skills.indicators[1]!.id, before: null, after: "Only two operators trained so far" },
      { kind: "level", dimensionId: "automation", indicatorId: automation.indicators[0]!.id, before: 2, after: 4 },
      { kind: "target", dimensionId: "skills", before: 3, after: 4 },
      { kind: "target", dimensionId: "automation", before: null, after: 3 },
    ]);
  });

  it("treats a blank note as no note and a reordered multi-select as the same answer", () => {
    const before = { ...submittedAnswers(), notes: { [skills.indicators[0]!.id]: "  " } };
    before.profile.challenges = ["funding", "awareness"];
    const after = submittedAnswers();
    after.profile.challenges = ["awareness", "funding"];
    expect(diffRevisions(v1, before, after)).toEqual([]);
  });

  it("shows the services answers the firm added when it switched the services module on", () => {
    const before = submittedAnswers(2, false);
    const after = submittedAnswers(2, true);
    const changes = diffRevisions(v1, before, after);
    expect(changes[0]).toEqual({ kind: "profile", questionId: "offers-services", before: false, after: true });
    expect(changes).toContainEqual({ kind: "level", dimensionId: expect.any(String), indicatorId: servicesIndicator.id, before: null, after: 2 });
  });

  it("ignores answers to questions the firm could see in neither revision", () => {
    const before = submittedAnswers(2, false);
    const after = submittedAnswers(2, false);
    after.levels[servicesIndicator.id] = 5;
    expect(diffRevisions(v1, before, after)).toEqual([]);
  });
});
