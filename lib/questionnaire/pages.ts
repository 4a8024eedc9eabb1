import type { AnswerSet } from "./answer-set";
import { isUnanswered } from "./validate-answer-set";
import { listVisibleDimensions, listVisibleProfileQuestions, listVisibleSections } from "./visible-items";
import type { QuestionnaireVersion } from "./version-schema";

/** One screen of the questionnaire: the profile, one dimension, or the targets. */
export type QuestionnairePage =
  | { kind: "profile"; id: string; sectionId: string }
  | { kind: "dimension"; id: string; sectionId: string; dimensionId: string }
  | { kind: "targets"; id: string; sectionId: string };

/** The pages a firm goes through, in order, given what it has answered so far. */
export function listPages(version: QuestionnaireVersion, answers: AnswerSet): QuestionnairePage[] {
  const dimensions = listVisibleDimensions(version, answers);
  return listVisibleSections(version, answers).flatMap<QuestionnairePage>((section) => {
    if (section.kind === "profile") return [{ kind: "profile", id: section.id, sectionId: section.id }];
    if (section.kind === "targets") return [{ kind: "targets", id: section.id, sectionId: section.id }];
    return dimensions
      .filter((d) => d.sectionId === section.id)
      .map((d) => ({ kind: "dimension", id: d.dimension.id, sectionId: section.id, dimensionId: d.dimension.id }));
  });
}

/**
 * Where a returning firm resumes: the first page with an unanswered required question (its field
 * as the anchor), or the targets page when every rating is in.
 */
export function findResumePoint(version: QuestionnaireVersion, answers: AnswerSet): { pageId: string; field: string | null } {
  const firstMissingProfile = listVisibleProfileQuestions(version, answers).find((q) => q.required && isUnanswered(answers.profile[q.id]));
  const pages = listPages(version, answers);
  if (firstMissingProfile) return { pageId: pages[0]?.id ?? "profile", field: `profile.${firstMissingProfile.id}` };
  for (const { dimension, indicators } of listVisibleDimensions(version, answers)) {
    const missing = indicators.find((i) => answers.levels[i.id] === undefined);
    if (missing) return { pageId: dimension.id, field: `levels.${missing.id}` };
  }
  const targets = pages.find((p) => p.kind === "targets");
  return { pageId: targets?.id ?? pages[pages.length - 1]?.id ?? "profile", field: null };
}

/** The page that shows an answer field (for "change" and error links). */
export function findPageOfField(version: QuestionnaireVersion, answers: AnswerSet, field: string): string {
  const id = field.slice(field.indexOf(".") + 1);
  if (field.startsWith("profile.")) return "profile";
  if (field.startsWith("targets.")) return "targets";
  const dimension = version.factors.flatMap((f) => f.dimensions).find((d) => d.indicators.some((i) => i.id === id));
  const pages = listPages(version, answers);
  return pages.find((p) => p.id === dimension?.id)?.id ?? pages[0]?.id ?? "profile";
}
