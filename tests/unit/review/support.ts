import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import { getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { listVisibleDimensions } from "@/lib/questionnaire/visible-items";

// A complete v1 submission without the services module, for the review rules to work on.

export const v1Questionnaire = getPublishedQuestionnaire("v1")!;
export const v1 = v1Questionnaire.structure;
export const v1English = v1Questionnaire.texts.en;

export function submittedAnswers(level = 2, offersServices = false): AnswerSet {
  const answers: AnswerSet = {
    profile: { country: "MY", sector: "22", employees: 50, turnover: "1m-5m", exports: true, "offers-services": offersServices, technologies: ["none"], challenges: ["funding"] },
    levels: {},
    notes: {},
    targets: {},
  };
  for (const { indicators } of listVisibleDimensions(v1, answers)) for (const indicator of indicators) answers.levels[indicator.id] = level;
  return answers;
}
