// The officer review against a real database (PGlite and PostgreSQL): validations, comments, return
// with a new draft revision, resubmission, approval with validated scores, the audit trail of every
// step, refusals that change nothing, and concurrent decisions that end in exactly one.
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { createDraftAssessment, getCurrentRevision, listRevisions, saveDraftAnswers, submitCurrentRevision, type SubmitReadiness } from "@/lib/db/queries/assessments";
import { addReviewComment, approveAssessment, returnAssessment, setIndicatorValidation } from "@/lib/db/queries/review/commands";
import { getLatestReviewOutcome, getReviewContext, listAssessmentHistory } from "@/lib/db/queries/review/reads";
import { assessments, auditEvents, indicatorValidations, notifications, programmes, reviewComments, reviewDecisions } from "@/lib/db/schema";
import { registerQuestionnaireVersions } from "@/lib/db/seed";
import { emptyAnswerSet, type AnswerSet } from "@/lib/questionnaire/answer-set";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { validateAnswerSet, type AnswerProblem } from "@/lib/questionnaire/validate-answer-set";
import { listVisibleDimensions } from "@/lib/questionnaire/visible-items";
import { diffRevisions } from "@/lib/review/revision-diff";
import { dimensionScoresOf, scoreValidatedSubmission } from "@/lib/review/validated-scores";
import { scoreSubmission } from "@/lib/scoring/submission-scores";
import { expectPostgresError } from "../support/database-error";
import { createEnrolledFirm, seedFixtures, type Fixtures } from "../support/fixtures";

const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId)!;
const structure = questionnaire.structure;
const skills = structure.factors[0]!.dimensions.find((d) => d.id === "skills")!;
const [firstSkill, secondSkill] = skills.indicators;
const INSUFFICIENT_PRIVILEGE = "42501";

let fixtures: Fixtures;
const manager = (): Actor => ({ id: fixtures.users.managerA.id, role: "sme" });
const officer = (): Actor => ({ id: fixtures.users.officerA.id, role: "officer" });
const admin = (): Actor => ({ id: fixtures.users.admin.id, role: "admin" });

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

/** A draft of a fresh firm of manager A in programme A (a firm has one unfinished assessment per programme). */
async function newDraft(answers: AnswerSet = completeAnswers()): Promise<string> {
  const firm = await createEnrolledFirm(fixtures.users.managerA.id, fixtures.programmes.programmeA.id, fixtures.firms.firmA.name);
  const { assessmentId } = await createDraftAssessment(
    { firmId: firm.id, programmeId: fixtures.programmes.programmeA.id, questionnaireVersionId: questionnaire.id, contentHash: questionnaire.contentHash, answers, prefilledFrom: null },
    manager(),
  );
  return assessmentId;
}

async function submitted(answers: AnswerSet = completeAnswers()): Promise<string> {
  const id = await newDraft(answers);
  expect((await submitCurrentRevision(id, crypto.randomUUID(), manager(), prepare)).kind).toBe("submitted");
  return id;
}

async function statusOf(id: string) {
  const [row] = await getDb()
    .select({ status: assessments.status, currentRevision: assessments.currentRevision, latestSubmittedRevision: assessments.latestSubmittedRevision })
    .from(assessments)
    .where(eq(assessments.id, id));
  return row!;
}

/** The notifications the firm's manager got about this assessment, oldest first. */
async function firmNotificationKinds(id: string): Promise<string[]> {
  const rows = await getDb()
    .select({ kind: notifications.kind })
    .from(notifications)
    .where(and(eq(notifications.assessmentId, id), eq(notifications.userId, fixtures.users.managerA.id)))
    .orderBy(notifications.createdAt);
  return rows.map((r) => r.kind);
}

