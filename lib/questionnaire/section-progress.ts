import type { AnswerSet } from "./answer-set";
import { isUnanswered } from "./validate-answer-set";
import { listVisibleDimensions, listVisibleProfileQuestions, listVisibleSections } from "./visible-items";
import type { QuestionnaireVersion } from "./version-schema";

export type SectionStatus = "not-started" | "in-progress" | "completed";
export type SectionProgress = { sectionId: string; kind: "profile" | "factor" | "targets"; answered: number; total: number; status: SectionStatus };

function statusOf(answered: number, total: number): SectionStatus {
  if (answered === 0 && total > 0) return "not-started";
  return answered >= total ? "completed" : "in-progress";
}

/**
 * Progress per visible section for the task list. Profile counts required questions, a factor
 * section its visible indicators; targets count as answered once set (unset ones take defaults).
 */
export function listSectionProgress(version: QuestionnaireVersion, answers: AnswerSet): SectionProgress[] {
  const dimensions = listVisibleDimensions(version, answers);
  return listVisibleSections(version, answers).map((section) => {
    let answered = 0;
    let total = 0;
    if (section.kind === "profile") {
      const required = listVisibleProfileQuestions(version, answers).filter((q) => q.required);
      total = required.length;
      answered = required.filter((q) => !isUnanswered(answers.profile[q.id])).length;
    } else if (section.kind === "factor") {
      const indicators = dimensions.filter((d) => d.sectionId === section.id).flatMap((d) => d.indicators);
      total = indicators.length;
      answered = indicators.filter((i) => answers.levels[i.id] !== undefined).length;
    } else {
      total = dimensions.length;
      answered = dimensions.filter((d) => answers.targets[d.dimension.id] !== undefined).length;
    }
    return { sectionId: section.id, kind: section.kind, answered, total, status: statusOf(answered, total) };
  });
}
