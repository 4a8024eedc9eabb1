import { describe, expect, it } from "vitest";
import { describeAnswerField } from "@/lib/questionnaire/describe-field";
import { emptyAnswerSet } from "@/lib/questionnaire/answer-set";
import { getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { listVisibleDimensions, listVisibleProfileQuestions } from "@/lib/questionnaire/visible-items";

const questionnaire = getPublishedQuestionnaire("v1")!;
const text = questionnaire.texts.en;
const [{ dimension, indicators }] = listVisibleDimensions(questionnaire.structure, emptyAnswerSet()) as [ReturnType<typeof listVisibleDimensions>[number]];
const indicator = indicators[0]!;
const question = text.indicators[indicator.id]!.question;

describe("describeAnswerField", () => {
  it("names a level by its question and a note apart from it when a note name is given", () => {
    const noteName = (q: string) => `Note on ${q}`;
    expect(describeAnswerField(`levels.${indicator.id}`, text, noteName)).toBe(question);
    expect(describeAnswerField(`notes.${indicator.id}`, text, noteName)).toBe(`Note on ${question}`);
  });

  it("names a note by its question when no note name is given", () => {
    expect(describeAnswerField(`notes.${indicator.id}`, text)).toBe(question);
  });

  it("names profile questions and targets, and falls back to the id for unknown ones", () => {
    const profileId = listVisibleProfileQuestions(questionnaire.structure, emptyAnswerSet())[0]!.id;
    expect(describeAnswerField(`profile.${profileId}`, text)).toBe(text.profile[profileId]!.label);
    expect(describeAnswerField(`targets.${dimension.id}`, text)).toBe(text.dimensions[dimension.id]!.title);
    expect(describeAnswerField("levels.no-such-indicator", text)).toBe("no-such-indicator");
  });
});
