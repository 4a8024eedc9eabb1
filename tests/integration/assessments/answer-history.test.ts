// Issue 19, who answered what: each accepted save records who changed which answer, in the same
// transaction; a returned assessment's next draft keeps the authorship; a submitted revision gains
// no history; a member removed from the firm keeps their name. Against PGlite and PostgreSQL.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { buildFirmExport } from "@/lib/accounts/firm-export";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { exportFirmData } from "@/lib/db/queries/account-lifecycle";
import { listAnswerHistory, listLatestAnswerChanges } from "@/lib/db/queries/answer-history";
import { createDraftAssessment, getCurrentRevision, listRevisions, saveDraftAnswers, submitCurrentRevision, type SubmitReadiness } from "@/lib/db/queries/assessments";
import { removeFirmMember } from "@/lib/db/queries/firm-team";
import { returnAssessment, setIndicatorValidation } from "@/lib/db/queries/review/commands";
import { answerChanges, firmMemberships } from "@/lib/db/schema";
import { registerQuestionnaireVersions } from "@/lib/db/seed";
import { emptyAnswerSet, type AnswerSet } from "@/lib/questionnaire/answer-set";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { validateAnswerSet, type AnswerProblem } from "@/lib/questionnaire/validate-answer-set";
import { listVisibleDimensions } from "@/lib/questionnaire/visible-items";
import { scoreSubmission } from "@/lib/scoring/submission-scores";
import { createEnrolledFirm, createUser, seedFixtures, type Fixtures } from "../support/fixtures";

const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId)!;
const structure = questionnaire.structure;
const [first, second] = structure.factors[0]!.dimensions.find((d) => d.id === "skills")!.indicators;

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

/** A fresh firm of manager A with an empty draft; returns its ids. */
async function draft(): Promise<{ firmId: string; assessmentId: string }> {
  const firm = await createEnrolledFirm(fixtures.users.managerA.id, fixtures.programmes.programmeA.id);
  const { assessmentId } = await createDraftAssessment(
    { firmId: firm.id, programmeId: fixtures.programmes.programmeA.id, questionnaireVersionId: questionnaire.id, contentHash: questionnaire.contentHash, answers: emptyAnswerSet(), prefilledFrom: null },
    manager(),
  );
  return { firmId: firm.id, assessmentId };
}

async function save(assessmentId: string, userId: string, change: (answers: AnswerSet) => AnswerSet, source: "page" | "autosave" = "page") {
  const revision = (await getCurrentRevision(assessmentId))!;
  const version = await saveDraftAnswers(revision.id, revision, change(revision.answers), { userId, source });
  expect(version).toBe(revision.version + 1);
  return revision.id;
}

const historyRows = (revisionId: string) => getDb().select().from(answerChanges).where(eq(answerChanges.revisionId, revisionId));

