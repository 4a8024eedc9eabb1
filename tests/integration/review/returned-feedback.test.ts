// Issue 18: the returned firm reads the officer's feedback (reason, comments by dimension, adjusted
// levels) on the question pages, and what it changed since on the check page. The read answers only
// a manager of the firm, and only while the assessment is returned; against PGlite and PostgreSQL.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { createDraftAssessment, saveDraftAnswers, getCurrentRevision, submitCurrentRevision, type SubmitReadiness } from "@/lib/db/queries/assessments";
import { addReviewComment, approveAssessment, returnAssessment, setIndicatorValidation } from "@/lib/db/queries/review/commands";
import { getReturnedFeedbackForMember } from "@/lib/db/queries/review/returned-feedback";
import { registerQuestionnaireVersions } from "@/lib/db/seed";
import { emptyAnswerSet, type AnswerSet } from "@/lib/questionnaire/answer-set";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { validateAnswerSet, type AnswerProblem } from "@/lib/questionnaire/validate-answer-set";
import { listVisibleDimensions } from "@/lib/questionnaire/visible-items";
import { listAdjustedValidations } from "@/lib/review/returned-feedback";
import { scoreSubmission } from "@/lib/scoring/submission-scores";
import { createEnrolledFirm, seedFixtures, type Fixtures } from "../support/fixtures";

const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId)!;
const structure = questionnaire.structure;
const skills = structure.factors[0]!.dimensions.find((d) => d.id === "skills")!;
const [firstSkill, secondSkill] = skills.indicators;

let fixtures: Fixtures;
const manager = (): Actor => ({ id: fixtures.users.managerA.id, role: "sme" });
const officer = (): Actor => ({ id: fixtures.users.officerA.id, role: "officer" });

beforeAll(async () => {
  fixtures = await seedFixtures();
  await registerQuestionnaireVersions(getDb(), [{ id: questionnaire.id, contentHash: questionnaire.contentHash }]);
});

function completeAnswers(level = 3): AnswerSet {
  const answers: AnswerSet = {
    ...emptyAnswerSet(),
    profile: { country: "MY", sector: "22", employees: 50, turnover: "1m-5m", exports: true, "offers-services": false, technologies: ["none"], challenges: ["funding"] },
  };
  for (const { indicators } of listVisibleDimensions(structure, answers)) for (const i of indicators) answers.levels[i.id] = level;
  return answers;
}

function prepare(revision: { answers: AnswerSet }): SubmitReadiness<AnswerProblem> {
  const problems = validateAnswerSet(structure, revision.answers, "submit");
  return problems.length > 0 ? { kind: "incomplete", problems } : { kind: "ready", scores: scoreSubmission(structure, revision.answers) };
}

async function submitted(): Promise<string> {
  const firm = await createEnrolledFirm(fixtures.users.managerA.id, fixtures.programmes.programmeA.id);
  const { assessmentId } = await createDraftAssessment(
    { firmId: firm.id, programmeId: fixtures.programmes.programmeA.id, questionnaireVersionId: questionnaire.id, contentHash: questionnaire.contentHash, answers: completeAnswers(), prefilledFrom: null },
    manager(),
  );
  expect((await submitCurrentRevision(assessmentId, crypto.randomUUID(), manager(), prepare)).kind).toBe("submitted");
  return assessmentId;
}

describe("getReturnedFeedbackForMember", () => {
  it("reads the returned revision's reason, comments by dimension, validations and answers for the firm's manager only", async () => {
    const id = await submitted();
    expect(await getReturnedFeedbackForMember(fixtures.users.managerA.id, id), "nothing before a decision").toBeNull();

    await setIndicatorValidation({ assessmentId: id, revisionNumber: 1, indicatorId: firstSkill!.id, level: 1, justification: "No training records seen" }, officer());
    await setIndicatorValidation({ assessmentId: id, revisionNumber: 1, indicatorId: secondSkill!.id, level: 3, justification: "Confirmed on site" }, officer());
    await addReviewComment({ assessmentId: id, revisionNumber: 1, dimensionId: "skills", body: "Describe the training plan" }, officer());
    await addReviewComment({ assessmentId: id, revisionNumber: 1, dimensionId: null, body: "Mostly convincing" }, officer());
    expect(await getReturnedFeedbackForMember(fixtures.users.managerA.id, id), "nothing while in review").toBeNull();
    await returnAssessment({ assessmentId: id, revisionNumber: 1, reason: "Add evidence for the skills ratings" }, officer());

    // The firm's draft changes; the feedback still shows the returned revision's answers.
    const draft = (await getCurrentRevision(id))!;
    await saveDraftAnswers(draft.id, draft, { ...draft.answers, levels: { ...draft.answers.levels, [firstSkill!.id]: 1 } }, { userId: manager().id, source: "page" });

    const feedback = await getReturnedFeedbackForMember(fixtures.users.managerA.id, id);
    expect(feedback).toMatchObject({ revisionNumber: 1, reason: "Add evidence for the skills ratings" });
    expect(feedback!.decidedAt).toBeInstanceOf(Date);
    expect(feedback!.answers.levels[firstSkill!.id]).toBe(3);
    expect(feedback!.comments.map((c) => [c.dimensionId, c.body])).toEqual([
      ["skills", "Describe the training plan"],
      [null, "Mostly convincing"],
    ]);
    expect(listAdjustedValidations(feedback!).map((v) => [v.indicatorId, v.validatedLevel, v.justification])).toEqual([[firstSkill!.id, 1, "No training records seen"]]);
    expect(feedback!.validations).toHaveLength(2);

    // Another firm's manager, the programme's officer and the admin read nothing through it.
    for (const outsider of [fixtures.users.managerB, fixtures.users.officerA, fixtures.users.admin]) {
      expect(await getReturnedFeedbackForMember(outsider.id, id), outsider.email).toBeNull();
    }
  });

  it("reads nothing once the resubmission is approved, and only the latest return after a second one", async () => {
    const id = await submitted();
    await addReviewComment({ assessmentId: id, revisionNumber: 1, dimensionId: "skills", body: "First round" }, officer());
    await returnAssessment({ assessmentId: id, revisionNumber: 1, reason: "First reason" }, officer());
    expect((await submitCurrentRevision(id, crypto.randomUUID(), manager(), prepare)).kind).toBe("submitted");
    expect(await getReturnedFeedbackForMember(fixtures.users.managerA.id, id), "nothing while the resubmission waits").toBeNull();
    await addReviewComment({ assessmentId: id, revisionNumber: 2, dimensionId: "automation", body: "Second round" }, officer());
    await returnAssessment({ assessmentId: id, revisionNumber: 2, reason: "Second reason" }, officer());

    const second = await getReturnedFeedbackForMember(fixtures.users.managerA.id, id);
    expect(second).toMatchObject({ revisionNumber: 2, reason: "Second reason" });
    expect(second!.comments.map((c) => c.body)).toEqual(["Second round"]);

    expect((await submitCurrentRevision(id, crypto.randomUUID(), manager(), prepare)).kind).toBe("submitted");
    await approveAssessment({ assessmentId: id, revisionNumber: 3 }, officer());
    expect(await getReturnedFeedbackForMember(fixtures.users.managerA.id, id)).toBeNull();
  });
});
