import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import type { QuestionnairePage } from "@/lib/questionnaire/pages";
import type { QuestionnaireVersion } from "@/lib/questionnaire/version-schema";

// What a returned firm is shown of its review, and where revising starts. The officer "flagged" a
// dimension by commenting on it or by validating one of its indicators at another level than the
// firm chose; a validation that confirms the firm's level is no request to change anything.

export type ReturnedComment = { id: string; dimensionId: string | null; body: string; createdAt: Date };
export type ReturnedValidation = { indicatorId: string; validatedLevel: number; justification: string; validatedAt: Date };

/** The officer's feedback on the revision that was returned, as the firm reads it. */
export type ReturnedFeedback = {
  revisionNumber: number;
  reason: string;
  decidedAt: Date;
  /** The answers of the returned revision: what "what changed" compares against. */
  answers: AnswerSet;
  comments: ReturnedComment[];
  validations: ReturnedValidation[];
};

/** Validations at another level than the firm's own answer on the returned revision. */
export function listAdjustedValidations(feedback: Pick<ReturnedFeedback, "answers" | "validations">): ReturnedValidation[] {
  return feedback.validations.filter((v) => (Object.hasOwn(feedback.answers.levels, v.indicatorId) ? feedback.answers.levels[v.indicatorId] : undefined) !== v.validatedLevel);
}

/** The dimensions the officer flagged: commented on, or with an adjusted level. */
export function listFlaggedDimensionIds(version: QuestionnaireVersion, feedback: Pick<ReturnedFeedback, "answers" | "validations" | "comments">): Set<string> {
  const flagged = new Set<string>();
  for (const comment of feedback.comments) if (comment.dimensionId !== null) flagged.add(comment.dimensionId);
  const adjusted = new Set(listAdjustedValidations(feedback).map((v) => v.indicatorId));
  for (const dimension of version.factors.flatMap((f) => f.dimensions)) {
    if (dimension.indicators.some((i) => adjusted.has(i.id))) flagged.add(dimension.id);
  }
  return flagged;
}

/**
 * Where "Revise and resubmit" and "Continue" open a returned assessment: the first flagged
 * dimension in questionnaire order (among the pages the firm now sees), else the first question page.
 */
export function chooseRevisePage(pages: readonly QuestionnairePage[], flagged: ReadonlySet<string>): string {
  const first = pages.find((p) => p.kind === "dimension" && flagged.has(p.dimensionId));
  return first?.id ?? pages[0]?.id ?? "profile";
}
