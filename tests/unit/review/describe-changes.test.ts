import { describe, expect, it } from "vitest";
import { describeRevisionChanges, type ChangeLabels } from "@/lib/review/describe-changes";
import { diffRevisions } from "@/lib/review/revision-diff";
import { submittedAnswers, v1, v1English } from "./support";

const labels: ChangeLabels = {
  notAnswered: "Not answered",
  yes: "Yes",
  no: "No",
  profileSection: "About your firm",
  level: (level, label) => `Level ${level} – ${label}`,
  noteOf: (question) => `Note: ${question}`,
  targetOf: (dimension) => `Target: ${dimension}`,
  targetLevel: (level) => `Level ${level}`,
};

const skills = v1.factors[0]!.dimensions[0]!;
const indicator = skills.indicators[0]!;

describe("describeRevisionChanges", () => {
  it("names each change by the questionnaire's own text and shows both answers as the firm saw them", () => {
    const before = submittedAnswers(2);
    const after = submittedAnswers(2);
    after.levels[indicator.id] = 3;
    after.notes[indicator.id] = "New training plan";
    after.profile.exports = false;
    after.profile.challenges = ["funding", "awareness"];
    after.targets = { skills: 4 };
    const rows = describeRevisionChanges(diffRevisions(v1, before, after), v1English, labels);
    const levelText = v1English.indicators[indicator.id]!;
    const challengeOptions = v1English.profile.challenges!.options!;
    expect(rows).toEqual([
      { key: "profile.exports", group: "About your firm", item: v1English.profile.exports!.label, before: "Yes", after: "No" },
      {
        key: "profile.challenges",
        group: "About your firm",
        item: v1English.profile.challenges!.label,
        before: challengeOptions.funding,
        after: `${challengeOptions.funding}, ${challengeOptions.awareness}`,
      },
      { key: `levels.${indicator.id}`, group: v1English.dimensions.skills!.title, item: levelText.question, before: `Level 2 – ${levelText.levels[2].label}`, after: `Level 3 – ${levelText.levels[3].label}` },
      { key: `notes.${indicator.id}`, group: v1English.dimensions.skills!.title, item: `Note: ${levelText.question}`, before: "Not answered", after: "New training plan" },
      { key: "targets.skills", group: v1English.dimensions.skills!.title, item: `Target: ${v1English.dimensions.skills!.title}`, before: "Not answered", after: "Level 4" },
    ]);
  });
});
