// Independent rating against a real database (PGlite and PostgreSQL): a manager opens a dimension
// for two raters, each rates it without reading the other's levels, the manager reads the spread
// once both have finished and agrees the levels, which land in the draft's answers with their
// history. Refusals change nothing; ordinary saves of the dimension's levels are refused while the
// round is open; a submitted revision keeps its rounds. Only the session plumbing is stood in for.
import { and, asc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { createDraftAssessment, getAssessmentForMember, getCurrentRevision, saveDraftAnswers, type AssessmentSummary } from "@/lib/db/queries/assessments";
import { answerChanges, auditEvents, firmMemberships, independentRatings, notifications, outgoingEmails, ratingAgreements, ratingRoundRaters, ratingRounds } from "@/lib/db/schema";
import { registerQuestionnaireVersions } from "@/lib/db/seed";
import { emptyAnswerSet, type AnswerSet } from "@/lib/questionnaire/answer-set";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { listVisibleDimensions } from "@/lib/questionnaire/visible-items";
import { createUser, seedFixtures, type Fixtures, type TestUser } from "../support/fixtures";

const caller = vi.hoisted(() => ({ userId: "" }));
vi.mock("@/lib/auth/guards", async () => {
  const queries = await import("@/lib/db/queries/assessments");
  return {
    requireAssessmentAccess: async (assessmentId: string) => {
      const assessment = await queries.getAssessmentForMember(caller.userId, assessmentId);
      if (!assessment) throw new Error("NEXT_NOT_FOUND");
      return { user: { id: caller.userId, role: "sme" }, assessment, memberRole: "manager" };
    },
  };
});
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => new Headers({ "accept-language": "en-GB" }),
}));

const { loadRatingPage, listAgreedRoundRecords, listRoundSummaries } = await import("@/lib/server/rating/load-rating");
const { agreeLevels, openRound, rateOwn } = await import("@/lib/server/rating/rating-commands");
const { loadAssessment } = await import("@/lib/server/assessments/load-assessment");
const { PUT } = await import("@/app/api/assessments/[assessmentId]/answers/route");

const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId)!;
const profile: AnswerSet["profile"] = { country: "MY", employees: 45, exports: true, challenges: ["funding"] };
const dimension = listVisibleDimensions(questionnaire.structure, { ...emptyAnswerSet(), profile })[0]!;
const dimensionId = dimension.dimension.id;
const indicatorIds = dimension.indicators.map((i) => i.id);
const actorOf = (user: { id: string }) => ({ id: user.id, role: "sme" as const });

let fixtures: Fixtures;
let manager: TestUser;
let aisyah: TestUser;
let ben: TestUser;
let outsider: TestUser;

beforeAll(async () => {
  fixtures = await seedFixtures();
  manager = fixtures.users.managerA as TestUser;
  await registerQuestionnaireVersions(getDb(), [{ id: questionnaire.id, contentHash: questionnaire.contentHash }]);
  aisyah = await createUser({ role: "sme", name: "Aisyah Rater" });
  ben = await createUser({ role: "sme", name: "Ben Rater" });
  outsider = await createUser({ role: "sme", name: "Other Firm" });
  await getDb()
    .insert(firmMemberships)
    .values([aisyah, ben].map((user) => ({ firmId: fixtures.firms.firmA.id, userId: user.id, role: "contributor" as const })));
});

async function newDraft(): Promise<AssessmentSummary> {
  await getDb().execute(sql`update assessments set status = 'approved' where firm_id = ${fixtures.firms.firmA.id} and status <> 'approved'`);
  const { assessmentId } = await createDraftAssessment(
    {
      firmId: fixtures.firms.firmA.id,
      programmeId: fixtures.programmes.programmeA.id,
      questionnaireVersionId: questionnaire.id,
      contentHash: questionnaire.contentHash,
      answers: emptyAnswerSet(),
      prefilledFrom: null,
    },
    actorOf(manager),
  );
  const revision = (await getCurrentRevision(assessmentId))!;
  await saveDraftAnswers(revision.id, revision, { ...emptyAnswerSet(), profile }, { userId: manager.id, source: "page" });
  return (await getAssessmentForMember(manager.id, assessmentId))!;
}

