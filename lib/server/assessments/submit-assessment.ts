import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { submitCurrentRevision, type SubmitOutcome } from "@/lib/db/queries/assessments";
import { getProgrammeTargets } from "@/lib/db/queries/programmes";
import { getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { validateAnswerSet, type AnswerProblem } from "@/lib/questionnaire/validate-answer-set";
import { scoreSubmission } from "@/lib/scoring/submission-scores";

/**
 * Submits the assessment's current draft: checks it is complete and scores it, both on the answers
 * read under the submit's locks, so what is frozen is what was checked and scored. Used by the
 * check page's submit action; the race tests call it the same way.
 */
export async function submitAssessment(
  assessment: { id: string; programmeId: string | null },
  idempotencyKey: string,
  actor: Actor,
): Promise<SubmitOutcome<AnswerProblem>> {
  const programmeTargets = await getProgrammeTargets(assessment.programmeId);
  return submitCurrentRevision<AnswerProblem>(assessment.id, idempotencyKey, actor, (revision) => {
    const questionnaire = getPublishedQuestionnaire(revision.questionnaireVersionId);
    if (!questionnaire) throw new Error(`questionnaire ${revision.questionnaireVersionId} is not shipped`);
    const problems = validateAnswerSet(questionnaire.structure, revision.answers, "submit");
    if (problems.length > 0) return { kind: "incomplete", problems };
    return { kind: "ready", scores: scoreSubmission(questionnaire.structure, revision.answers, programmeTargets) };
  });
}
