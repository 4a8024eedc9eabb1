import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import type { QuestionnaireVersion } from "@/lib/questionnaire/version-schema";
import { listProfileQuestions, listVisibleDimensions, listVisibleProfileQuestions, type VisibleDimension } from "@/lib/questionnaire/visible-items";
import { listRuleQuestionIds, type VisibilityRule } from "@/lib/questionnaire/visibility-rule";

// Scoring runs for every results page, report, cohort chart and API call, and deciding
// visibility is most of its cost. What is visible depends only on the answers to the profile
// questions that some visibility rule reads (a question that gates another question is itself
// read by a rule), so the visibility of a published version is remembered under those answers.
// In v1 that is one boolean: three entries.

export type Visibility = {
  /** listVisibleDimensions: visible dimensions with their visible indicators, in questionnaire order. */
  dimensions: readonly VisibleDimension[];
  /** Ids of the visible profile questions; a hidden question's answer must not count. */
  profileQuestionIds: ReadonlySet<string>;
};

type Memo = { questionIds: readonly string[]; byKey: Map<string, Visibility> };

/** Enough for every combination a version realistically has; beyond it the oldest entry goes. */
const maxEntriesPerVersion = 64;

const memos = new WeakMap<QuestionnaireVersion, Memo>();

function computeVisibility(version: QuestionnaireVersion, answers: AnswerSet): Visibility {
  return {
    dimensions: listVisibleDimensions(version, answers),
    profileQuestionIds: new Set(listVisibleProfileQuestions(version, answers).map((question) => question.id)),
  };
}

/**
 * What the firm sees of a version, remembered for frozen (published) versions. An unfrozen
 * version may still be edited (admin preview), so it is always evaluated afresh.
 */
export function getVisibility(version: QuestionnaireVersion, answers: AnswerSet): Visibility {
  if (!Object.isFrozen(version)) return computeVisibility(version, answers);
  let memo = memos.get(version);
  if (!memo) {
    memo = { questionIds: listGatingQuestionIds(version), byKey: new Map() };
    memos.set(version, memo);
  }
  const key = JSON.stringify(memo.questionIds.map((id) => (Object.hasOwn(answers.profile, id) ? answers.profile[id] : null)));
  const known = memo.byKey.get(key);
  if (known) return known;
  const visibility = computeVisibility(version, answers);
  Object.freeze(visibility.dimensions);
  if (memo.byKey.size >= maxEntriesPerVersion) memo.byKey.delete(memo.byKey.keys().next().value!);
  memo.byKey.set(key, visibility);
  return visibility;
}

/** Every profile question any visibility rule of the version reads, sorted. */
export function listGatingQuestionIds(version: QuestionnaireVersion): string[] {
  const rules: VisibilityRule[] = [];
  for (const question of listProfileQuestions(version)) if (question.visibleWhen) rules.push(question.visibleWhen);
  for (const section of version.sections) if (section.kind === "factor" && section.visibleWhen) rules.push(section.visibleWhen);
  for (const factor of version.factors) {
    for (const dimension of factor.dimensions) {
      if (dimension.visibleWhen) rules.push(dimension.visibleWhen);
      for (const indicator of dimension.indicators) if (indicator.visibleWhen) rules.push(indicator.visibleWhen);
    }
  }
  return [...new Set(rules.flatMap(listRuleQuestionIds))].sort();
}