/** Every row of the rating tables, the revision and the audit trail: a refusal must leave all as they were. */
async function snapshot(assessmentId: string) {
  const db = getDb();
  const [rounds, raters, ratings, agreements, changes, audits, revision] = await Promise.all([
    db.select().from(ratingRounds).orderBy(asc(ratingRounds.id)),
    db.select().from(ratingRoundRaters).orderBy(asc(ratingRoundRaters.userId)),
    db.select().from(independentRatings).orderBy(asc(independentRatings.userId), asc(independentRatings.indicatorId)),
    db.select().from(ratingAgreements).orderBy(asc(ratingAgreements.indicatorId)),
    db.select().from(answerChanges).orderBy(asc(answerChanges.id)),
    db.select({ id: auditEvents.id }).from(auditEvents).where(eq(auditEvents.entityId, assessmentId)),
    getCurrentRevision(assessmentId),
  ]);
  return { rounds, raters, ratings, agreements, changes, audits: audits.length, revision };
}

const allAt = (level: number) => Object.fromEntries(indicatorIds.map((id) => [id, level]));
const view = (assessment: AssessmentSummary, user: TestUser, leadsFirm = false) => loadRatingPage(assessment, dimensionId, { userId: user.id, leadsFirm });

describe("opening a round", () => {
  it("lets a manager open a visible dimension of a draft for two members, and tells each rater in the app and by email", async () => {
    const assessment = await newDraft();
    const outcome = await openRound(actorOf(manager), assessment, dimensionId, [aisyah.id, ben.id]);
    expect(outcome.kind).toBe("done");
    const page = await view(assessment, manager, true);
    expect(page?.state).toBe("open");
    expect(page?.round?.raters.map((r) => [r.name, r.finishedAt])).toEqual([
      ["Aisyah Rater", null],
      ["Ben Rater", null],
    ]);
    for (const rater of [aisyah, ben]) {
      const inbox = await getDb().select().from(notifications).where(and(eq(notifications.userId, rater.id), eq(notifications.assessmentId, assessment.id)));
      expect(inbox.map((n) => n.kind)).toEqual(["rating.round-opened"]);
      const mail = await getDb().select().from(outgoingEmails).where(eq(outgoingEmails.toAddress, rater.email));
      expect(mail.at(-1)?.subject).toContain("rate a dimension apart");
    }
    const [audit] = await getDb().select().from(auditEvents).where(and(eq(auditEvents.entityId, assessment.id), eq(auditEvents.action, "rating.round-opened")));
    expect(audit?.actorUserId).toBe(manager.id);
    expect(await listRoundSummaries(await loadAssessment(assessment))).toEqual([{ dimensionId, state: "open", finished: 0, total: 2 }]);
  });

  it("refuses a contributor, one rater, a stranger as rater, an unknown dimension and a second round, changing nothing", async () => {
    const assessment = await newDraft();
    const before = await snapshot(assessment.id);
    const refusals = [
      await openRound(actorOf(aisyah), assessment, dimensionId, [aisyah.id, ben.id]),
      await openRound(actorOf(manager), assessment, dimensionId, [aisyah.id]),
      await openRound(actorOf(manager), assessment, dimensionId, [aisyah.id, outsider.id]),
      await openRound(actorOf(manager), assessment, "no-such-dimension", [aisyah.id, ben.id]),
      await openRound(actorOf(outsider), assessment, dimensionId, [aisyah.id, ben.id]),
    ];
    expect(refusals).toEqual([
      { kind: "refused", refusal: "not-manager" },
      { kind: "refused", refusal: "too-few-raters" },
      { kind: "refused", refusal: "not-a-member" },
      { kind: "refused", refusal: "unknown-dimension" },
      { kind: "not-found" },
    ]);
    expect(await snapshot(assessment.id)).toEqual(before);
    await openRound(actorOf(manager), assessment, dimensionId, [aisyah.id, ben.id]);
    expect(await openRound(actorOf(manager), assessment, dimensionId, [manager.id, ben.id])).toEqual({ kind: "refused", refusal: "round-exists" });
  });
});

