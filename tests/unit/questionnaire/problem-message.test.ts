// Issue 15: ticking a fourth challenge, or "None of these" with another technology, said "Enter a
// valid answer, for example a whole number for the number of employees", and the error summary
// read "…technology?: …". Each message now names the rule, in both languages.
import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n";
import { describeAnswerField } from "@/lib/questionnaire/describe-field";
import { describeProblem, summariseProblem } from "@/lib/questionnaire/problem-message";
import { getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import type { AnswerProblem } from "@/lib/questionnaire/validate-answer-set";

const questionnaire = getPublishedQuestionnaire("v1")!;

function messageFor(problem: AnswerProblem, locale: "en" | "ms"): string {
  const text = questionnaire.texts[locale];
  const { key, values } = describeProblem(problem, questionnaire.structure, text);
  return createTranslator(locale)(`assessment.problems.${key}`, values);
}

describe("describeProblem", () => {
  it.each([
    [{ field: "profile.challenges", code: "too-many" }, "Choose at most 3 options.", "Pilih tidak lebih daripada 3 pilihan."],
    [
      { field: "profile.technologies", code: "exclusive-option" },
      "“None of these” cannot be combined with other options: untick it or untick the others.",
      "“Tiada satu pun” tidak boleh digabungkan dengan pilihan lain: nyahtanda pilihan itu atau pilihan yang lain.",
    ],
    [{ field: "profile.employees", code: "too-small" }, "Enter a number of at least 1.", "Masukkan nombor sekurang-kurangnya 1."],
    [{ field: "profile.employees", code: "too-large" }, "Enter a number no larger than 1,000,000.", "Masukkan nombor yang tidak melebihi 1,000,000."],
    [{ field: "profile.employees", code: "wrong-type" }, "Enter a whole number, for example 45.", "Masukkan nombor bulat, contohnya 45."],
    [{ field: "profile.exports", code: "wrong-type" }, "Choose yes or no.", "Pilih ya atau tidak."],
    [{ field: "profile.country", code: "unknown-option" }, "Choose one of the options listed.", "Pilih salah satu pilihan yang disenaraikan."],
    [{ field: "levels.skills-training", code: "not-a-level" }, "Choose one of the levels from 0 to 5.", "Pilih salah satu tahap dari 0 hingga 5."],
    [{ field: "notes.skills-training", code: "note-too-long" }, "Shorten the note to 2,000 characters or fewer.", "Pendekkan nota kepada 2,000 aksara atau kurang."],
  ] as const)("%j: %s", (problem, english, malay) => {
    expect(messageFor(problem, "en")).toBe(english);
    expect(messageFor(problem, "ms")).toBe(malay);
  });

  it("falls back to a general message for a rule it does not know yet", () => {
    expect(messageFor({ field: "notes.x", code: "some-new-rule" as AnswerProblem["code"] }, "en")).toBe("Check this answer.");
  });
});

describe("summariseProblem", () => {
  it("puts no colon after a question mark", () => {
    const name = describeAnswerField("profile.technologies", questionnaire.texts.en);
    expect(summariseProblem(name, "Choose at most 3 options.")).toBe("Which of these technologies does your firm use today? Choose at most 3 options.");
  });

  it("separates a label that is not a sentence with a colon", () => {
    expect(summariseProblem("Number of employees", "Enter a number of at least 1.")).toBe("Number of employees: Enter a number of at least 1.");
  });
});
