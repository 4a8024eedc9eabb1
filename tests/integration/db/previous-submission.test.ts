// findPreviousSubmission against a real database: what a results page compares a submission with.
// The demo seed gives Plastik Maju two assessments (lib/db/demo-data.ts demoFirmHistories): an
// earlier approved one and the re-assessment after it, both in the Penang programme.
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password-hash";
import { getDb } from "@/lib/db/client";
import { DEMO_PASSWORD, demoFirms, demoPlanActions, demoProgrammes } from "@/lib/db/demo-data";
import { findPreviousSubmission } from "@/lib/db/queries/previous-submission";
import { assessmentRevisions, assessments, type StoredScores } from "@/lib/db/schema";
import { catalogue } from "@/lib/catalogue/catalogue";
import { registerQuestionnaireVersions, seedCatalogue, seedDemoData } from "@/lib/db/seed";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { loadProgressSincePrevious } from "@/lib/server/results/progress-since-previous";
import { seedDemoFirmHistories, seedDemoPlan } from "@/scripts/lib/database-tasks";

const plastikMaju = demoFirms[0];
type Submitted = { id: string; submittedAt: Date; revision: number; readinessIndex: number };
let first: Submitted;
let second: Submitted;

async function latestSubmission(assessmentId: string): Promise<Submitted> {
  const rows = await getDb()
    .select({ revision: assessmentRevisions.number, submittedAt: assessmentRevisions.submittedAt, readinessIndex: assessmentRevisions.readinessIndex })
    .from(assessmentRevisions)
    .where(and(eq(assessmentRevisions.assessmentId, assessmentId), isNotNull(assessmentRevisions.submittedAt)))
    .orderBy(asc(assessmentRevisions.number));
  const last = rows.at(-1)!;
  return { id: assessmentId, submittedAt: last.submittedAt!, revision: last.revision, readinessIndex: last.readinessIndex! };
}

beforeAll(async () => {
  const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId)!;
  await registerQuestionnaireVersions(getDb(), [{ id: questionnaire.id, contentHash: questionnaire.contentHash }]);
  await seedDemoData(getDb(), { passwordHash: await hashPassword(DEMO_PASSWORD), questionnaireVersionId: questionnaire.id });
  await seedDemoFirmHistories();
  const rows = await getDb().select({ id: assessments.id }).from(assessments).where(eq(assessments.firmId, plastikMaju.id)).orderBy(asc(assessments.lastSubmittedAt));
  expect(rows).toHaveLength(2);
  first = await latestSubmission(rows[0]!.id);
  second = await latestSubmission(rows[1]!.id);
});

describe("findPreviousSubmission", () => {
  it("finds the firm's earlier assessment with the scores of its latest submission", async () => {
    const previous = await findPreviousSubmission({ firmId: plastikMaju.id, assessmentId: second.id, before: second.submittedAt });
    expect(previous).toMatchObject({ assessmentId: first.id, revisionNumber: first.revision, submittedAt: first.submittedAt, readinessIndex: first.readinessIndex });
    expect(Object.keys(previous!.factorScores).sort()).toEqual(["people", "process", "technology"]);
    expect(Object.keys(previous!.dimensionScores).length).toBeGreaterThanOrEqual(12);
  });

  it("finds nothing before a firm's first assessment, nor for another firm", async () => {
    expect(await findPreviousSubmission({ firmId: plastikMaju.id, assessmentId: first.id, before: first.submittedAt })).toBeNull();
    expect(await findPreviousSubmission({ firmId: demoFirms[2].id, assessmentId: second.id, before: second.submittedAt })).toBeNull();
  });

  it("looks only inside the programme it is given", async () => {
    const inPenang = await findPreviousSubmission({ firmId: plastikMaju.id, assessmentId: second.id, before: second.submittedAt, programmeId: demoProgrammes[0].id });
    expect(inPenang?.assessmentId).toBe(first.id);
    expect(await findPreviousSubmission({ firmId: plastikMaju.id, assessmentId: second.id, before: second.submittedAt, programmeId: demoProgrammes[1].id })).toBeNull();
  });
});

describe("the demo improvement plan", () => {
  it("is seeded once, and the re-assessment's progress names the two actions done between the submissions", async () => {
    await seedCatalogue(getDb(), catalogue); // every migrate run seeds it; the plan links instruments
    expect(await seedDemoPlan()).toEqual({ written: demoPlanActions.length });
    expect(await seedDemoPlan()).toEqual({ written: 0 });
    const [row] = await getDb()
      .select({ submittedAt: assessmentRevisions.submittedAt, scores: assessmentRevisions.scores })
      .from(assessmentRevisions)
      .where(and(eq(assessmentRevisions.assessmentId, second.id), eq(assessmentRevisions.number, second.revision)));
    const shown = { submittedAt: row!.submittedAt!, scores: row!.scores as StoredScores };
    const progress = await loadProgressSincePrevious({ firmId: plastikMaju.id, assessmentId: second.id, programmeId: demoProgrammes[0].id, viewer: "sme", shown });
    const done = demoPlanActions.filter((action) => action.status === "done");
    expect(progress?.planDone).toEqual(Object.fromEntries(done.map((action) => [action.dimensionId, [action.title]])));
  });
});
