// The synthetic cohort generator (scripts/lib/synthetic-cohort.ts) against a real database: what it
// stores is what the app would have stored for the same answers and review decisions, so load
// tests, benchmarks, analytics and the demo read realistic, consistent data. Also the demo cohort.
import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password-hash";
import { getDb } from "@/lib/db/client";
import { DEMO_PASSWORD, demoCohort, demoFirmHistories, demoFirms, demoProgrammeOfficers, demoProgrammes } from "@/lib/db/demo-data";
import { listNotificationsForUser } from "@/lib/db/queries/notifications";
import { getLatestReviewOutcome } from "@/lib/db/queries/review/reads";
import { countAssessmentsByStatus } from "@/lib/db/queries/review-queue";
import {
  assessmentRevisions,
  assessments,
  auditEvents,
  firms,
  indicatorValidations,
  programmeEnrolments,
  programmes,
  reviewComments,
  reviewDecisions,
} from "@/lib/db/schema";
import { registerQuestionnaireVersions, seedDemoData } from "@/lib/db/seed";
import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { validateAnswerSet } from "@/lib/questionnaire/validate-answer-set";
import { dimensionScoresOf, scoreValidatedSubmission } from "@/lib/review/validated-scores";
import { scoreSubmission } from "@/lib/scoring/submission-scores";
import { seedDemoCohort, seedDemoFirmHistories } from "@/scripts/lib/database-tasks";
import { generateSyntheticCohort } from "@/scripts/lib/synthetic-cohort";

const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId)!;
const now = new Date("2026-09-01T00:00:00Z");
const targets = { automation: 4, intelligence: 2 };
let programmeId: string;

beforeAll(async () => {
  await registerQuestionnaireVersions(getDb(), [{ id: questionnaire.id, contentHash: questionnaire.contentHash }]);
  const [programme] = await getDb()
    .insert(programmes)
    .values({ name: "Load test", country: "MY", questionnaireVersionId: questionnaire.id, enrolmentCode: "LOAD-TEST", targets })
    .returning({ id: programmes.id });
  programmeId = programme!.id;
  const progress: number[] = [];
  const result = await generateSyntheticCohort(getDb(), { firms: 300, programmeId, seed: 42, now, batchSize: 64, onProgress: (done) => progress.push(done) });
  expect(result.programmeId).toBe(programmeId);
  expect(progress).toEqual([64, 128, 192, 256, 300]);
});

