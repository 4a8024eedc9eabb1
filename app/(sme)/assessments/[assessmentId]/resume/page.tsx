import { redirect } from "next/navigation";
import { requireRevisionAccess } from "@/lib/auth/guards";
import { fieldDomId } from "@/lib/questionnaire/answer-fields";
import { findResumePoint, listPages } from "@/lib/questionnaire/pages";
import { chooseRevisePage, listFlaggedDimensionIds } from "@/lib/review/returned-feedback";
import { loadAssessment } from "@/lib/server/assessments/load-assessment";

type Props = { params: Promise<{ assessmentId: string }> };

/** GET /assessments/:id/resume — opens a draft at its first unanswered question, a returned one at the first dimension the officer flagged; the firm's own SME manager. */
export default async function ResumePage({ params }: Props) {
  const { assessmentId } = await params;
  const { assessment, feedback } = await requireRevisionAccess(assessmentId);
  const { revision, questionnaire, editable } = await loadAssessment(assessment);
  if (!editable) redirect(`/assessments/${assessment.id}`);
  if (feedback) redirect(`/assessments/${assessment.id}/${chooseRevisePage(listPages(questionnaire.structure, revision.answers), listFlaggedDimensionIds(questionnaire.structure, feedback))}`);
  const resume = findResumePoint(questionnaire.structure, revision.answers);
  redirect(`/assessments/${assessment.id}/${resume.pageId}${resume.field ? `#${fieldDomId(resume.field)}` : ""}`);
}
