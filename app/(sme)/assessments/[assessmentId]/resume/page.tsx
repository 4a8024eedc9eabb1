import { redirect } from "next/navigation";
import { requireAssessmentAccess } from "@/lib/auth/guards";
import { fieldDomId } from "@/lib/questionnaire/answer-fields";
import { findResumePoint } from "@/lib/questionnaire/pages";
import { loadAssessment } from "@/lib/server/assessments/load-assessment";

type Props = { params: Promise<{ assessmentId: string }> };

/** GET /assessments/:id/resume — opens a draft at its first unanswered question; the firm's own SME manager. */
export default async function ResumePage({ params }: Props) {
  const { assessmentId } = await params;
  const { assessment } = await requireAssessmentAccess(assessmentId, "edit");
  const { revision, questionnaire, editable } = await loadAssessment(assessment);
  if (!editable) redirect(`/assessments/${assessment.id}`);
  const resume = findResumePoint(questionnaire.structure, revision.answers);
  redirect(`/assessments/${assessment.id}/${resume.pageId}${resume.field ? `#${fieldDomId(resume.field)}` : ""}`);
}