/** Row counts of everything a review action writes, to prove a refusal wrote nothing. */
async function footprint(id: string) {
  const count = async (table: typeof auditEvents | typeof reviewDecisions | typeof reviewComments | typeof indicatorValidations) => {
    const column = table === auditEvents ? auditEvents.entityId : (table as typeof reviewDecisions).assessmentId;
    const [row] = await getDb().select({ n: sql<number>`count(*)::int` }).from(table).where(eq(column, id));
    return row!.n;
  };
  return {
    state: await statusOf(id),
    revisions: (await listRevisions(id)).length,
    audit: await count(auditEvents),
    decisions: await count(reviewDecisions),
    comments: await count(reviewComments),
    validations: await count(indicatorValidations),
    firmNotifications: (await firmNotificationKinds(id)).length,
  };
}

describe("the review workflow from submission to approval", () => {
  it("validates, comments, returns with a new draft, takes the resubmission and approves with validated scores", async () => {
    await getDb().update(programmes).set({ targets: { skills: 5 } }).where(eq(programmes.id, fixtures.programmes.programmeA.id));
    const id = await submitted();

    // The first review action opens the review.
    expect(await setIndicatorValidation({ assessmentId: id, revisionNumber: 1, indicatorId: firstSkill!.id, level: 1, justification: "No training records seen" }, officer())).toEqual({
      kind: "done",
      from: "submitted",
      to: "in_review",
    });
    expect((await statusOf(id)).status).toBe("in_review");
    // Changing a validation replaces it.
    await setIndicatorValidation({ assessmentId: id, revisionNumber: 1, indicatorId: firstSkill!.id, level: 2, justification: "Records for half the operators" }, officer());
    expect(await addReviewComment({ assessmentId: id, revisionNumber: 1, dimensionId: "skills", body: "Describe the training plan" }, officer())).toEqual({ kind: "done", from: "in_review", to: "in_review" });
    await addReviewComment({ assessmentId: id, revisionNumber: 1, dimensionId: null, body: "Thanks, mostly convincing" }, officer());

    let context = (await getReviewContext(id))!;
    expect(context.revision?.number).toBe(1);
    expect(context.previousRevision).toBeNull();
    expect(context.validations).toEqual([
      expect.objectContaining({ indicatorId: firstSkill!.id, validatedLevel: 2, justification: "Records for half the operators", validatedByName: "Officer A" }),
    ]);
    expect(context.comments.map((c) => [c.revisionNumber, c.dimensionId, c.body, c.authorName])).toEqual([
      [1, "skills", "Describe the training plan", "Officer A"],
      [1, null, "Thanks, mostly convincing", "Officer A"],
    ]);
    expect(context.firm).toMatchObject({ name: "Firm A Sdn Bhd", sector: "22", employees: 50, country: "MY" });
    expect(context.assessment.programmeName).toBe("Programme A");
    expect(context.programmeTargets).toEqual({ skills: 5 });

    // Return: the decision with its reason, and revision 2 as a draft copy of revision 1.
    expect(await returnAssessment({ assessmentId: id, revisionNumber: 1, reason: "Add evidence for the skills ratings" }, officer())).toEqual({ kind: "done", from: "in_review", to: "returned" });
    expect(await statusOf(id)).toEqual({ status: "returned", currentRevision: 2, latestSubmittedRevision: 1 });
    expect(await firmNotificationKinds(id), "the firm is told of the return, not of validations or comments").toEqual(["assessment.returned"]);
    const [first, second] = await listRevisions(id);
    expect(second).toMatchObject({ number: 2, submittedAt: null, version: 0, questionnaireVersionId: first!.questionnaireVersionId, contentHash: first!.contentHash });
    expect(second!.answers).toEqual(first!.answers);
    const returned = (await getLatestReviewOutcome(id))!;
    expect(returned).toMatchObject({ decision: "returned", revisionNumber: 1, reason: "Add evidence for the skills ratings", validatedIndex: null });
    expect(returned.comments.map((c) => [c.dimensionId, c.body])).toEqual([
      ["skills", "Describe the training plan"],
      [null, "Thanks, mostly convincing"],
    ]);

    // The firm edits the new draft and resubmits.
    const draft = (await getCurrentRevision(id))!;
    const edited = { ...draft.answers, levels: { ...draft.answers.levels, [secondSkill!.id]: 1 }, notes: { [firstSkill!.id]: "Training log attached" } };
    expect(await saveDraftAnswers(draft.id, { version: 0, answers: draft.answers }, edited, { userId: manager().id, source: "page" })).toBe(1);
    expect((await submitCurrentRevision(id, crypto.randomUUID(), manager(), prepare)).kind).toBe("submitted");
    expect(await statusOf(id)).toEqual({ status: "submitted", currentRevision: 2, latestSubmittedRevision: 2 });

    context = (await getReviewContext(id))!;
    expect(context.revision?.number).toBe(2);
    expect(context.previousRevision?.number).toBe(1);
    expect(context.validations).toEqual([]);
    expect(diffRevisions(structure, context.previousRevision!.answers, context.revision!.answers)).toEqual([
      { kind: "note", dimensionId: "skills", indicatorId: firstSkill!.id, before: null, after: "Training log attached" },
      { kind: "level", dimensionId: "skills", indicatorId: secondSkill!.id, before: 3, after: 1 },
    ]);
    expect(context.decisions.map((d) => [d.revisionNumber, d.decision, d.reason])).toEqual([[1, "returned", "Add evidence for the skills ratings"]]);

    // Approval stores the validated scores, computed from the answers and validations of revision 2.
    await setIndicatorValidation({ assessmentId: id, revisionNumber: 2, indicatorId: firstSkill!.id, level: 2, justification: "Log covers half the operators" }, officer());
    expect(await approveAssessment({ assessmentId: id, revisionNumber: 2 }, officer())).toEqual({ kind: "done", from: "in_review", to: "approved" });
    expect((await statusOf(id)).status).toBe("approved");
    expect(await firmNotificationKinds(id)).toEqual(["assessment.returned", "assessment.approved"]);
    const expected = scoreValidatedSubmission(structure, edited, [{ indicatorId: firstSkill!.id, validatedLevel: 2 }], { skills: 5 });
    const [decision] = await getDb().select().from(reviewDecisions).where(and(eq(reviewDecisions.assessmentId, id), eq(reviewDecisions.decision, "approved")));
    expect(decision).toMatchObject({
      reason: null,
      decidedBy: fixtures.users.officerA.id,
      validatedIndex: expected.readinessIndex,
      validatedBand: expected.readinessBand,
      validatedPeopleScore: expected.factorScores.people,
      validatedProcessScore: expected.factorScores.process,
      validatedTechnologyScore: expected.factorScores.technology,
      validatedServicesScore: null,
      validatedDimensionScores: dimensionScoresOf(expected),
    });
    expect(decision!.validatedScores?.result).toEqual(expected.result);
    expect(decision!.validatedDimensionScores!.skills).toBeCloseTo((2 + 1 + 3) / 3, 9);
    expect(decision!.validatedScores?.result.dimensions.find((d) => d.dimensionId === "skills")?.target).toEqual({ level: 5, origin: "given" });
    expect(await getLatestReviewOutcome(id)).toMatchObject({ decision: "approved", revisionNumber: 2, validatedIndex: expected.readinessIndex, comments: [] });

    // Every step is in the history with who, from/to and the reason.
    const history = await listAssessmentHistory(id);
    expect(history.map((e) => [e.step, e.actorName, e.actorRole, e.fromState, e.toState, e.revision])).toEqual([
      ["created", "Manager A", "sme", null, "draft", null],
      ["submitted", "Manager A", "sme", "draft", "submitted", 1],
      ["validated", "Officer A", "officer", "submitted", "in_review", 1],
      ["validated", "Officer A", "officer", "in_review", "in_review", 1],
      ["commented", "Officer A", "officer", "in_review", "in_review", 1],
      ["commented", "Officer A", "officer", "in_review", "in_review", 1],
      ["returned", "Officer A", "officer", "in_review", "returned", 1],
      ["resubmitted", "Manager A", "sme", "returned", "submitted", 2],
      ["validated", "Officer A", "officer", "submitted", "in_review", 2],
      ["approved", "Officer A", "officer", "in_review", "approved", 2],
    ]);
    expect(history[2]).toMatchObject({ reason: "No training records seen", indicatorId: firstSkill!.id, dimensionId: "skills", validatedLevel: 1 });
    expect(history[3]).toMatchObject({ reason: "Records for half the operators", validatedLevel: 2 });
    expect(history[4]).toMatchObject({ dimensionId: "skills" });
    expect(history[6]).toMatchObject({ reason: "Add evidence for the skills ratings" });
    expect(history.every((e) => e.at instanceof Date)).toBe(true);
  });

  it("lets an admin approve a submission straight away, scoring it as self-assessed", async () => {
    const id = await submitted(completeAnswers(2));
    expect(await approveAssessment({ assessmentId: id, revisionNumber: 1 }, admin())).toEqual({ kind: "done", from: "submitted", to: "approved" });
    const [decision] = await getDb().select().from(reviewDecisions).where(eq(reviewDecisions.assessmentId, id));
    expect(decision!.validatedIndex).toBe(scoreSubmission(structure, completeAnswers(2), { skills: 5 }).readinessIndex);
    const [event] = await getDb().select().from(auditEvents).where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, "review.approved")));
    expect(event).toMatchObject({ actorUserId: fixtures.users.admin.id, actorRole: "admin", fromState: "submitted", toState: "approved" });
  });
});

