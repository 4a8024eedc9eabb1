// Drafts, autosave concurrency and submission against a real database (PGlite and PostgreSQL).
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import {
  createDraftAssessment,
  getAssessmentForMember,
  getAssessmentForOfficer,
  getCurrentRevision,
  saveDraftAnswers,
  getSubmittedRevisionScores,
  submitCurrentRevision,
  type SubmitReadiness,
} from "@/lib/db/queries/assessments";
import { getProgrammeDimensionAverages } from "@/lib/db/queries/cohort";
import { assessmentRevisions, auditEvents } from "@/lib/db/schema";
import { registerQuestionnaireVersions } from "@/lib/db/seed";
import { emptyAnswerSet, type AnswerSet } from "@/lib/questionnaire/answer-set";
import { decideDraftSave } from "@/lib/questionnaire/draft-save";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { validateAnswerSet, type AnswerProblem } from "@/lib/questionnaire/validate-answer-set";
import { scoreSubmission } from "@/lib/scoring/submission-scores";
import { listVisibleDimensions } from "@/lib/questionnaire/visible-items";
import { expectPostgresError } from "../support/database-error";
import { createEnrolledFirm, createProgramme, seedFixtures, type Fixtures } from "../support/fixtures";

const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId)!;
const structure = questionnaire.structure;
const indicatorIds = structure.factors.filter((f) => f.id !== "services").flatMap((f) => f.dimensions.flatMap((d) => d.indicators.map((i) => i.id)));

let fixtures: Fixtures;
const actorA = () => ({ id: fixtures.users.managerA.id, role: "sme" as const });

beforeAll(async () => {
  fixtures = await seedFixtures();
  await registerQuestionnaireVersions(getDb(), [{ id: questionnaire.id, contentHash: questionnaire.contentHash }]);
});

/** A draft of a fresh firm of manager A in programme A (a firm has one unfinished assessment per programme). */
async function newDraft(answers: AnswerSet = emptyAnswerSet()) {
  const firm = await createEnrolledFirm(fixtures.users.managerA.id, fixtures.programmes.programmeA.id);
  const { assessmentId } = await createDraftAssessment(
    { firmId: firm.id, programmeId: fixtures.programmes.programmeA.id, questionnaireVersionId: questionnaire.id, contentHash: questionnaire.contentHash, answers, prefilledFrom: null },
    actorA(),
  );
  return assessmentId;
}

function completeAnswers(): AnswerSet {
  const answers: AnswerSet = {
    ...emptyAnswerSet(),
    profile: { country: "MY", sector: "22", employees: 50, turnover: "1m-5m", exports: true, "offers-services": false, technologies: ["none"], challenges: ["funding"] },
  };
  for (const { indicators } of listVisibleDimensions(structure, answers)) for (const i of indicators) answers.levels[i.id] = 2;
  return answers;
}

/** What the submit action does: refuse an incomplete draft, else score it. */
function prepare(revision: { answers: AnswerSet }): SubmitReadiness<AnswerProblem> {
  const problems = validateAnswerSet(structure, revision.answers, "submit");
  return problems.length > 0 ? { kind: "incomplete", problems } : { kind: "ready", scores: scoreSubmission(structure, revision.answers) };
}

/** One autosave as the route does it: read, decide, compare-and-set; retried until it lands. */
async function saveWithRetry(assessmentId: string, patch: { levels: Record<string, number> }): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const revision = (await getCurrentRevision(assessmentId))!;
    const decision = decideDraftSave(structure, revision, revision.version, patch);
    if (decision.kind !== "save") throw new Error(`unexpected ${decision.kind}`);
    const version = await saveDraftAnswers(revision.id, revision, decision.answers, { userId: fixtures.users.managerA.id, source: "page" });
    if (version !== null) return attempt;
  }
  throw new Error("a writer never got its save in");
}

describe("draft answers", () => {
  it("accepts a save based on the stored version and refuses a stale one", async () => {
    const id = await newDraft();
    const revision = (await getCurrentRevision(id))!;
    expect(revision.version).toBe(0);
    const first = await saveDraftAnswers(revision.id, { version: 0, answers: emptyAnswerSet() }, { ...emptyAnswerSet(), levels: { [indicatorIds[0]!]: 3 } }, { userId: fixtures.users.managerA.id, source: "page" });
    expect(first).toBe(1);
    const stale = await saveDraftAnswers(revision.id, { version: 0, answers: emptyAnswerSet() }, { ...emptyAnswerSet(), levels: { [indicatorIds[0]!]: 1 } }, { userId: fixtures.users.managerA.id, source: "page" });
    expect(stale).toBeNull();
    expect((await getCurrentRevision(id))!.answers.levels[indicatorIds[0]!]).toBe(3);
  });

  it("loses no update across 1,000 randomized trials of 2–5 concurrent writers", async () => {
    const id = await newDraft();
    const expected: Record<string, number> = {};
    let accepted = 0;
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let trial = 0; trial < 1000; trial += 1) {
      const writers = 2 + Math.floor(random() * 4);
      const patches = Array.from({ length: writers }, (_, w) => {
        const indicator = indicatorIds[(trial * 5 + w) % indicatorIds.length]!;
        return { indicator, level: Math.floor(random() * 6) };
      });
      // Writers of one trial touch different indicators, so every one of their changes must survive.
      await Promise.all(patches.map((p) => saveWithRetry(id, { levels: { [p.indicator]: p.level } })));
      for (const p of patches) expected[p.indicator] = p.level;
      accepted += writers;
    }
    const final = (await getCurrentRevision(id))!;
    expect(final.version).toBe(accepted);
    expect(final.answers.levels).toEqual(expected);
    // 1,000 trials of real round trips: about a minute alone, more while the other mode's tests share the two cores.
  }, 300_000);
});

