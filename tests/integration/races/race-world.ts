// A round's firm, set up in the state the round starts from, and the invariants checked after the
// two operations ran. Every round gets its own firm (a few inserts), so rounds never see each other.
import { randomUUID } from "node:crypto";
import { asc, eq, inArray } from "drizzle-orm";
import { activeStatuses, assessmentStatuses } from "@/lib/assessments/lifecycle";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { createDraftAssessment, getCurrentRevision, submitCurrentRevision } from "@/lib/db/queries/assessments";
import { revisionScoreColumns } from "@/lib/db/queries/revision-score-columns";
import { approveAssessment, returnAssessment } from "@/lib/db/queries/review/commands";
import { assessmentRevisions, assessments, auditEvents, firmMemberships, firms, indicatorValidations, programmeEnrolments, reviewComments, reviewDecisions } from "@/lib/db/schema";
import { reviewAuditActions } from "@/lib/review/history";
import { emptyAnswerSet, type AnswerSet } from "@/lib/questionnaire/answer-set";
import { validateAnswerSet } from "@/lib/questionnaire/validate-answer-set";
import { listVisibleDimensions } from "@/lib/questionnaire/visible-items";
import { scoreSubmission } from "@/lib/scoring/submission-scores";
import { questionnaire, validatedIndicator, type AcceptedWrite, type InitialState, type OperationResult, type RoundWorld } from "./race-operations";

const structure = questionnaire.structure;

export function completeAnswers(): AnswerSet {
  const answers: AnswerSet = {
    ...emptyAnswerSet(),
    profile: { country: "MY", sector: "22", employees: 50, turnover: "1m-5m", exports: true, "offers-services": false, technologies: ["none"], challenges: ["funding"] },
  };
  for (const { indicators } of listVisibleDimensions(structure, answers)) for (const i of indicators) answers.levels[i.id] = 3;
  return answers;
}

const scoreNow = (revision: { answers: AnswerSet }) => ({ kind: "ready" as const, scores: scoreSubmission(structure, revision.answers) });

/** A fresh firm of the manager, enrolled in the programme, brought to `state` through the app's own queries. */
export async function setUpRound(state: InitialState, ctx: { programmeId: string; manager: Actor; officer: Actor }): Promise<RoundWorld> {
  const db = getDb();
  const [firm] = await db
    .insert(firms)
    .values({ name: `Race ${randomUUID().slice(0, 8)}`, country: "MY", sector: "22", employees: 50 })
    .returning({ id: firms.id, country: firms.country, sector: firms.sector, employees: firms.employees });
  await db.insert(firmMemberships).values({ firmId: firm!.id, userId: ctx.manager.id });
  await db.insert(programmeEnrolments).values({ firmId: firm!.id, programmeId: ctx.programmeId });
  const world: RoundWorld = { firm: firm!, ...ctx, assessmentId: null, reviewRevision: 1, baseVersion: 0 };
  if (state === "none") return world;

  const { assessmentId } = await createDraftAssessment(
    { firmId: firm!.id, programmeId: ctx.programmeId, questionnaireVersionId: questionnaire.id, contentHash: questionnaire.contentHash, answers: completeAnswers(), prefilledFrom: null },
    ctx.manager,
  );
  world.assessmentId = assessmentId;
  if (state !== "draft") await expectDone(submitCurrentRevision(assessmentId, randomUUID(), ctx.manager, scoreNow), "submitted");
  if (state === "returned") await expectDone(returnAssessment({ assessmentId, revisionNumber: 1, reason: "Set-up" }, ctx.officer), "done");
  if (state === "approved") await expectDone(approveAssessment({ assessmentId, revisionNumber: 1 }, ctx.officer), "done");
  const revision = (await getCurrentRevision(assessmentId))!;
  world.baseVersion = revision.version;
  world.reviewRevision = state === "returned" ? 2 : 1;
  return world;
}

async function expectDone(outcome: Promise<{ kind: string }>, kind: string) {
  const result = await outcome;
  if (result.kind !== kind) throw new Error(`round set-up failed: ${JSON.stringify(result)}`);
}

/**
 * The invariants of issue 15 for the round's firm; returns every breach (empty: the round held).
 * - a submitted revision is complete, and its stored scores equal a rescore of its stored answers;
 * - at most one unfinished assessment per firm and programme;
 * - exactly one decision per decided submitted revision, none on one under review or a draft;
 * - every accepted write is in the final state (refused ones are checked through the audit trail);
 * - the audit events match the state changes one to one.
 */