describe("refused review actions change nothing", () => {
  it("refuses every action on a draft that was never submitted", async () => {
    const id = await newDraft();
    const before = await footprint(id);
    expect(await setIndicatorValidation({ assessmentId: id, revisionNumber: 1, indicatorId: firstSkill!.id, level: 1, justification: "x" }, officer())).toEqual({ kind: "refused", refusal: "not-submitted" });
    expect(await addReviewComment({ assessmentId: id, revisionNumber: 1, dimensionId: null, body: "x" }, officer())).toEqual({ kind: "refused", refusal: "not-submitted" });
    expect(await approveAssessment({ assessmentId: id, revisionNumber: 1 }, officer())).toEqual({ kind: "refused", refusal: "not-submitted" });
    expect(await returnAssessment({ assessmentId: id, revisionNumber: 1, reason: "x" }, officer())).toEqual({ kind: "refused", refusal: "not-submitted" });
    expect(await footprint(id)).toEqual(before);
  });

  it("refuses a second decision and any change on a decided revision", async () => {
    const id = await submitted();
    await approveAssessment({ assessmentId: id, revisionNumber: 1 }, officer());
    const before = await footprint(id);
    const refused = { kind: "refused", refusal: "already-decided" };
    expect(await approveAssessment({ assessmentId: id, revisionNumber: 1 }, officer())).toEqual(refused);
    expect(await returnAssessment({ assessmentId: id, revisionNumber: 1, reason: "Too late" }, officer())).toEqual(refused);
    expect(await setIndicatorValidation({ assessmentId: id, revisionNumber: 1, indicatorId: firstSkill!.id, level: 0, justification: "Too late" }, officer())).toEqual(refused);
    expect(await addReviewComment({ assessmentId: id, revisionNumber: 1, dimensionId: "skills", body: "Too late" }, officer())).toEqual(refused);
    expect(await footprint(id)).toEqual(before);
  });

  it("refuses actions posted for another revision than the one under review, and ids the firm was not asked", async () => {
    const id = await submitted();
    await returnAssessment({ assessmentId: id, revisionNumber: 1, reason: "Please check" }, officer());
    expect(await approveAssessment({ assessmentId: id, revisionNumber: 2 }, officer())).toEqual({ kind: "refused", refusal: "revision-changed" });
    await submitCurrentRevision(id, crypto.randomUUID(), manager(), prepare);
    const before = await footprint(id);
    // A page still showing revision 1 posts a decision: refused, revision 2 has not been seen.
    expect(await approveAssessment({ assessmentId: id, revisionNumber: 1 }, officer())).toEqual({ kind: "refused", refusal: "revision-changed" });
    const servicesIndicator = structure.factors.find((f) => f.id === "services")!.dimensions[0]!.indicators[0]!.id;
    expect(await setIndicatorValidation({ assessmentId: id, revisionNumber: 2, indicatorId: servicesIndicator, level: 1, justification: "x" }, officer())).toEqual({ kind: "refused", refusal: "unknown-indicator" });
    expect(await addReviewComment({ assessmentId: id, revisionNumber: 2, dimensionId: "no-such-dimension", body: "x" }, officer())).toEqual({ kind: "refused", refusal: "unknown-dimension" });
    expect(await approveAssessment({ assessmentId: crypto.randomUUID(), revisionNumber: 1 }, officer())).toEqual({ kind: "refused", refusal: "not-found" });
    expect(await footprint(id)).toEqual(before);
  });

  it("refuses a blank justification for an adjusted level, and an out-of-range level in the database too", async () => {
    const id = await submitted();
    // The command decides from the stored answers that level 1 (the firm said 3) needs a justification.
    expect(await setIndicatorValidation({ assessmentId: id, revisionNumber: 1, indicatorId: firstSkill!.id, level: 1, justification: "   " }, officer())).toEqual({ kind: "refused", refusal: "justification-required" });
    await expectPostgresError(setIndicatorValidation({ assessmentId: id, revisionNumber: 1, indicatorId: firstSkill!.id, level: 6, justification: "Too high" }, officer()));
    await expectPostgresError(returnAssessment({ assessmentId: id, revisionNumber: 1, reason: " " }, officer()));
    const after = await footprint(id);
    expect(after).toMatchObject({ state: { status: "submitted", currentRevision: 1 }, revisions: 1, decisions: 0, validations: 0 });
  });
});

