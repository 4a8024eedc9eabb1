import "server-only";
import { notFound } from "next/navigation";
import { decideEdit } from "@/lib/assessments/lifecycle";
import { getCurrentRevision, type AssessmentSummary, type RevisionContent } from "@/lib/db/queries/assessments";
import { getLocale } from "@/lib/i18n/server";
import { getPublishedQuestionnaire, type PublishedQuestionnaire } from "@/lib/questionnaire/published";
import type { QuestionnaireText } from "@/lib/questionnaire/text-schema";
import { textForLocale } from "@/lib/questionnaire/text-for-locale";

export type LoadedAssessment = {
  revision: RevisionContent;
  questionnaire: PublishedQuestionnaire;
  text: QuestionnaireText;
  editable: boolean;
};

/** The current revision with the questionnaire version it was made with (never the newest one). */
export async function loadAssessment(assessment: AssessmentSummary): Promise<LoadedAssessment> {
  const [revision, locale] = await Promise.all([getCurrentRevision(assessment.id), getLocale()]);
  if (!revision) notFound();
  const questionnaire = getPublishedQuestionnaire(revision.questionnaireVersionId);
  if (!questionnaire) throw new Error(`questionnaire ${revision.questionnaireVersionId} is not shipped`);
  return {
    revision,
    questionnaire,
    text: textForLocale(questionnaire.texts, locale, questionnaire.structure.defaultLocale),
    editable: decideEdit({ status: assessment.status, revisionSubmitted: revision.submittedAt !== null }).allowed,
  };
}