export async function checkInvariants(world: RoundWorld, results: OperationResult[]): Promise<string[]> {
  const db = getDb();
  const breaches: string[] = [];
  const rows = await db
    .select({ id: assessments.id, status: assessments.status, programmeId: assessments.programmeId, currentRevision: assessments.currentRevision, latest: assessments.latestSubmittedRevision, readinessIndex: assessments.readinessIndex })
    .from(assessments)
    .where(eq(assessments.firmId, world.firm.id));
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) {
    if (results.some((r) => r.accepted)) breaches.push("a write was accepted but the firm has no assessment");
    return breaches;
  }
  const [revisions, decisions, validations, comments, events] = await Promise.all([
    db.select().from(assessmentRevisions).where(inArray(assessmentRevisions.assessmentId, ids)),
    db.select({ revisionId: reviewDecisions.revisionId, decision: reviewDecisions.decision }).from(reviewDecisions).where(inArray(reviewDecisions.assessmentId, ids)),
    db.select({ revisionId: indicatorValidations.revisionId, indicatorId: indicatorValidations.indicatorId, level: indicatorValidations.validatedLevel }).from(indicatorValidations).where(inArray(indicatorValidations.assessmentId, ids)),
    db.select({ assessmentId: reviewComments.assessmentId, body: reviewComments.body }).from(reviewComments).where(inArray(reviewComments.assessmentId, ids)),
    db
      .select({ entityId: auditEvents.entityId, action: auditEvents.action, fromState: auditEvents.fromState, toState: auditEvents.toState })
      .from(auditEvents)
      .where(inArray(auditEvents.entityId, ids))
      .orderBy(asc(auditEvents.id)),
  ]);

  // At most one unfinished assessment per firm and programme.
  const active = rows.filter((r) => activeStatuses.includes(r.status));
  if (active.length > 1) breaches.push(`${active.length} unfinished assessments in one programme`);

  for (const assessment of rows) {
    const own = revisions.filter((r) => r.assessmentId === assessment.id).sort((a, b) => a.number - b.number);
    const submitted = own.filter((r) => r.submittedAt !== null);

    // A submitted revision is complete, and its stored scores are a rescore of its stored answers.
    for (const revision of submitted) {
      const answers = revision.answers as AnswerSet;
      const problems = validateAnswerSet(structure, answers, "submit");
      if (problems.length > 0) breaches.push(`submitted revision ${revision.number} is incomplete: ${problems.map((p) => p.field).join(", ")}`);
      else {
        const expected = revisionScoreColumns(scoreSubmission(structure, answers));
        const stored = { readinessIndex: revision.readinessIndex, readinessBand: revision.readinessBand, dimensionScores: revision.dimensionScores };
        const want = { readinessIndex: expected.readinessIndex, readinessBand: expected.readinessBand, dimensionScores: expected.dimensionScores };
        if (JSON.stringify(sortKeys(stored)) !== JSON.stringify(sortKeys(want))) breaches.push(`revision ${revision.number}: stored index ${revision.readinessIndex}, rescore ${expected.readinessIndex}`);
      }
    }
    const latest = submitted.at(-1);
    if ((assessment.latest ?? null) !== (latest?.number ?? null)) breaches.push(`latest submitted revision ${assessment.latest} but revision ${latest?.number} is the last frozen`);
    if (latest && assessment.readinessIndex !== latest.readinessIndex) breaches.push("the queue's copy of the index differs from the revision's");

    // Decisions: one per decided submission, none on what is under review or never submitted.
    for (const revision of own) {
      const count = decisions.filter((d) => d.revisionId === revision.id).length;
      const decided = revision.submittedAt !== null && (revision !== latest || assessment.status === "approved" || assessment.status === "returned");
      if (count !== (decided ? 1 : 0)) breaches.push(`revision ${revision.number} (${assessment.status}) has ${count} decisions`);
    }
    const current = own.find((r) => r.number === assessment.currentRevision);
    if (!current) breaches.push(`current revision ${assessment.currentRevision} is missing`);
    if (assessment.status === "returned" && (current?.submittedAt !== null || assessment.currentRevision !== (latest?.number ?? 0) + 1)) {
      breaches.push("a returned assessment does not continue in a new draft revision");
    }
    if ((assessment.status === "draft" || assessment.status === "returned") !== (current?.submittedAt === null)) {
      breaches.push(`status ${assessment.status} but the current revision is ${current?.submittedAt ? "frozen" : "a draft"}`);
    }

    // Audit: the events chain the statuses one change at a time, from "created" to the status now.
    const own_events = events.filter((e) => e.entityId === assessment.id);
    let state: string | null = null;
    for (const event of own_events) {
      if (event.fromState !== state) breaches.push(`audit ${event.action} from ${event.fromState}, but the assessment was ${state}`);
      state = event.toState;
    }
    if (state !== assessment.status) breaches.push(`audit ends in ${state}, the assessment is ${assessment.status}`);
    const count = (action: string) => own_events.filter((e) => e.action === action).length;
    if (count("assessment.created") !== 1) breaches.push(`${count("assessment.created")} created events`);
    if (count("assessment.submitted") !== submitted.length) breaches.push(`${count("assessment.submitted")} submitted events for ${submitted.length} submissions`);
    const decisionsOf = (kind: string) => decisions.filter((d) => own.some((r) => r.id === d.revisionId) && d.decision === kind).length;
    if (count(reviewAuditActions.approved) !== decisionsOf("approved")) breaches.push("approval events differ from approvals");
    if (count(reviewAuditActions.returned) !== decisionsOf("returned")) breaches.push("return events differ from returns");
    if (count(reviewAuditActions.commented) !== comments.filter((c) => c.assessmentId === assessment.id).length) breaches.push("comment events differ from comments");
    // A confirmed dimension is one validation event, however many levels it validated.
    const acceptedValidations = results.filter((r) => (r.accepted?.kind === "validated" || r.accepted?.kind === "confirmed") && r.accepted.assessmentId === assessment.id).length;
    if (count(reviewAuditActions.validated) !== acceptedValidations) breaches.push(`${count(reviewAuditActions.validated)} validation events for ${acceptedValidations} accepted validations`);
    if (own_events.some((e) => e.toState !== null && !(assessmentStatuses as readonly string[]).includes(e.toState))) breaches.push("an audit event names an unknown status");
  }

  // Every accepted write is in the final state.
  const answerWrites = results.map((r) => r.accepted).filter((w): w is Extract<AcceptedWrite, { kind: "answers" }> => w?.kind === "answers");
  for (const revisionId of new Set(answerWrites.map((w) => w.revisionId))) {
    const last = answerWrites.filter((w) => w.revisionId === revisionId).sort((a, b) => b.version - a.version)[0]!;
    const stored = revisions.find((r) => r.id === revisionId);
    // An unassignment after the last save bumps the version without touching the answers.
    const bumps = results.filter((r) => r.accepted?.kind === "unassigned").length;
    const bumped = stored ? stored.version - last.version : -1;
    if (!stored || bumped < 0 || bumped > bumps || JSON.stringify(sortKeys(stored.answers)) !== JSON.stringify(sortKeys(last.answers))) {
      breaches.push(`an accepted save (version ${last.version}) is not what revision ${stored?.number} holds (version ${stored?.version})`);
    }
  }
  for (const { accepted } of results) {
    if (!accepted) continue;
    if (accepted.kind === "started" && !rows.some((r) => r.id === accepted.assessmentId)) breaches.push("an accepted start left no assessment");
    if (accepted.kind === "submitted" && !revisions.some((r) => r.assessmentId === accepted.assessmentId && r.submitKey === accepted.key && r.submittedAt !== null)) {
      breaches.push("an accepted submit froze nothing");
    }
    if (accepted.kind === "validated") {
      const revision = revisions.find((r) => r.assessmentId === accepted.assessmentId && r.number === accepted.revisionNumber);
      if (!validations.some((v) => v.revisionId === revision?.id && v.indicatorId === validatedIndicator && v.level === accepted.level)) breaches.push("an accepted validation is missing");
    }
    if (accepted.kind === "confirmed") {
      const revision = revisions.find((r) => r.assessmentId === accepted.assessmentId && r.number === accepted.revisionNumber);
      if (!accepted.indicatorIds.every((id) => validations.filter((v) => v.revisionId === revision?.id && v.indicatorId === id).length === 1)) breaches.push("a confirmed dimension lacks a validation");
    }
    if (accepted.kind === "commented" && !comments.some((c) => c.body === accepted.body)) breaches.push("an accepted comment is missing");
    if (accepted.kind === "decided") {
      const revision = revisions.find((r) => r.assessmentId === accepted.assessmentId && r.number === accepted.revisionNumber);
      if (!decisions.some((d) => d.revisionId === revision?.id && d.decision === accepted.decision)) breaches.push(`an accepted ${accepted.decision} decision is missing`);
    }
  }
  return breaches;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sortKeys(v)]));
  return value;
}
