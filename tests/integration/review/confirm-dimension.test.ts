// Confirming the firm's levels of a whole dimension, the justification rule decided from the stored
// answers, and the next submission offered after a decision, against a real database (PGlite and
// PostgreSQL). On PostgreSQL two officers confirming one dimension at once truly overlap.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { createDraftAssessment, submitCurrentRevision, type SubmitReadiness } from "@/lib/db/queries/assessments";
import { findNextSubmission } from "@/lib/db/queries/review-queue";
import { approveAssessment, confirmDimensionLevels, returnAssessment, setIndicatorValidation } from "@/lib/db/queries/review/commands";
import { assessments, auditEvents, indicatorValidations } from "@/lib/db/schema";
import { registerQuestionnaireVersions } from "@/lib/db/seed";
import { emptyAnswerSet, type AnswerSet } from "@/lib/questionnaire/answer-set";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { validateAnswerSet, type AnswerProblem } from "@/lib/questionnaire/validate-answer-set";
import { listVisibleDimensions } from "@/lib/questionnaire/visible-items";
import { confirmedJustification } from "@/lib/review/review-progress";
import { scoreSubmission } from "@/lib/scoring/submission-scores";
import { createEnrolledFirm, createProgramme, seedFixtures, type Fixtures } from "../support/fixtures";

const mode = process.env.TEST_DB_MODE ?? "pglite";
const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId)!;
const structure = questionnaire.structure;
const skills = structure.factors[0]!.dimensions.find((d) => d.id === "skills")!;
const skillIds = skills.indicators.map((i) => i.id);

let fixtures: Fixtures;
const manager = (): Actor => ({ id: fixtures.users.managerA.id, role: "sme" });
const officer = (): Actor => ({ id: fixtures.users.officerA.id, role: "officer" });
const admin = (): Actor => ({ id: fixtures.users.admin.id, role: "admin" });

beforeAll(async () => {
  fixtures = await seedFixtures();
  await registerQuestionnaireVersions(getDb(), [{ id: questionnaire.id, contentHash: questionnaire.contentHash }]);
});

/** Every visible level answered; the skills levels 1, 2, 3… so confirming shows it takes each firm's own level. */
function completeAnswers(): AnswerSet {
  const answers: AnswerSet = {
    ...emptyAnswerSet(),
    profile: { country: "MY", sector: "22", employees: 50, turnover: "1m-5m", exports: true, "offers-services": false, technologies: ["none"], challenges: ["funding"] },
  };
  for (const { indicators } of listVisibleDimensions(structure, answers)) for (const i of indicators) answers.levels[i.id] = 3;
  skillIds.forEach((id, index) => (answers.levels[id] = (index % 5) + 1));
  return answers;
}

function prepare(revision: { answers: AnswerSet }): SubmitReadiness<AnswerProblem> {
  const problems = validateAnswerSet(structure, revision.answers, "submit");
  return problems.length > 0 ? { kind: "incomplete", problems } : { kind: "ready", scores: scoreSubmission(structure, revision.answers) };
}

async function submitted(programmeId = fixtures.programmes.programmeA.id, firmName?: string): Promise<string> {
  const firm = await createEnrolledFirm(fixtures.users.managerA.id, programmeId, firmName);
  const { assessmentId } = await createDraftAssessment(
    { firmId: firm.id, programmeId, questionnaireVersionId: questionnaire.id, contentHash: questionnaire.contentHash, answers: completeAnswers(), prefilledFrom: null },
    manager(),
  );
  expect((await submitCurrentRevision(assessmentId, crypto.randomUUID(), manager(), prepare)).kind).toBe("submitted");
  return assessmentId;
}

async function validationsOf(id: string) {
  const rows = await getDb()
    .select({ indicatorId: indicatorValidations.indicatorId, level: indicatorValidations.validatedLevel, justification: indicatorValidations.justification, by: indicatorValidations.validatedBy })
    .from(indicatorValidations)
    .where(eq(indicatorValidations.assessmentId, id));
  return new Map(rows.map((row) => [row.indicatorId, row]));
}

async function validationEvents(id: string) {
  return getDb()
    .select({ actor: auditEvents.actorUserId, details: auditEvents.details })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, "review.indicator-validated")));
}

describe("confirming a dimension's levels", () => {
  it("validates every not-yet-validated indicator at the firm's level and leaves an adjusted one alone", async () => {
    const id = await submitted();
    const firm = completeAnswers().levels;
    await setIndicatorValidation({ assessmentId: id, revisionNumber: 1, indicatorId: skillIds[0]!, level: 0, justification: "No records at all" }, officer());

    expect(await confirmDimensionLevels({ assessmentId: id, revisionNumber: 1, dimensionId: "skills" }, officer())).toEqual({ kind: "done", from: "in_review", to: "in_review" });

    const stored = await validationsOf(id);
    expect(stored.size).toBe(skillIds.length);
    expect(stored.get(skillIds[0]!)).toMatchObject({ level: 0, justification: "No records at all" });
    for (const indicatorId of skillIds.slice(1)) expect(stored.get(indicatorId)).toMatchObject({ level: firm[indicatorId], justification: confirmedJustification });
    // One audit event for the one command, naming what it confirmed.
    const events = await validationEvents(id);
    expect(events).toHaveLength(2);
    expect(events[1]!.details).toMatchObject({ dimensionId: "skills", confirmedIndicators: skillIds.slice(1) });
  });

  it("opens the review as the first review action", async () => {
    const id = await submitted();
    expect(await confirmDimensionLevels({ assessmentId: id, revisionNumber: 1, dimensionId: "skills" }, officer())).toEqual({ kind: "done", from: "submitted", to: "in_review" });
  });

  it("is refused, changing nothing, when every level is validated, on a dimension the firm was not asked, and on a closed review", async () => {
    const id = await submitted();
    await confirmDimensionLevels({ assessmentId: id, revisionNumber: 1, dimensionId: "skills" }, officer());
    const before = { validations: await validationsOf(id), events: await validationEvents(id) };
    expect(await confirmDimensionLevels({ assessmentId: id, revisionNumber: 1, dimensionId: "skills" }, officer())).toEqual({ kind: "refused", refusal: "nothing-to-confirm" });
    expect(await confirmDimensionLevels({ assessmentId: id, revisionNumber: 1, dimensionId: "no-such-dimension" }, officer())).toEqual({ kind: "refused", refusal: "unknown-dimension" });
    expect({ validations: await validationsOf(id), events: await validationEvents(id) }).toEqual(before);

    const closed = await submitted();
    expect((await approveAssessment({ assessmentId: closed, revisionNumber: 1 }, admin())).kind).toBe("done");
    expect(await confirmDimensionLevels({ assessmentId: closed, revisionNumber: 1, dimensionId: "skills" }, officer())).toEqual({ kind: "refused", refusal: "already-decided" });
    expect((await validationsOf(closed)).size).toBe(0);
    expect(await validationEvents(closed)).toHaveLength(0);
  });
});

