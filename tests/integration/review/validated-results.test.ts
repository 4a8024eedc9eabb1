// Issue 17: the officer approved with adjusted levels, the notice said "Your validated results are
// ready", yet the firm's results page and dashboard showed only its own figures. These loaders read
// the validated figures for the firm; against a real database (PGlite and PostgreSQL) they return
// the approval's index, band, scores and every justification, nothing before approval, and nothing
// to another firm. Who may open the assessment at all stays with the unchanged guard queries.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { createDraftAssessment, getAssessmentForMember, getAssessmentForOfficer, getSubmittedRevisionScores, submitCurrentRevision } from "@/lib/db/queries/assessments";
import { approveAssessment, setIndicatorValidation } from "@/lib/db/queries/review/commands";
import { getValidatedResultForFirm, listValidatedIndexesForFirm } from "@/lib/db/queries/validated-results";
import { registerQuestionnaireVersions } from "@/lib/db/seed";
import { emptyAnswerSet, type AnswerSet } from "@/lib/questionnaire/answer-set";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { listVisibleDimensions } from "@/lib/questionnaire/visible-items";
import { scoreSubmission } from "@/lib/scoring/submission-scores";
import { seedFixtures, type Fixtures } from "../support/fixtures";

const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId)!;
const structure = questionnaire.structure;
const skills = structure.factors[0]!.dimensions.find((d) => d.id === "skills")!;

let fixtures: Fixtures;
let approvedId: string;
let pendingId: string;
const manager = (): Actor => ({ id: fixtures.users.managerA.id, role: "sme" });
const officer = (): Actor => ({ id: fixtures.users.officerA.id, role: "officer" });

function answersAt(level: number): AnswerSet {
  const answers: AnswerSet = {
    ...emptyAnswerSet(),
    profile: { country: "MY", sector: "22", employees: 50, turnover: "1m-5m", exports: true, "offers-services": false, technologies: ["none"], challenges: ["funding"] },
  };
  for (const { indicators } of listVisibleDimensions(structure, answers)) for (const i of indicators) answers.levels[i.id] = level;
  return answers;
}

async function submittedAssessment(level: number): Promise<string> {
  const { assessmentId } = await createDraftAssessment(
    { firmId: fixtures.firms.firmA.id, programmeId: fixtures.programmes.programmeA.id, questionnaireVersionId: questionnaire.id, contentHash: questionnaire.contentHash, answers: answersAt(level), prefilledFrom: null },
    manager(),
  );
  const outcome = await submitCurrentRevision(assessmentId, crypto.randomUUID(), manager(), (revision) => ({ kind: "ready", scores: scoreSubmission(structure, revision.answers) }));
  expect(outcome.kind).toBe("submitted");
  return assessmentId;
}

beforeAll(async () => {
  fixtures = await seedFixtures();
  await registerQuestionnaireVersions(getDb(), [{ id: questionnaire.id, contentHash: questionnaire.contentHash }]);
  approvedId = await submittedAssessment(3);
  for (const [i, indicator] of skills.indicators.slice(0, 2).entries()) {
    await setIndicatorValidation({ assessmentId: approvedId, revisionNumber: 1, indicatorId: indicator.id, level: 1, justification: `No evidence ${i + 1}` }, officer());
  }
  expect(await approveAssessment({ assessmentId: approvedId, revisionNumber: 1 }, officer())).toMatchObject({ kind: "done", to: "approved" });
  // The firm's next assessment, submitted and not yet decided.
  pendingId = await submittedAssessment(2);
});

describe("the validated result a firm reads", () => {
  it("gives the approval's validated index below the self-assessed one, and each adjusted level with its justification", async () => {
    const validated = (await getValidatedResultForFirm(fixtures.firms.firmA.id, approvedId, 1))!;
    const self = (await getSubmittedRevisionScores(approvedId, 1))!;
    expect(self.readinessIndex).toBe(60);
    // Two skills questions down from 3 to 1: people 32/12, index (32/12 + 3 + 3) / 15 × 100 ≈ 57.8.
    expect(validated.scores.result.index.value).toBe(57.8);
    expect(validated.scores.result.index.band).toBe("adopter");
    expect(validated.scores.result.dimensions.find((d) => d.dimensionId === "skills")!.score).toBeCloseTo(5 / 3, 6);
    expect(validated.decidedByName).toBe("Officer A");
    expect(validated.adjustments).toEqual([
      { indicatorId: skills.indicators[0]!.id, validatedLevel: 1, justification: "No evidence 1" },
      { indicatorId: skills.indicators[1]!.id, validatedLevel: 1, justification: "No evidence 2" },
    ]);
    // Focus areas of the validated scores are ranked on the validated levels: skills is now the weakest.
    expect(validated.scores.priorities.focusAreas[0]!.dimensionId).toBe("skills");
  });

  it("lists the validated index of each approved assessment of the firm for its dashboard", async () => {
    const indexes = await listValidatedIndexesForFirm(fixtures.firms.firmA.id);
    expect([...indexes.entries()]).toEqual([[approvedId, { revisionNumber: 1, index: 57.8, band: "adopter" }]]);
  });

  it("gives nothing before approval, for another revision, or under review", async () => {
    expect(await getValidatedResultForFirm(fixtures.firms.firmA.id, pendingId, 1)).toBeNull();
    expect(await getValidatedResultForFirm(fixtures.firms.firmA.id, approvedId, 2)).toBeNull();
    // A validation opens the review; it is not a validated result until the approval.
    await setIndicatorValidation({ assessmentId: pendingId, revisionNumber: 1, indicatorId: skills.indicators[0]!.id, level: 0, justification: "Draft note" }, officer());
    expect(await getValidatedResultForFirm(fixtures.firms.firmA.id, pendingId, 1)).toBeNull();
  });

  it("gives another firm nothing, and the guards still keep its manager and another programme's officer out", async () => {
    expect(await getValidatedResultForFirm(fixtures.firms.firmB.id, approvedId, 1)).toBeNull();
    expect((await listValidatedIndexesForFirm(fixtures.firms.firmB.id)).size).toBe(0);
    expect(await getAssessmentForMember(fixtures.users.managerB.id, approvedId)).toBeNull();
    expect(await getAssessmentForOfficer(fixtures.users.officerB.id, approvedId)).toBeNull();
    // The owner and the programme's officer still get in.
    expect(await getAssessmentForMember(fixtures.users.managerA.id, approvedId)).toMatchObject({ id: approvedId, firmId: fixtures.firms.firmA.id });
    expect(await getAssessmentForOfficer(fixtures.users.officerA.id, approvedId)).toMatchObject({ id: approvedId });
  });
});