describe("submission", () => {
  it("refuses an incomplete draft with what is missing and changes nothing", async () => {
    const id = await newDraft();
    const outcome = await submitCurrentRevision(id, crypto.randomUUID(), actorA(), prepare);
    expect(outcome.kind).toBe("incomplete");
    if (outcome.kind === "incomplete") expect(outcome.problems.map((p) => p.field)).toContain("profile.turnover");
    expect((await getCurrentRevision(id))!.submittedAt).toBeNull();
  });

  it("turns 50 concurrent submits of one draft into exactly one submission and one audit event", async () => {
    const id = await newDraft(completeAnswers());
    const key = crypto.randomUUID();
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        submitCurrentRevision(id, i % 2 === 0 ? key : crypto.randomUUID(), actorA(), prepare),
      ),
    );
    expect(outcomes.filter((o) => o.kind === "submitted")).toHaveLength(1);
    expect(outcomes.filter((o) => o.kind === "already-submitted")).toHaveLength(49);
    const events = await getDb()
      .select({ count: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, "assessment.submitted")));
    expect(events[0]?.count).toBe(1);
  });

  it("stores the scores computed at submit with the revision", async () => {
    const id = await newDraft(completeAnswers());
    await submitCurrentRevision(id, crypto.randomUUID(), actorA(), prepare);
    const stored = await getSubmittedRevisionScores(id, 1);
    const expected = scoreSubmission(structure, completeAnswers());
    expect(stored?.readinessIndex).toBe(expected.readinessIndex);
    expect(stored?.readinessBand).toBe(expected.readinessBand);
    expect(stored?.scores.result.dimensions.map((d) => [d.dimensionId, d.score])).toEqual(expected.result.dimensions.map((d) => [d.dimensionId, d.score]));
    expect(await getSubmittedRevisionScores(await newDraft(), 1)).toBeNull();
  });

  it("answers a retry with the same key as the first submit", async () => {
    const id = await newDraft(completeAnswers());
    const key = crypto.randomUUID();
    const check = prepare;
    expect((await submitCurrentRevision(id, key, actorA(), check)).kind).toBe("submitted");
    expect(await submitCurrentRevision(id, key, actorA(), check)).toEqual({ kind: "already-submitted", revisionNumber: 1, sameKey: true });
  });

  it("freezes a submitted revision in the database, not only in the app", async () => {
    const id = await newDraft(completeAnswers());
    await submitCurrentRevision(id, crypto.randomUUID(), actorA(), prepare);
    const revision = (await getCurrentRevision(id))!;
    expect(await saveDraftAnswers(revision.id, revision, emptyAnswerSet(), { userId: fixtures.users.managerA.id, source: "page" })).toBeNull();
    const refused = await expectPostgresError(
      getDb().update(assessmentRevisions).set({ answers: emptyAnswerSet() }).where(eq(assessmentRevisions.id, revision.id)),
    );
    expect(refused.message).toMatch(/submitted and cannot change/);
  });
});

describe("assessment scope", () => {
  it("shows an assessment to its firm's manager and its programme's officer only", async () => {
    const id = await newDraft();
    expect(await getAssessmentForMember(fixtures.users.managerA.id, id)).not.toBeNull();
    expect(await getAssessmentForMember(fixtures.users.managerB.id, id)).toBeNull();
    expect(await getAssessmentForOfficer(fixtures.users.officerA.id, id)).not.toBeNull();
    expect(await getAssessmentForOfficer(fixtures.users.officerB.id, id)).toBeNull();
    expect(await getAssessmentForOfficer(fixtures.users.idleOfficer.id, id)).toBeNull();
  });
});

describe("programme averages", () => {
  it("averages each dimension over the programme's latest submissions only", async () => {
    const programme = await createProgramme("Averages cohort", { officerIds: [], firmIds: [fixtures.firms.firmA.id] });
    const draftIn = async (answers: AnswerSet) =>
      (
        await createDraftAssessment(
          { firmId: (await createEnrolledFirm(fixtures.users.managerA.id, programme.id)).id, programmeId: programme.id, questionnaireVersionId: questionnaire.id, contentHash: questionnaire.contentHash, answers, prefilledFrom: null },
          actorA(),
        )
      ).assessmentId;
    const low = completeAnswers();
    const high = completeAnswers();
    for (const id of Object.keys(high.levels)) high.levels[id] = 4;
    for (const answers of [low, high]) await submitCurrentRevision(await draftIn(answers), crypto.randomUUID(), actorA(), prepare);
    await draftIn({ ...high, levels: Object.fromEntries(Object.keys(high.levels).map((id) => [id, 5])) }); // a draft never counts

    const averages = await getProgrammeDimensionAverages(programme.id, questionnaire.id);
    expect(averages.find((a) => a.dimensionId === "skills")).toEqual({ dimensionId: "skills", average: 3, firms: 2 });
    expect(averages.map((a) => a.dimensionId).sort()).toEqual(listVisibleDimensions(structure, low).map((d) => d.dimension.id).sort());
    expect(await getProgrammeDimensionAverages(programme.id, "v0")).toEqual([]);
  });
});