describe("the justification a validation needs", () => {
  it("is not needed to confirm the firm's level, and is required (refused, nothing written) for another level", async () => {
    const id = await submitted();
    const [first, second] = skillIds;
    const firmLevel = completeAnswers().levels[first!]!;
    expect(await setIndicatorValidation({ assessmentId: id, revisionNumber: 1, indicatorId: first!, level: firmLevel, justification: "" }, officer())).toMatchObject({ kind: "done" });
    expect((await validationsOf(id)).get(first!)).toMatchObject({ level: firmLevel, justification: confirmedJustification });

    expect(await setIndicatorValidation({ assessmentId: id, revisionNumber: 1, indicatorId: second!, level: 0, justification: "  " }, officer())).toEqual({ kind: "refused", refusal: "justification-required" });
    expect((await validationsOf(id)).has(second!)).toBe(false);
    expect(await validationEvents(id)).toHaveLength(1);

    expect(await setIndicatorValidation({ assessmentId: id, revisionNumber: 1, indicatorId: second!, level: 0, justification: "Nothing seen" }, officer())).toMatchObject({ kind: "done" });
    expect((await validationsOf(id)).get(second!)).toMatchObject({ level: 0, justification: "Nothing seen" });
  });
});

describe(`two officers confirming one dimension at once (${mode}: ${mode === "postgres" ? "truly overlapping" : "serialised"})`, () => {
  it("ends with exactly one validation per indicator, all by the officer whose command was done", async () => {
    for (let round = 0; round < 5; round++) {
      const id = await submitted();
      const officers = [officer(), admin()];
      const outcomes = await Promise.all(officers.map((actor) => confirmDimensionLevels({ assessmentId: id, revisionNumber: 1, dimensionId: "skills" }, actor)));
      expect(outcomes.filter((o) => o.kind === "done")).toHaveLength(1);
      expect(outcomes.filter((o) => o.kind === "refused" && o.refusal === "nothing-to-confirm")).toHaveLength(1);
      const winner = officers[outcomes.findIndex((o) => o.kind === "done")]!;
      const rows = await getDb().select({ indicatorId: indicatorValidations.indicatorId, by: indicatorValidations.validatedBy }).from(indicatorValidations).where(eq(indicatorValidations.assessmentId, id));
      expect(rows.map((r) => r.indicatorId).sort()).toEqual([...skillIds].sort());
      expect(new Set(rows.map((r) => r.by))).toEqual(new Set([winner.id]));
      expect((await validationEvents(id)).map((e) => e.actor)).toEqual([winner.id]);
    }
  });
});

describe("the next submission in the programme's queue", () => {
  it("is the oldest waiting (submitted or in review) other than the one decided, and null when none waits", async () => {
    const programme = await createProgramme("Next programme", { officerIds: [fixtures.users.officerA.id], firmIds: [] });
    const at = async (id: string, day: string) => getDb().update(assessments).set({ lastSubmittedAt: new Date(`2026-05-${day}T03:00:00Z`) }).where(eq(assessments.id, id));
    const decided = await submitted(programme.id, "Decided Sdn Bhd");
    const returned = await submitted(programme.id, "Returned Sdn Bhd");
    const newer = await submitted(programme.id, "Newer Sdn Bhd");
    const older = await submitted(programme.id, "Older Sdn Bhd");
    await Promise.all([at(decided, "01"), at(returned, "02"), at(newer, "20"), at(older, "10")]);
    await returnAssessment({ assessmentId: returned, revisionNumber: 1, reason: "Missing evidence" }, officer());
    await setIndicatorValidation({ assessmentId: older, revisionNumber: 1, indicatorId: skillIds[0]!, level: 0, justification: "In review now" }, officer());

    expect(await findNextSubmission(programme.id, decided)).toEqual({ assessmentId: older, firmName: "Older Sdn Bhd", lastSubmittedAt: new Date("2026-05-10T03:00:00Z") });
    expect((await findNextSubmission(programme.id, older))?.assessmentId).toBe(decided);
    await approveAssessment({ assessmentId: decided, revisionNumber: 1 }, officer());
    await approveAssessment({ assessmentId: older, revisionNumber: 1 }, officer());
    expect((await findNextSubmission(programme.id, older))?.assessmentId).toBe(newer);
    expect(await findNextSubmission(programme.id, newer)).toBeNull();
    // Another programme's submissions are never offered.
    expect((await findNextSubmission(fixtures.programmes.programmeB.id, newer))).toBeNull();
  });
});
