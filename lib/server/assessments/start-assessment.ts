import "server-only";
import { decidePrefill, decideStart } from "@/lib/assessments/lifecycle";
import type { Actor } from "@/lib/auth/actor";
import { createDraftAssessment, getLatestApprovedAnswers, listAssessmentsForFirm } from "@/lib/db/queries/assessments";
import { listProgrammesOfFirm } from "@/lib/db/queries/firms";
import { getProgrammeQuestionnaireVersion } from "@/lib/db/queries/programmes";
import { emptyAnswerSet } from "@/lib/questionnaire/answer-set";
import { carryOverAnswers } from "@/lib/questionnaire/carry-over";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";

export type StartInput = {
  firm: { id: string; country: string; sector: string; employees: number };
  programmeId: string | null;
  /** "approved": a re-assessment, prefilled from the firm's latest approved answers. */
  prefill: "approved" | "none";
};

export type StartOutcome = { kind: "opened"; assessmentId: string; created: boolean } | { kind: "unknown-programme" };

/**
 * Starts an assessment (or a re-assessment) for a firm the caller may act for, or opens its
 * unfinished one in that programme. Used by the dashboard's start action; the race tests call it
 * the same way. The lifecycle decides first (the common case: the firm clicked again), the
 * database's unique index settles parallel starts (createDraftAssessment).
 */
export async function startAssessment(input: StartInput, actor: Actor): Promise<StartOutcome> {
  const { firm, programmeId } = input;
  const existing = await listAssessmentsForFirm(firm.id);
  const decision = decideStart(existing, programmeId);
  if (decision.kind === "resume") return { kind: "opened", assessmentId: decision.assessmentId, created: false };

  if (programmeId && !(await listProgrammesOfFirm(firm.id)).some((p) => p.id === programmeId)) return { kind: "unknown-programme" };
  const versionId = (programmeId && (await getProgrammeQuestionnaireVersion(programmeId))) || currentQuestionnaireId;
  const questionnaire = getPublishedQuestionnaire(versionId);
  if (!questionnaire) throw new Error(`questionnaire ${versionId} is not shipped`);

  const previous = input.prefill === "approved" ? await getLatestApprovedAnswers(firm.id) : null;
  const prefilledFrom = decidePrefill(input.prefill, previous !== null);
  const answers = previous
    ? carryOverAnswers(questionnaire.structure, previous)
    : // What sign-up already asked is not asked again.
      carryOverAnswers(questionnaire.structure, { ...emptyAnswerSet(), profile: { country: firm.country, sector: firm.sector, employees: firm.employees } });

  const started = await createDraftAssessment(
    { firmId: firm.id, programmeId, questionnaireVersionId: questionnaire.id, contentHash: questionnaire.contentHash, answers, prefilledFrom },
    actor,
  );
  return { kind: "opened", ...started };
}
