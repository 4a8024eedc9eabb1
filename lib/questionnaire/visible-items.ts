import type { AnswerSet, ProfileValue } from "./answer-set";
import { evaluateVisibilityRule } from "./evaluate-visibility-rule";
import type { Dimension, Indicator, ProfileQuestion, QuestionnaireVersion, Section } from "./version-schema";

// Visibility is decided from profile answers only, in one pass: a profile question's rule may read
// earlier questions (the schema checks this), so hidden questions never leak into later rules.

export function listProfileQuestions(version: QuestionnaireVersion): ProfileQuestion[] {
  return version.sections.flatMap((section) => (section.kind === "profile" ? section.questions : []));
}

/** The profile answers that count: answers to questions that are visible, in question order. */
export function listVisibleProfileValues(version: QuestionnaireVersion, answers: AnswerSet): Map<string, ProfileValue> {
  const visible = new Map<string, ProfileValue>();
  for (const question of listProfileQuestions(version)) {
    const shown = !question.visibleWhen || evaluateVisibilityRule(question.visibleWhen, (id) => visible.get(id));
    if (!shown) continue;
    const value = answers.profile[question.id];
    if (value !== undefined) visible.set(question.id, value);
  }
  return visible;
}

export function listVisibleProfileQuestions(version: QuestionnaireVersion, answers: AnswerSet): ProfileQuestion[] {
  const values = new Map<string, ProfileValue>();
  const shown: ProfileQuestion[] = [];
  for (const question of listProfileQuestions(version)) {
    if (question.visibleWhen && !evaluateVisibilityRule(question.visibleWhen, (id) => values.get(id))) continue;
    shown.push(question);
    const value = answers.profile[question.id];
    if (value !== undefined) values.set(question.id, value);
  }
  return shown;
}

function makeRuleReader(version: QuestionnaireVersion, answers: AnswerSet) {
  const values = listVisibleProfileValues(version, answers);
  return (id: string) => values.get(id);
}

export function listVisibleSections(version: QuestionnaireVersion, answers: AnswerSet): Section[] {
  const read = makeRuleReader(version, answers);
  return version.sections.filter((section) => section.kind !== "factor" || !section.visibleWhen || evaluateVisibilityRule(section.visibleWhen, read));
}

export type VisibleDimension = { factorId: string; sectionId: string; dimension: Dimension; indicators: Indicator[] };

/** The dimensions (with their visible indicators) a firm rates, in questionnaire order. */
export function listVisibleDimensions(version: QuestionnaireVersion, answers: AnswerSet): VisibleDimension[] {
  const read = makeRuleReader(version, answers);
  const visibleSections = listVisibleSections(version, answers);
  const result: VisibleDimension[] = [];
  for (const section of visibleSections) {
    if (section.kind !== "factor") continue;
    const factor = version.factors.find((f) => f.id === section.factorId);
    if (!factor) continue;
    for (const dimension of factor.dimensions) {
      if (dimension.visibleWhen && !evaluateVisibilityRule(dimension.visibleWhen, read)) continue;
      const indicators = dimension.indicators.filter((i) => !i.visibleWhen || evaluateVisibilityRule(i.visibleWhen, read));
      if (indicators.length > 0) result.push({ factorId: factor.id, sectionId: section.id, dimension, indicators });
    }
  }
  return result;
}

export function listVisibleIndicatorIds(version: QuestionnaireVersion, answers: AnswerSet): Set<string> {
  return new Set(listVisibleDimensions(version, answers).flatMap((d) => d.indicators.map((i) => i.id)));
}
