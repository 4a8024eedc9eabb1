import type { AnswerSet } from "./answer-set";
import { readAnswerField } from "./answer-fields";
import type { QuestionnairePage } from "./pages";
import { listSectionProgress } from "./section-progress";
import { isUnanswered } from "./validate-answer-set";
import { listVisibleDimensions, listVisibleProfileQuestions } from "./visible-items";
import type { QuestionnaireVersion } from "./version-schema";

/**
 * "15 of 36 answered" on a question page, counted like the task list (listSectionProgress):
 * the answers saved on other pages, the total, and this page's fields that count, so the
 * browser can add the answers on screen as the person gives them.
 */
export type PageProgress = { answeredElsewhere: number; total: number; counted: string[] };

export function pageProgress(version: QuestionnaireVersion, answers: AnswerSet, page: QuestionnairePage): PageProgress {
  const sections = listSectionProgress(version, answers);
  const total = sections.reduce((sum, s) => sum + s.total, 0);
  const answered = sections.reduce((sum, s) => sum + s.answered, 0);
  const counted = countedFields(version, answers, page);
  const answeredHere = counted.filter((field) => !isUnanswered(readAnswerField(answers, field))).length;
  return { answeredElsewhere: answered - answeredHere, total, counted };
}

function countedFields(version: QuestionnaireVersion, answers: AnswerSet, page: QuestionnairePage): string[] {
  const dimensions = listVisibleDimensions(version, answers);
  if (page.kind === "profile") return listVisibleProfileQuestions(version, answers).filter((q) => q.required).map((q) => `profile.${q.id}`);
  if (page.kind === "targets") return dimensions.map((d) => `targets.${d.dimension.id}`);
  return (dimensions.find((d) => d.dimension.id === page.dimensionId)?.indicators ?? []).map((i) => `levels.${i.id}`);
}
