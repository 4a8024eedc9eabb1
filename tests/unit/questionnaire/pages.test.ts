import { describe, expect, it } from "vitest";
import { emptyAnswerSet, type AnswerSet } from "@/lib/questionnaire/answer-set";
import { findResumePoint, listPages } from "@/lib/questionnaire/pages";
import { listSectionProgress } from "@/lib/questionnaire/section-progress";
import { fixtureVersion } from "./fixture-version";

const answers = (partial: Partial<AnswerSet>): AnswerSet => ({ ...emptyAnswerSet(), ...partial });

describe("pages and progress", () => {
  it("gives one page per visible dimension between profile and targets", () => {
    expect(listPages(fixtureVersion, emptyAnswerSet()).map((p) => p.id)).toEqual(["profile", "skills", "leadership", "targets"]);
    expect(listPages(fixtureVersion, answers({ profile: { services: true } })).map((p) => p.id)).toEqual([
      "profile",
      "skills",
      "leadership",
      "digital-services",
      "targets",
    ]);
  });

  it("resumes at the first unanswered question, not at the start", () => {
    expect(findResumePoint(fixtureVersion, emptyAnswerSet())).toEqual({ pageId: "profile", field: "profile.country" });
    const partway = answers({ profile: { country: "MY", services: false }, levels: { "skills-a": 2 } });
    expect(findResumePoint(fixtureVersion, partway)).toEqual({ pageId: "skills", field: "levels.skills-b" });
    const rated = answers({ profile: { country: "CN", services: false }, levels: { "skills-a": 2, "leadership-a": 1 } });
    expect(findResumePoint(fixtureVersion, rated)).toEqual({ pageId: "targets", field: null });
  });

  it("reports not started, in progress and completed per section", () => {
    const progress = listSectionProgress(fixtureVersion, answers({ profile: { country: "CN", services: false }, levels: { "skills-a": 3 } }));
    expect(progress.map((p) => [p.sectionId, p.status, p.answered, p.total])).toEqual([
      ["profile", "completed", 2, 2],
      ["people-section", "in-progress", 1, 2],
      ["targets", "not-started", 0, 2],
    ]);
  });
});