describe("answer history", () => {
  it("a save records one row per changed field, with who, when and how; an unchanged save records none", async () => {
    const { assessmentId } = await draft();
    const revisionId = await save(assessmentId, manager().id, (a) => ({ ...a, levels: { [first!.id]: 2, [second!.id]: 4 }, notes: { [first!.id]: "Training log" } }));
    expect((await historyRows(revisionId)).map((r) => [r.field, r.value, r.changedBy, r.source]).sort()).toEqual([
      [`levels.${first!.id}`, 2, manager().id, "page"],
      [`levels.${second!.id}`, 4, manager().id, "page"],
      [`notes.${first!.id}`, "Training log", manager().id, "page"],
    ]);

    await save(assessmentId, manager().id, (a) => a, "autosave");
    expect(await historyRows(revisionId), "the same answers again").toHaveLength(3);

    // A changed level and a cleared note: two rows, the cleared one with no value.
    await save(assessmentId, manager().id, (a) => ({ ...a, levels: { ...a.levels, [first!.id]: 3 }, notes: {} }), "autosave");
    const history = await listAnswerHistory(revisionId, [`levels.${first!.id}`, `notes.${first!.id}`]);
    expect(history.map((h) => [h.field, h.value, h.source])).toEqual([
      [`levels.${first!.id}`, 3, "autosave"],
      [`notes.${first!.id}`, null, "autosave"],
      [`levels.${first!.id}`, 2, "page"],
      [`notes.${first!.id}`, "Training log", "page"],
    ]);
    expect(history[0]!.byName).toBe(fixtures.users.managerA.name);
    const latest = await listLatestAnswerChanges(revisionId);
    expect(latest.get(`levels.${first!.id}`)).toMatchObject({ value: 3, byName: fixtures.users.managerA.name });
    expect(latest.get(`levels.${second!.id}`)).toMatchObject({ value: 4 });
  });

  it("a stale save records nothing", async () => {
    const { assessmentId } = await draft();
    const revision = (await getCurrentRevision(assessmentId))!;
    await save(assessmentId, manager().id, (a) => ({ ...a, levels: { [first!.id]: 2 } }));
    expect(await saveDraftAnswers(revision.id, revision, { ...emptyAnswerSet(), levels: { [first!.id]: 5 } }, { userId: manager().id, source: "autosave" })).toBeNull();
    expect((await historyRows(revision.id)).map((r) => r.value)).toEqual([2]);
  });

  it("a returned assessment's new draft carries who answered each field, and the submitted revision gains no rows", async () => {
    const { assessmentId } = await draft();
    const colleague = await createUser({ role: "sme", name: "Budi Santoso" });
    const revisionId = await save(assessmentId, manager().id, () => completeAnswers());
    await save(assessmentId, colleague.id, (a) => ({ ...a, levels: { ...a.levels, [second!.id]: 1 } }), "autosave");
    const before = await listLatestAnswerChanges(revisionId);
    expect((await submitCurrentRevision(assessmentId, crypto.randomUUID(), manager(), prepare)).kind).toBe("submitted");

    // Frozen: neither a save nor a direct insert adds to the submitted revision's history.
    expect(await saveDraftAnswers(revisionId, { version: 2, answers: completeAnswers() }, completeAnswers(5), { userId: manager().id, source: "page" })).toBeNull();
    await expect(getDb().insert(answerChanges).values({ revisionId, field: `levels.${first!.id}`, value: 5, changedBy: manager().id, source: "page" })).rejects.toThrow();
    expect(await historyRows(revisionId)).toHaveLength(before.size + 1);

    await setIndicatorValidation({ assessmentId, revisionNumber: 1, indicatorId: first!.id, level: 1, justification: "No training records seen" }, officer());
    await returnAssessment({ assessmentId, revisionNumber: 1, reason: "Add evidence" }, officer());
    const next = (await listRevisions(assessmentId)).find((r) => r.number === 2)!;
    const carried = await listLatestAnswerChanges(next.id);
    expect(carried.size).toBe(before.size);
    for (const [field, change] of before) {
      expect(carried.get(field)).toEqual({ ...change, source: "carried" });
    }
    expect(carried.get(`levels.${second!.id}`)).toMatchObject({ byId: colleague.id, byName: colleague.name, value: 1 });
  });

  it("a member removed from the firm keeps their name on what they answered", async () => {
    const { firmId, assessmentId } = await draft();
    const colleague = await createUser({ role: "sme", name: "Aisyah Rahman" });
    await getDb().insert(firmMemberships).values({ firmId, userId: colleague.id, role: "contributor" });
    const revisionId = await save(assessmentId, colleague.id, (a) => ({ ...a, levels: { [first!.id]: 3 } }), "autosave");
    expect(await removeFirmMember(manager(), firmId, colleague.id)).toBe("done");
    const [membership] = await getDb().select().from(firmMemberships).where(and(eq(firmMemberships.firmId, firmId), eq(firmMemberships.userId, colleague.id)));
    expect(membership!.removedAt).not.toBeNull();
    expect((await listLatestAnswerChanges(revisionId)).get(`levels.${first!.id}`)).toMatchObject({ byName: "Aisyah Rahman", value: 3 });

    // The firm's data download carries the history too, under the revision.
    const exported = buildFirmExport((await exportFirmData(manager(), firmId))!, new Date());
    expect(exported.assessments[0]!.revisions[0]!.answerHistory).toEqual([
      { field: `levels.${first!.id}`, value: 3, changedBy: "Aisyah Rahman", changedAt: expect.any(String), source: "autosave" },
    ]);
  });
});
