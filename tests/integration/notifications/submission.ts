// Shared steps of the notification tests: a submitted assessment, as the submit action makes it.
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { createDraftAssessment, submitCurrentRevision, type SubmitReadiness } from "@/lib/db/queries/assessments";
import { firmMemberships, firms, programmeEnrolments } from "@/lib/db/schema";
import { registerQuestionnaireVersions } from "@/lib/db/seed";
import { emptyAnswerSet, type AnswerSet } from "@/lib/questionnaire/answer-set";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { validateAnswerSet, type AnswerProblem } from "@/lib/questionnaire/validate-answer-set";
import { listVisibleDimensions } from "@/lib/questionnaire/visible-items";
import { scoreSubmission } from "@/lib/scoring/submission-scores";

const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId)!;

export async function registerCurrentQuestionnaire(): Promise<void> {
  await registerQuestionnaireVersions(getDb(), [{ id: questionnaire.id, contentHash: questionnaire.contentHash }]);
}

function completeAnswers(): AnswerSet {
  const answers: AnswerSet = {
    ...emptyAnswerSet(),
    profile: { country: "MY", sector: "22", employees: 50, turnover: "1m-5m", exports: true, "offers-services": false, technologies: ["none"], challenges: ["funding"] },
  };
  for (const { indicators } of listVisibleDimensions(questionnaire.structure, answers)) for (const i of indicators) answers.levels[i.id] = 2;
  return answers;
}

function prepare(revision: { answers: AnswerSet }): SubmitReadiness<AnswerProblem> {
  const problems = validateAnswerSet(questionnaire.structure, revision.answers, "submit");
  return problems.length > 0 ? { kind: "incomplete", problems } : { kind: "ready", scores: scoreSubmission(questionnaire.structure, revision.answers) };
}

/**
 * A complete draft of the firm, in the programme (or none). A firm has one unfinished assessment per
 * programme (lib/assessments/lifecycle.ts), so every draft after the first goes to a twin of the
 * firm: same name, same members, same programme, so what the officers are told reads the same.
 */
export async function createCompleteDraft(firmId: string, programmeId: string | null, actor: Actor): Promise<string> {
  const input = { programmeId, questionnaireVersionId: questionnaire.id, contentHash: questionnaire.contentHash, answers: completeAnswers(), prefilledFrom: null };
  const started = await createDraftAssessment({ ...input, firmId }, actor);
  if (started.created) return started.assessmentId;
  const [firm] = await getDb().select({ name: firms.name, country: firms.country, sector: firms.sector, employees: firms.employees }).from(firms).where(eq(firms.id, firmId));
  const [twin] = await getDb().insert(firms).values(firm!).returning({ id: firms.id });
  // Every member of the firm joins the twin, so "tells every member" reads the same.
  const members = await getDb().select({ userId: firmMemberships.userId }).from(firmMemberships).where(eq(firmMemberships.firmId, firmId));
  await getDb().insert(firmMemberships).values(members.map(({ userId }) => ({ firmId: twin!.id, userId })));
  if (programmeId) await getDb().insert(programmeEnrolments).values({ firmId: twin!.id, programmeId });
  return (await createDraftAssessment({ ...input, firmId: twin!.id }, actor)).assessmentId;
}

export function submit(assessmentId: string, actor: Actor, key: string = crypto.randomUUID()) {
  return submitCurrentRevision(assessmentId, key, actor, prepare);
}