describe("concurrent decisions", () => {
  it("turns 12 officers approving and returning at once into exactly one decision", async () => {
    const id = await submitted();
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        i % 2 === 0
          ? approveAssessment({ assessmentId: id, revisionNumber: 1 }, i % 4 === 0 ? officer() : admin())
          : returnAssessment({ assessmentId: id, revisionNumber: 1, reason: `Return ${i}` }, officer()),
      ),
    );
    const done = outcomes.filter((o) => o.kind === "done");
    expect(done).toHaveLength(1);
    expect(outcomes.filter((o) => o.kind === "refused" && o.refusal === "already-decided")).toHaveLength(11);
    const decisions = await getDb().select({ decision: reviewDecisions.decision }).from(reviewDecisions).where(eq(reviewDecisions.assessmentId, id));
    expect(decisions).toHaveLength(1);
    const events = await getDb()
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), sql`${auditEvents.action} in ('review.approved', 'review.returned')`));
    expect(events).toEqual([{ action: `review.${decisions[0]!.decision}` }]);
    const state = await statusOf(id);
    expect(state.status).toBe(decisions[0]!.decision);
    expect((await listRevisions(id)).length).toBe(decisions[0]!.decision === "returned" ? 2 : 1);
  });
});

describe("the record cannot be rewritten", () => {
  it("refuses UPDATE and DELETE of review decisions and audit events", async () => {
    const id = await submitted();
    await returnAssessment({ assessmentId: id, revisionNumber: 1, reason: "Original reason" }, officer());
    const db = getDb();
    for (const statement of [
      db.update(reviewDecisions).set({ reason: "Rewritten" }).where(eq(reviewDecisions.assessmentId, id)),
      db.delete(reviewDecisions).where(eq(reviewDecisions.assessmentId, id)),
      db.update(auditEvents).set({ reason: "Rewritten" }).where(eq(auditEvents.entityId, id)),
      db.delete(auditEvents).where(eq(auditEvents.entityId, id)),
    ]) {
      expect((await expectPostgresError(statement)).code).toBe(INSUFFICIENT_PRIVILEGE);
    }
    expect((await getLatestReviewOutcome(id))?.reason).toBe("Original reason");
    const history = await listAssessmentHistory(id);
    expect(history.find((e) => e.step === "returned")?.reason).toBe("Original reason");
  });
});
