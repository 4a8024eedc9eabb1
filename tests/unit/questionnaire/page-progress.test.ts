import { describe, expect, it } from "vitest";
import { emptyAnswerSet, type AnswerSet } from "@/lib/questionnaire/answer-set";
import { pageProgress } from "@/lib/questionnaire/page-progress";
import { listPages } from "@/lib/questionnaire/pages";
import { listSectionProgress } from "@/lib/questionnaire/section-progress";
import { fixtureVersion } from "./fixture-version";

describe("the progress line of a question page", () => {
  const answers: AnswerSet = { ...emptyAnswerSet(), profile: { country: "MY", services: false }, levels: { "skills-a": 2, "leadership-a": 1 } };
  const pages = listPages(fixtureVersion, answers);
  const sum = (key: "answered" | "total") => listSectionProgress(fixtureVersion, answers).reduce((n, s) => n + s[key], 0);

  it("counts like the task list: the page's own counted fields apart, so the browser adds them as they are answered", () => {
    const skills = pageProgress(fixtureVersion, answers, pages.find((p) => p.id === "skills")!);
    expect(skills.counted).toEqual(["levels.skills-a", "levels.skills-b"]);
    expect(skills.total).toBe(sum("total"));
    expect(skills.answeredElsewhere + 1).toBe(sum("answered"));
  });

  it("counts required profile questions on the profile page and every target on the targets page", () => {
    expect(pageProgress(fixtureVersion, answers, pages[0]!).counted).toEqual(["profile.country", "profile.services"]);
    expect(pageProgress(fixtureVersion, answers, pages.find((p) => p.kind === "targets")!).counted).toEqual(["targets.skills", "targets.leadership"]);
  });
});
