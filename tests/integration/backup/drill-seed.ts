// The drill's data, written by a child process of backup-restore.test.ts (`tsx --conditions=react-server`)
// into the database DATABASE_URL points at: what `npm run db:seed` writes (demo accounts, programmes
// and the reviewed synthetic cohort), plus one assessment submitted through the app's own submit
// transaction (frozen revision with scores, audit events, officer notifications). Prints its id.
import { closeDb } from "@/lib/db/client";
import { demoFirms, demoUsers } from "@/lib/db/demo-data";
import { createDraftAssessment, submitCurrentRevision } from "@/lib/db/queries/assessments";
import { emptyAnswerSet, type AnswerSet } from "@/lib/questionnaire/answer-set";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { listVisibleDimensions } from "@/lib/questionnaire/visible-items";
import { scoreSubmission } from "@/lib/scoring/submission-scores";
import { migrateDatabase, seedDatabase } from "@/scripts/lib/database-tasks";

async function main(): Promise<void> {
  await migrateDatabase();
  await seedDatabase();

  const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId)!;
  const firm = demoFirms[0];
  const manager = { id: demoUsers[3].id, role: "sme" as const };
  const answers: AnswerSet = {
    ...emptyAnswerSet(),
    profile: { country: "MY", sector: firm.sector, employees: firm.employees, turnover: "1m-5m", exports: true, "offers-services": false, technologies: ["none"], challenges: ["funding"] },
  };
  let level = 0;
  for (const { indicators } of listVisibleDimensions(questionnaire.structure, answers)) for (const i of indicators) answers.levels[i.id] = level++ % 6;

  const { assessmentId } = await createDraftAssessment(
    { firmId: firm.id, programmeId: firm.programmeId, questionnaireVersionId: questionnaire.id, contentHash: questionnaire.contentHash, answers, prefilledFrom: null },
    manager,
  );
  const outcome = await submitCurrentRevision(assessmentId, "backup-drill", manager, (revision) => ({
    kind: "ready",
    scores: scoreSubmission(questionnaire.structure, revision.answers),
  }));
  if (outcome.kind !== "submitted") throw new Error(`the drill's submission was not accepted: ${outcome.kind}`);
  console.log(JSON.stringify({ assessmentId }));
}

main()
  .then(() => closeDb())
  .catch(async (error: unknown) => {
    console.error(error);
    await closeDb();
    process.exit(1);
  });
