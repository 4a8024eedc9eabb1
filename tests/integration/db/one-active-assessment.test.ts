// "One unfinished assessment per firm and programme" (issue 15, item 2), held by the database's
// partial unique index and answered by opening the existing one: parallel starts, a double click,
// starts while one is under review, re-assessments, and inserts that bypass the app.
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { startAssessment } from "@/lib/server/assessments/start-assessment";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { createDraftAssessment, getCurrentRevision, submitCurrentRevision } from "@/lib/db/queries/assessments";
import { approveAssessment, returnAssessment } from "@/lib/db/queries/review/commands";
import { assessments, auditEvents, programmeEnrolments, programmeOfficers, programmes } from "@/lib/db/schema";
import { registerQuestionnaireVersions } from "@/lib/db/seed";
import { emptyAnswerSet, type AnswerSet } from "@/lib/questionnaire/answer-set";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { listVisibleDimensions } from "@/lib/questionnaire/visible-items";
import { scoreSubmission } from "@/lib/scoring/submission-scores";
import { expectPostgresError } from "../support/database-error";
import { createFirm, createUser } from "../support/fixtures";

const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId)!;
const UNIQUE_VIOLATION = "23505";

let manager: Actor;
let officer: Actor;
let programmeId: string;
let otherProgrammeId: string;

beforeAll(async () => {
  const db = getDb();
  await registerQuestionnaireVersions(db, [{ id: questionnaire.id, contentHash: questionnaire.contentHash }]);
  const sme = await createUser({ role: "sme" });
  const reviewer = await createUser({ role: "officer" });
  manager = { id: sme.id, role: "sme" };
  officer = { id: reviewer.id, role: "officer" };
  const rows = await db
    .insert(programmes)
    .values(["ONE-ACTIVE-A", "ONE-ACTIVE-B"].map((code) => ({ name: code, country: "MY", questionnaireVersionId: questionnaire.id, enrolmentCode: code })))
    .returning({ id: programmes.id });
  [programmeId, otherProgrammeId] = rows.map((r) => r.id) as [string, string];
  await db.insert(programmeOfficers).values({ programmeId, userId: reviewer.id });
});

async function newFirm() {
  const firm = await createFirm(`Starter ${randomUUID().slice(0, 8)}`, manager.id);
  await getDb().insert(programmeEnrolments).values([{ programmeId, firmId: firm.id }, { programmeId: otherProgrammeId, firmId: firm.id }]);
  return { id: firm.id, country: "MY", sector: "22", employees: 50 };
}

function completeAnswers(): AnswerSet {
  const answers: AnswerSet = {
    ...emptyAnswerSet(),
    profile: { country: "MY", sector: "22", employees: 50, turnover: "1m-5m", exports: true, "offers-services": false, technologies: ["none"], challenges: ["funding"] },
  };
  for (const { indicators } of listVisibleDimensions(questionnaire.structure, answers)) for (const i of indicators) answers.levels[i.id] = 3;
  return answers;
}

const scoreNow = (revision: { answers: AnswerSet }) => ({ kind: "ready" as const, scores: scoreSubmission(questionnaire.structure, revision.answers) });

async function assessmentsOf(firmId: string) {
  return getDb().select({ id: assessments.id, status: assessments.status, programmeId: assessments.programmeId }).from(assessments).where(eq(assessments.firmId, firmId));
}

async function createdEvents(assessmentId: string) {
  const rows = await getDb().select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, assessmentId));
  return rows.filter((r) => r.action === "assessment.created").length;
}

async function submittedDraft(firmId: string, inProgramme: string | null = programmeId): Promise<string> {
  const { assessmentId } = await createDraftAssessment(
    { firmId, programmeId: inProgramme, questionnaireVersionId: questionnaire.id, contentHash: questionnaire.contentHash, answers: completeAnswers(), prefilledFrom: null },
    manager,
  );
  expect((await submitCurrentRevision(assessmentId, randomUUID(), manager, scoreNow)).kind).toBe("submitted");
  return assessmentId;
}

