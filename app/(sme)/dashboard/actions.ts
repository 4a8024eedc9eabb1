"use server";

import { notFound, redirect } from "next/navigation";
import { requireFirmAccess, requireRole } from "@/lib/auth/guards";
import { createDraftAssessment, getLatestApprovedAnswers, listAssessmentsForFirm, editableStatuses } from "@/lib/db/queries/assessments";
import { getProgrammeQuestionnaireVersion } from "@/lib/db/queries/programmes";
import { listProgrammesOfFirm } from "@/lib/db/queries/firms";
import { emptyAnswerSet } from "@/lib/questionnaire/answer-set";
import { carryOverAnswers } from "@/lib/questionnaire/carry-over";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { StartAssessmentSchema } from "./schema";

/**
 * Starts an assessment for the caller's firm, in one of its programmes or on its own; an SME
 * manager of that firm only. A firm has at most one open draft: asking again opens that one.
 */
export async function startAssessmentAction(formData: FormData): Promise<void> {
  const user = await requireRole("sme");
  const parsed = StartAssessmentSchema.safeParse({
    firmId: formData.get("firmId"),
    programmeId: formData.get("programmeId") ?? "",
    prefill: formData.get("prefill") ?? undefined,
  });
  if (!parsed.success) notFound();
  const { firm } = await requireFirmAccess(parsed.data.firmId);

  const open = (await listAssessmentsForFirm(firm.id)).find((a) => editableStatuses.includes(a.status));
  if (open) redirect(`/assessments/${open.id}/resume`);

  const programmeId = parsed.data.programmeId;
  if (programmeId && !(await listProgrammesOfFirm(firm.id)).some((p) => p.id === programmeId)) notFound();
  const versionId = (programmeId && (await getProgrammeQuestionnaireVersion(programmeId))) || currentQuestionnaireId;
  const questionnaire = getPublishedQuestionnaire(versionId);
  if (!questionnaire) throw new Error(`questionnaire ${versionId} is not shipped`);

  const previous = parsed.data.prefill === "approved" ? await getLatestApprovedAnswers(firm.id) : null;
  const answers = previous
    ? carryOverAnswers(questionnaire.structure, previous)
    : // What sign-up already asked is not asked again.
      carryOverAnswers(questionnaire.structure, { ...emptyAnswerSet(), profile: { country: firm.country, sector: firm.sector, employees: firm.employees } });

  const { assessmentId } = await createDraftAssessment(
    { firmId: firm.id, programmeId, questionnaireVersionId: questionnaire.id, contentHash: questionnaire.contentHash, answers, prefilledFrom: previous ? "approved" : null },
    { id: user.id, role: user.role },
  );
  redirect(`/assessments/${assessmentId}/resume`);
}
