// A revision keeps the firm profile it was scored with (issue 19): after a manager edits the
// profile, the officer's review and the PDF report still describe the firm as submitted, and the
// review says what the profile is now.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createDraftAssessment, submitCurrentRevision } from "@/lib/db/queries/assessments";
import { updateFirmProfile } from "@/lib/db/queries/firm-team";
import { getRevisionReportData } from "@/lib/db/queries/report";
import { getReviewContext } from "@/lib/db/queries/review/reads";
import { registerQuestionnaireVersions } from "@/lib/db/seed";
import { emptyAnswerSet, type AnswerSet } from "@/lib/questionnaire/answer-set";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { listVisibleDimensions } from "@/lib/questionnaire/visible-items";
import { scoreSubmission } from "@/lib/scoring/submission-scores";
import { createFirm, createUser } from "../support/fixtures";

const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId)!;

function completeAnswers(): AnswerSet {
  const set: AnswerSet = { ...emptyAnswerSet(), profile: { country: "MY", sector: "22", employees: 50, turnover: "5m-50m", exports: false, "offers-services": false, technologies: [], challenges: [] } };
  for (const { indicators } of listVisibleDimensions(questionnaire.structure, set)) for (const i of indicators) set.levels[i.id] = 2;
  return set;
}

beforeAll(async () => {
  await registerQuestionnaireVersions(getDb(), [{ id: questionnaire.id, contentHash: questionnaire.contentHash }]);
});

describe("the firm profile of a submitted revision", () => {
  it("stays as submitted in the review and the report after the manager edits the profile", async () => {
    const owner = await createUser({ role: "sme" });
    const actor = { id: owner.id, role: owner.role };
    const firm = await createFirm("Snapshot Plastics", owner.id);
    const { assessmentId } = await createDraftAssessment(
      { firmId: firm.id, programmeId: null, questionnaireVersionId: questionnaire.id, contentHash: questionnaire.contentHash, answers: completeAnswers(), prefilledFrom: null },
      actor,
    );
    const outcome = await submitCurrentRevision(assessmentId, crypto.randomUUID(), actor, (revision) => ({ kind: "ready", scores: scoreSubmission(questionnaire.structure, revision.answers) }));
    expect(outcome.kind).toBe("submitted");

    const before = await getReviewContext(assessmentId);
    expect(before?.firm).toMatchObject({ id: firm.id, name: "Snapshot Plastics", employees: 50 });
    expect(before?.firmNow).toBeNull();

    expect(await updateFirmProfile(actor, firm.id, { name: "Snapshot Polymers Sdn Bhd", sector: "22", employees: 120, country: "MY" })).toBe("updated");

    const after = await getReviewContext(assessmentId);
    expect(after?.firm).toMatchObject({ id: firm.id, name: "Snapshot Plastics", employees: 50, country: "MY", sector: "22" });
    expect(after?.firmNow).toMatchObject({ name: "Snapshot Polymers Sdn Bhd", employees: 120 });
    const report = await getRevisionReportData(assessmentId, 1);
    expect(report?.firm).toEqual({ id: firm.id, name: "Snapshot Plastics", country: "MY", sector: "22", employees: 50 });
  });
});