describe("starting an assessment", () => {
  it("turns 20 parallel starts for one firm into one draft, and every start opens it", async () => {
    const firm = await newFirm();
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => startAssessment({ firm, programmeId, prefill: "none" }, manager)));
    const rows = await assessmentsOf(firm.id);
    expect(rows).toHaveLength(1);
    expect(outcomes.every((o) => o.kind === "opened" && o.assessmentId === rows[0]!.id)).toBe(true);
    expect(outcomes.filter((o) => o.kind === "opened" && o.created)).toHaveLength(1);
    expect(await createdEvents(rows[0]!.id)).toBe(1);
  });

  it("does the same for parallel starts outside any programme", async () => {
    const firm = await newFirm();
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => startAssessment({ firm, programmeId: null, prefill: "none" }, manager)));
    const rows = await assessmentsOf(firm.id);
    expect(rows).toHaveLength(1);
    expect(new Set(outcomes.map((o) => (o.kind === "opened" ? o.assessmentId : o.kind)))).toEqual(new Set([rows[0]!.id]));
  });

  it("opens the existing draft on a second click, and the one under review while it is reviewed", async () => {
    const firm = await newFirm();
    const first = await startAssessment({ firm, programmeId, prefill: "none" }, manager);
    expect(first).toMatchObject({ kind: "opened", created: true });
    const again = await startAssessment({ firm, programmeId, prefill: "none" }, manager);
    expect(again).toEqual({ kind: "opened", assessmentId: first.kind === "opened" ? first.assessmentId : "", created: false });

    const firm2 = await newFirm();
    const underReview = await submittedDraft(firm2.id);
    expect(await startAssessment({ firm: firm2, programmeId, prefill: "none" }, manager)).toEqual({ kind: "opened", assessmentId: underReview, created: false });
    // The officer can still return it: the firm is back on one unfinished assessment, not two.
    expect(await returnAssessment({ assessmentId: underReview, revisionNumber: 1, reason: "More evidence" }, officer)).toMatchObject({ kind: "done", to: "returned" });
    expect((await assessmentsOf(firm2.id)).map((a) => a.status)).toEqual(["returned"]);
  });

  it("keeps programmes apart: one unfinished assessment in each, and one outside any", async () => {
    const firm = await newFirm();
    const inA = await startAssessment({ firm, programmeId, prefill: "none" }, manager);
    const inB = await startAssessment({ firm, programmeId: otherProgrammeId, prefill: "none" }, manager);
    const outside = await startAssessment({ firm, programmeId: null, prefill: "none" }, manager);
    for (const outcome of [inA, inB, outside]) expect(outcome).toMatchObject({ kind: "opened", created: true });
    expect(await assessmentsOf(firm.id)).toHaveLength(3);
  });

  it("starts a re-assessment, prefilled from the approved answers, once the last one is approved", async () => {
    const firm = await newFirm();
    const approved = await submittedDraft(firm.id);
    expect(await startAssessment({ firm, programmeId, prefill: "approved" }, manager)).toEqual({ kind: "opened", assessmentId: approved, created: false });
    expect(await approveAssessment({ assessmentId: approved, revisionNumber: 1 }, officer)).toMatchObject({ kind: "done" });

    const outcomes = await Promise.all(Array.from({ length: 10 }, () => startAssessment({ firm, programmeId, prefill: "approved" }, manager)));
    const rows = (await assessmentsOf(firm.id)).filter((a) => a.id !== approved);
    expect(rows).toHaveLength(1);
    expect(outcomes.every((o) => o.kind === "opened" && o.assessmentId === rows[0]!.id)).toBe(true);
    expect((await getCurrentRevision(rows[0]!.id))!.answers.levels).toEqual(completeAnswers().levels);
  });

  it("refuses a start in a programme the firm is not enrolled in", async () => {
    const firm = await newFirm();
    await getDb().delete(programmeEnrolments).where(eq(programmeEnrolments.firmId, firm.id));
    expect(await startAssessment({ firm, programmeId, prefill: "none" }, manager)).toEqual({ kind: "unknown-programme" });
    expect(await assessmentsOf(firm.id)).toEqual([]);
  });
});

describe("the database", () => {
  const insertAssessment = (firmId: string, inProgramme: string | null, status: "draft" | "submitted" | "approved" = "draft") =>
    getDb().insert(assessments).values({ firmId, programmeId: inProgramme, status });

  it("refuses a second unfinished assessment of a firm in a programme, or outside any, whoever inserts it", async () => {
    const firm = await newFirm();
    await insertAssessment(firm.id, programmeId);
    for (const status of ["draft", "submitted"] as const) expect((await expectPostgresError(insertAssessment(firm.id, programmeId, status))).code).toBe(UNIQUE_VIOLATION);
    await insertAssessment(firm.id, null);
    expect((await expectPostgresError(insertAssessment(firm.id, null))).code).toBe(UNIQUE_VIOLATION);
    // Approved ones are history: any number of them.
    await insertAssessment(firm.id, programmeId, "approved");
    await insertAssessment(firm.id, programmeId, "approved");
  });

  it("refuses to reopen an approved assessment beside an unfinished one", async () => {
    const firm = await newFirm();
    await insertAssessment(firm.id, programmeId, "approved");
    await insertAssessment(firm.id, programmeId);
    expect((await expectPostgresError(getDb().update(assessments).set({ status: "returned" }).where(sql`${assessments.firmId} = ${firm.id} and ${assessments.status} = 'approved'`))).code).toBe(UNIQUE_VIOLATION);
  });
});
