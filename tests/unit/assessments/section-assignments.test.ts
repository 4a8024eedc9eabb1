import { describe, expect, it } from "vitest";
import {
  allSectionsAnswered,
  expandAssignmentChoice,
  listAssignablePageIds,
  listPersonProgress,
  listRefusedPages,
  mayAnswerPage,
  pageIdOfField,
  shouldAnnounceReady,
} from "@/lib/assessments/section-assignments";
import { emptyAnswerSet, type AnswerSet } from "@/lib/questionnaire/answer-set";
import { fixtureVersion } from "../questionnaire/fixture-version";

describe("assigned sections", () => {
  it("expands a factor to its dimensions (the hidden services module too); a dimension, profile or targets to itself", () => {
    expect(expandAssignmentChoice(fixtureVersion, "people-section")).toEqual(["skills", "leadership"]);
    expect(expandAssignmentChoice(fixtureVersion, "services-section")).toEqual(["digital-services"]);
    expect(expandAssignmentChoice(fixtureVersion, "leadership")).toEqual(["leadership"]);
    expect(expandAssignmentChoice(fixtureVersion, "profile")).toEqual(["profile"]);
    expect(expandAssignmentChoice(fixtureVersion, "targets")).toEqual(["targets"]);
    expect(expandAssignmentChoice(fixtureVersion, "nonsense")).toEqual([]);
    expect(listAssignablePageIds(fixtureVersion)).toEqual(["profile", "skills", "leadership", "digital-services", "targets"]);
  });

  it("lets a manager answer anything, a contributor only their pages, and nobody else anything", () => {
    expect(mayAnswerPage("manager", "skills", [])).toBe(true);
    expect(mayAnswerPage("contributor", "skills", ["skills"])).toBe(true);
    expect(mayAnswerPage("contributor", "leadership", ["skills"])).toBe(false);
    expect(mayAnswerPage(null, "skills", ["skills"])).toBe(false);
  });

  it("counts each person's visible assigned pages and questions", () => {
    const answers: AnswerSet = { ...emptyAnswerSet(), profile: { country: "MY", services: false }, levels: { "skills-a": 2, "skills-b": 3, "leadership-a": 1 } };
    const progress = listPersonProgress(fixtureVersion, answers, [
      { userId: "aisyah", pageId: "skills" },
      { userId: "aisyah", pageId: "digital-services" }, // hidden: services = false
      { userId: "ben", pageId: "profile" },
      { userId: "ben", pageId: "targets" },
    ]);
    expect(progress).toEqual([
      { userId: "aisyah", pages: 1, completedPages: 1, answered: 2, total: 2 },
      { userId: "ben", pages: 2, completedPages: 1, answered: 2, total: 4 },
    ]);
  });

  it("announces 'ready to submit' once: when the last required answer is in and not before or again", () => {
    const almost: AnswerSet = { ...emptyAnswerSet(), profile: { country: "MY", services: false }, levels: { "skills-a": 2, "skills-b": 3 } };
    const complete: AnswerSet = { ...almost, levels: { ...almost.levels, "leadership-a": 1 } };
    expect(allSectionsAnswered(fixtureVersion, almost)).toBe(false);
    expect(allSectionsAnswered(fixtureVersion, complete)).toBe(true);
    expect(shouldAnnounceReady(fixtureVersion, almost, false)).toBe(false);
    expect(shouldAnnounceReady(fixtureVersion, complete, false)).toBe(true);
    expect(shouldAnnounceReady(fixtureVersion, complete, true)).toBe(false);
  });
});

describe("which page an answer belongs to", () => {
  it("maps fields to pages and refuses a contributor's fields outside their pages (unknown fields too)", () => {
    expect(pageIdOfField(fixtureVersion, "profile.country")).toBe("profile");
    expect(pageIdOfField(fixtureVersion, "targets.skills")).toBe("targets");
    expect(pageIdOfField(fixtureVersion, "levels.skills-b")).toBe("skills");
    expect(pageIdOfField(fixtureVersion, "notes.leadership-a")).toBe("leadership");
    expect(pageIdOfField(fixtureVersion, "levels.nope")).toBeNull();
    const fields = ["levels.skills-a", "notes.leadership-a", "levels.leadership-a", "levels.nope"];
    expect(listRefusedPages(fixtureVersion, "contributor", fields, ["skills"])).toEqual(["leadership", "levels.nope"]);
    expect(listRefusedPages(fixtureVersion, "manager", fields, [])).toEqual([]);
  });
});