/** Map.groupBy, which Node 20 lacks. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

async function programmeRevisions() {
  return getDb()
    .select({ assessment: assessments, revision: assessmentRevisions })
    .from(assessmentRevisions)
    .innerJoin(assessments, eq(assessments.id, assessmentRevisions.assessmentId))
    .where(eq(assessments.programmeId, programmeId))
    .orderBy(asc(assessments.id), asc(assessmentRevisions.number));
}

describe("generateSyntheticCohort (300 firms)", () => {
  it("stores, for every submitted revision, exactly the scores a real submit computes from its stored answers", async () => {
    const rows = await programmeRevisions();
    const submitted = rows.filter(({ revision }) => revision.submittedAt !== null);
    expect(submitted.length).toBeGreaterThan(300);
    for (const { revision } of submitted) {
      const answers = revision.answers as AnswerSet;
      expect(validateAnswerSet(questionnaire.structure, answers, "submit"), revision.id).toEqual([]);
      const scores = scoreSubmission(questionnaire.structure, answers, targets);
      expect(revision).toMatchObject({
        questionnaireVersionId: questionnaire.id,
        contentHash: questionnaire.contentHash,
        readinessIndex: scores.readinessIndex,
        readinessBand: scores.readinessBand,
        peopleScore: scores.factorScores.people,
        processScore: scores.factorScores.process,
        technologyScore: scores.factorScores.technology,
        servicesScore: scores.factorScores.services ?? null,
        scores: { result: scores.result, priorities: scores.priorities },
        dimensionScores: dimensionScoresOf(scores),
        priorityDimensionIds: scores.priorities.focusAreas.map((area) => area.dimensionId),
      });
    }
  });

  it("keeps each assessment's queue columns equal to its latest submitted revision, and returned ones on a new draft", async () => {
    const rows = await programmeRevisions();
    const byAssessment = groupBy(rows, ({ assessment }) => assessment.id);
    for (const group of byAssessment.values()) {
      const assessment = group[0]!.assessment;
      const revisions = group.map(({ revision }) => revision);
      const latest = revisions.filter((r) => r.submittedAt !== null).at(-1)!;
      expect(assessment).toMatchObject({ latestSubmittedRevision: latest.number, lastSubmittedAt: latest.submittedAt, readinessIndex: latest.readinessIndex, readinessBand: latest.readinessBand });
      expect(revisions.map((r) => r.number)).toEqual(revisions.map((_, i) => i + 1));
      expect(assessment.currentRevision).toBe(revisions.length);
      if (assessment.status === "returned") {
        const draft = revisions.at(-1)!;
        expect(draft.submittedAt).toBeNull();
        expect(draft.scores).toBeNull();
        expect(draft.answers).toEqual(latest.answers);
      } else {
        expect(revisions.at(-1)!.submittedAt).not.toBeNull();
      }
      expect(latest.submittedAt!.getTime()).toBeLessThan(now.getTime());
      expect(latest.submittedAt!.getTime()).toBeGreaterThan(now.getTime() - 19 * 31 * 86_400_000);
    }
  });

  it("closes reviews as the workflow does: approvals with validated scores from their validations, returns with a reason", async () => {
    const rows = await programmeRevisions();
    const decisions = await getDb().select().from(reviewDecisions).where(inArray(reviewDecisions.assessmentId, [...new Set(rows.map((r) => r.assessment.id))]));
    const validations = await getDb().select().from(indicatorValidations);
    const comments = await getDb().select().from(reviewComments);
    for (const { assessment, revision } of rows.filter((r) => r.revision.number === r.assessment.latestSubmittedRevision)) {
      const decision = decisions.find((d) => d.revisionId === revision.id);
      const own = validations.filter((v) => v.revisionId === revision.id);
      if (assessment.status === "submitted") {
        expect(decision).toBeUndefined();
        expect(own).toEqual([]);
      } else if (assessment.status === "in_review") {
        expect(decision).toBeUndefined();
        expect(own.length + comments.filter((c) => c.revisionId === revision.id).length).toBeGreaterThan(0);
      } else if (assessment.status === "returned") {
        expect(decision).toMatchObject({ decision: "returned" });
        expect(decision!.reason!.trim()).not.toBe("");
      } else {
        const validated = scoreValidatedSubmission(questionnaire.structure, revision.answers as AnswerSet, own, targets);
        expect(decision).toMatchObject({
          decision: "approved",
          validatedIndex: validated.readinessIndex,
          validatedBand: validated.readinessBand,
          validatedDimensionScores: dimensionScoresOf(validated),
          validatedScores: { result: validated.result, priorities: validated.priorities },
        });
        const levels = (revision.answers as AnswerSet).levels;
        for (const validation of own) {
          expect(Math.abs(validation.validatedLevel - levels[validation.indicatorId]!)).toBeLessThanOrEqual(1);
          expect(validation.justification.trim()).not.toBe("");
        }
      }
    }
    // Validated levels are usually the firm's own or one lower.
    const lower = validations.filter((v) => {
      const revision = rows.find((r) => r.revision.id === v.revisionId)!.revision;
      return v.validatedLevel < (revision.answers as AnswerSet).levels[v.indicatorId]!;
    });
    expect(lower.length / validations.length).toBeGreaterThan(0.5);
  });

  it("mixes statuses, sectors, sizes and re-assessments the way an SME programme does", async () => {
    const counts = await countAssessmentsByStatus(programmeId, {});
    for (const count of Object.values(counts)) expect(count).toBeGreaterThan(10);
    const firmRows = await getDb().select().from(firms).innerJoin(programmeEnrolments, eq(programmeEnrolments.firmId, firms.id)).where(eq(programmeEnrolments.programmeId, programmeId));
    expect(firmRows).toHaveLength(300);
    expect(new Set(firmRows.map((r) => r.firms.name)).size).toBe(300);
    const sectorShare = (code: string) => firmRows.filter((r) => r.firms.sector === code).length / 300;
    expect(sectorShare("10")).toBeGreaterThan(0.15);
    expect(sectorShare("22")).toBeGreaterThan(0.1);
    const smallOrMedium = firmRows.filter((r) => r.firms.employees >= 5 && r.firms.employees <= 200).length / 300;
    expect(smallOrMedium).toBeGreaterThan(0.7);
    const perFirm = groupBy(await getDb().select({ firmId: assessments.firmId, at: assessments.lastSubmittedAt, index: assessments.readinessIndex }).from(assessments).where(and(eq(assessments.programmeId, programmeId), isNotNull(assessments.lastSubmittedAt))), (a) => a.firmId);
    const reassessed = [...perFirm.values()].filter((list) => list.length === 2);
    expect(reassessed.length).toBeGreaterThan(15);
    // Re-assessments come later and, on average, score higher (T0 → T1 progress).
    const gains = reassessed.map((list) => {
      const [t0, t1] = [...list].sort((a, b) => a.at!.getTime() - b.at!.getTime());
      return t1!.index! - t0!.index!;
    });
    expect(gains.reduce((a, b) => a + b, 0) / gains.length).toBeGreaterThan(3);
  });

  it("writes the review history as audit events the review page reads", async () => {
    const events = await getDb().select().from(auditEvents).where(eq(auditEvents.entityType, "assessment"));
    const actions = new Set(events.map((e) => e.action));
    for (const action of ["assessment.created", "assessment.submitted", "review.indicator-validated", "review.commented", "review.approved", "review.returned"]) expect(actions).toContain(action);
    const [generated] = await getDb().select().from(auditEvents).where(and(eq(auditEvents.action, "cohort.generated"), eq(auditEvents.entityId, programmeId)));
    expect(generated?.details).toMatchObject({ firms: 300, seed: 42 });
  });

  it("is deterministic: the same seed and day give the same firms, answers and outcomes", async () => {
    const snapshot = async (id: string) => {
      const rows = await getDb()
        .select({ name: firms.name, sector: firms.sector, employees: firms.employees, status: assessments.status, at: assessments.lastSubmittedAt, index: assessments.readinessIndex, revision: assessments.currentRevision })
        .from(assessments)
        .innerJoin(firms, eq(firms.id, assessments.firmId))
        .where(eq(assessments.programmeId, id));
      return rows.sort((a, b) => a.name.localeCompare(b.name) || a.at!.getTime() - b.at!.getTime());
    };
    const runs = [];
    for (const code of ["DET-A", "DET-B"]) {
      const [programme] = await getDb().insert(programmes).values({ name: code, country: "MY", questionnaireVersionId: questionnaire.id, enrolmentCode: code, targets }).returning({ id: programmes.id });
      await generateSyntheticCohort(getDb(), { firms: 30, programmeId: programme!.id, seed: 7, now });
      runs.push(await snapshot(programme!.id));
    }
    expect(runs[0]!.length).toBeGreaterThan(30);
    expect(runs[1]).toEqual(runs[0]);
  });
});

describe("the demo cohort", () => {
  it("fills the Penang programme with firms in every status, enough in rubber and plastics, and leaves the demo SME firms alone", async () => {
    await seedDemoData(getDb(), { passwordHash: await hashPassword(DEMO_PASSWORD), questionnaireVersionId: currentQuestionnaireId });
    expect(await seedDemoCohort()).toEqual({ seeded: true });
    const counts = await countAssessmentsByStatus(demoProgrammes[0].id, {});
    for (const count of Object.values(counts)) expect(count).toBeGreaterThan(0);
    const enrolled = await getDb().select({ sector: firms.sector }).from(firms).innerJoin(programmeEnrolments, eq(programmeEnrolments.firmId, firms.id)).where(eq(programmeEnrolments.programmeId, demoCohort.programmeId));
    expect(enrolled.filter((f) => f.sector === "22").length).toBeGreaterThanOrEqual(9); // Plastik Maju and at least 8 peers
    expect(await getDb().select().from(assessments).where(inArray(assessments.firmId, demoFirms.map((f) => f.id)))).toEqual([]);

    const before = await getDb().select({ id: assessments.id }).from(assessments);
    expect(await seedDemoCohort()).toEqual({ seeded: false });
    expect(await getDb().select({ id: assessments.id }).from(assessments)).toHaveLength(before.length);
  });
});

describe("the demo firms' own assessments", () => {
  const officerOf = (programmeId: string) => demoProgrammeOfficers.find((o) => o.programmeId === programmeId)!.userId;

  it("give each demo login a stage of the review, scored as a submit scores it, and the notice of its last event", async () => {
    await seedDemoData(getDb(), { passwordHash: await hashPassword(DEMO_PASSWORD), questionnaireVersionId: currentQuestionnaireId });
    expect(await seedDemoFirmHistories()).toEqual({ written: demoFirmHistories.length });

    for (const history of demoFirmHistories) {
      const rows = await getDb().select().from(assessments).where(eq(assessments.firmId, history.firm.id)).orderBy(asc(assessments.lastSubmittedAt));
      const earlier = "earlier" in history ? history.earlier : undefined;
      expect(rows, history.firm.name).toHaveLength(earlier ? 2 : 1);
      if (earlier) expect(rows[0]).toMatchObject({ programmeId: history.programmeId, status: "approved" });
      const assessment = rows.at(-1)!;
      expect(assessment).toMatchObject({ programmeId: history.programmeId, status: history.stage });
      const submitted = await getDb()
        .select()
        .from(assessmentRevisions)
        .where(and(eq(assessmentRevisions.assessmentId, assessment.id), eq(assessmentRevisions.number, assessment.latestSubmittedRevision!)));
      const answers = submitted[0]!.answers as AnswerSet;
      expect(validateAnswerSet(questionnaire.structure, answers, "submit"), history.firm.name).toEqual([]);
      expect(assessment.readinessIndex).toBe(scoreSubmission(questionnaire.structure, answers).readinessIndex);
      expect(answers.profile).toMatchObject({ sector: history.firm.sector, employees: history.firm.employees });

      const outcome = await getLatestReviewOutcome(assessment.id);
      const manager = history.firm.managerId;
      const firmNotices = (await listNotificationsForUser(manager, 1)).items.filter((n) => n.assessmentId === assessment.id);
      const officerNotices = (await listNotificationsForUser(officerOf(history.programmeId), 1)).items.filter((n) => n.assessmentId === assessment.id);
      if (history.stage === "approved") {
        expect(outcome).toMatchObject({ decision: "approved", revisionNumber: history.returnedBefore ? 2 : 1 });
        expect(outcome!.validatedIndex).toEqual(expect.any(Number));
        expect(firmNotices.map((n) => [n.kind, n.readAt])).toEqual([["assessment.approved", null]]);
      } else if (history.stage === "returned") {
        expect(outcome).toMatchObject({ decision: "returned", reason: expect.stringMatching(/\w/) });
        expect(assessment.currentRevision).toBe(assessment.latestSubmittedRevision! + 1);
        expect(firmNotices.map((n) => [n.kind, n.details.reason])).toEqual([["assessment.returned", outcome!.reason]]);
      } else {
        expect(outcome).toBeNull();
        expect(officerNotices.map((n) => n.kind)).toEqual(["assessment.submitted"]);
        expect(firmNotices).toEqual([]);
      }
    }

    const before = await getDb().select({ id: assessments.id }).from(assessments);
    expect(await seedDemoFirmHistories()).toEqual({ written: 0 });
    expect(await getDb().select({ id: assessments.id }).from(assessments)).toHaveLength(before.length);
  });
});