describe("rating apart, then agreeing", () => {
  it("keeps each rater to their own levels until the manager agrees, then writes the agreed levels with their history and closes the round", async () => {
    const assessment = await newDraft();
    await openRound(actorOf(manager), assessment, dimensionId, [aisyah.id, ben.id]);

    // Aisyah rates low and hands in; Ben rates high but has not finished.
    expect(await rateOwn(actorOf(aisyah), assessment, dimensionId, allAt(1), { finish: true })).toEqual({ kind: "done" });
    expect(await rateOwn(actorOf(ben), assessment, dimensionId, { [indicatorIds[0]!]: 4 }, { finish: false })).toEqual({ kind: "done" });

    // Ben's page reads Ben's levels only; Aisyah's are never loaded for him.
    const bensView = (await view(assessment, ben))!;
    expect(bensView.visible).toBe("own");
    expect(bensView.ownLevels).toEqual({ [indicatorIds[0]!]: 4 });
    expect(bensView.spread).toBeNull();
    // The manager reads who has finished, no level yet.
    const managersView = (await view(assessment, manager, true))!;
    expect(managersView.visible).toBe("none");
    expect(managersView.spread).toBeNull();
    expect(managersView.round!.raters.map((r) => r.finishedAt !== null)).toEqual([true, false]);
    expect(await listRoundSummaries(await loadAssessment(assessment))).toEqual([{ dimensionId, state: "open", finished: 1, total: 2 }]);

    // Refusals: the manager is not a rater; a finished rater cannot change; a level out of range; finishing with gaps; agreeing too early.
    const before = await snapshot(assessment.id);
    expect(await rateOwn(actorOf(manager), assessment, dimensionId, allAt(2), { finish: false })).toEqual({ kind: "refused", refusal: "not-a-rater" });
    expect(await rateOwn(actorOf(aisyah), assessment, dimensionId, allAt(2), { finish: false })).toEqual({ kind: "refused", refusal: "already-finished" });
    expect(await rateOwn(actorOf(ben), assessment, dimensionId, { [indicatorIds[0]!]: 7 }, { finish: false })).toEqual({ kind: "refused", refusal: "not-a-level" });
    expect(await rateOwn(actorOf(ben), assessment, dimensionId, {}, { finish: true })).toEqual({ kind: "refused", refusal: "not-all-rated" });
    expect(await agreeLevels(actorOf(manager), assessment, dimensionId, [{ indicatorId: indicatorIds[0]!, level: 2, note: null }])).toEqual({ kind: "refused", refusal: "raters-not-finished" });
    // An ordinary autosave of the dimension's level is refused while the round is open.
    caller.userId = manager.id;
    const revision = (await getCurrentRevision(assessment.id))!;
    const response = await PUT(
      new Request(`http://localhost/api/assessments/${assessment.id}/answers`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ baseVersion: revision.version, patch: { levels: { [indicatorIds[0]!]: 5 } } }),
      }),
      { params: Promise.resolve({ assessmentId: assessment.id }) },
    );
    expect(response.status).toBe(422);
    expect(JSON.stringify(await response.json())).toContain("rated-apart");
    expect(await snapshot(assessment.id)).toEqual(before);

    expect(await rateOwn(actorOf(ben), assessment, dimensionId, allAt(4), { finish: true })).toEqual({ kind: "done" });

    // Both finished: the manager reads the spread, every row two levels apart and flagged; a rater still reads only their own.
    const spreadView = (await view(assessment, manager, true))!;
    expect(spreadView.state).toBe("ready");
    expect(spreadView.spread!.map((row) => [row.levels.map((l) => l.level), row.flagged])).toEqual(indicatorIds.map(() => [[1, 4], true]));
    expect((await view(assessment, aisyah))!.spread).toBeNull();

    // An invalid agreed level or a contributor's agreement changes nothing.
    const beforeAgree = await snapshot(assessment.id);
    expect(await agreeLevels(actorOf(manager), assessment, dimensionId, [{ indicatorId: indicatorIds[0]!, level: 6, note: null }])).toEqual({ kind: "refused", refusal: "not-a-level" });
    expect(await agreeLevels(actorOf(aisyah), assessment, dimensionId, [{ indicatorId: indicatorIds[0]!, level: 2, note: null }])).toEqual({ kind: "refused", refusal: "not-manager" });
    expect(await snapshot(assessment.id)).toEqual(beforeAgree);

    const agreements = indicatorIds.map((indicatorId) => ({ indicatorId, level: 3, note: "Sensors on two lines only" }));
    expect(await agreeLevels(actorOf(manager), assessment, dimensionId, agreements)).toEqual({ kind: "done", closed: true });
    const after = (await getCurrentRevision(assessment.id))!;
    expect(after.version).toBe(beforeAgree.revision!.version + 1);
    for (const id of indicatorIds) expect(after.answers.levels[id]).toBe(3);
    // The setup's profile save is in the history too (source "page"); the levels come from the agreement alone.
    const history = await getDb().select().from(answerChanges).where(and(eq(answerChanges.revisionId, after.id), sql`${answerChanges.field} like 'levels.%'`));
    expect(history.map((h) => [h.field, h.value, h.changedBy, h.source]).sort()).toEqual(indicatorIds.map((id) => [`levels.${id}`, 3, manager.id, "agreement"]).sort());
    const closedView = (await view(assessment, aisyah))!;
    expect(closedView.state).toBe("agreed");
    expect(closedView.round!.closedAt).not.toBeNull();
    expect(closedView.round!.agreements.map((a) => a.note)).toEqual(indicatorIds.map(() => "Sensors on two lines only"));
    expect(await agreeLevels(actorOf(manager), assessment, dimensionId, agreements)).toEqual({ kind: "refused", refusal: "round-closed" });
    const actions = await getDb().select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, assessment.id));
    expect(new Set(actions.map((a) => a.action))).toEqual(new Set(["assessment.created", "rating.round-opened", "rating.rated", "rating.finished", "rating.agreed"]));

    // Once agreed, ordinary answering of the dimension is open again.
    const reopened = await PUT(
      new Request(`http://localhost/api/assessments/${assessment.id}/answers`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ baseVersion: after.version, patch: { levels: { [indicatorIds[0]!]: 2 } } }),
      }),
      { params: Promise.resolve({ assessmentId: assessment.id }) },
    );
    expect(reopened.status).toBe(200);

    // Submitted, the revision keeps its round: the spread, the agreed level and the note for the officer; no command changes it.
    await getDb().execute(sql`update assessment_revisions set submitted_at = now() where id = ${after.id}`);
    await getDb().execute(sql`update assessments set status = 'submitted' where id = ${assessment.id}`);
    const records = await listAgreedRoundRecords(after.id, () => indicatorIds);
    expect(records).toHaveLength(1);
    expect(records[0]!.spread.map((row) => row.levels.map((l) => l.level))).toEqual(indicatorIds.map(() => [1, 4]));
    expect(records[0]!.round.agreements.map((a) => a.agreedLevel)).toEqual(indicatorIds.map(() => 3));
    const submitted = (await getAssessmentForMember(manager.id, assessment.id))!;
    expect(await openRound(actorOf(manager), submitted, dimensionId, [aisyah.id, ben.id])).toEqual({ kind: "refused", refusal: "not-draft" });
  });
});

describe("a rater removed from the firm", () => {
  it("drops out of the round before handing in, so the round does not stay open for ever", async () => {
    const assessment = await newDraft();
    const carl = await createUser({ role: "sme", name: "Carl Leaving" });
    await getDb().insert(firmMemberships).values({ firmId: fixtures.firms.firmA.id, userId: carl.id, role: "contributor" });
    await openRound(actorOf(manager), assessment, dimensionId, [aisyah.id, carl.id]);
    await rateOwn(actorOf(aisyah), assessment, dimensionId, allAt(2), { finish: true });
    expect((await view(assessment, manager, true))!.state).toBe("open");
    await getDb().update(firmMemberships).set({ removedAt: new Date() }).where(eq(firmMemberships.userId, carl.id));
    const page = (await view(assessment, manager, true))!;
    expect(page.state).toBe("ready");
    expect(page.round!.raters.map((r) => r.name)).toEqual(["Aisyah Rater"]);
  });
});
