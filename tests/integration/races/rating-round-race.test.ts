// Independent rating at the same moment (issue 19's race matrix): two agree posts on one round
// (two managers, or a double click). On PostgreSQL each command has its own pooled connection and
// they truly overlap: the round row's lock makes them run one after the other, so exactly one
// agreement per indicator is kept, the answers move by one version and the history holds one row
// per indicator; the second post finds the round closed. PGlite serialises transactions, so there
// the same rounds only check that each command still behaves.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createDraftAssessment, getCurrentRevision, saveDraftAnswers } from "@/lib/db/queries/assessments";
import { agreeRoundLevels, finishOwnRating, openRatingRound, saveOwnRatings } from "@/lib/db/queries/rating-rounds";
import { answerChanges, firmMemberships, ratingAgreements, ratingRounds } from "@/lib/db/schema";
import { registerQuestionnaireVersions } from "@/lib/db/seed";
import { emptyAnswerSet } from "@/lib/questionnaire/answer-set";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { listVisibleDimensions } from "@/lib/questionnaire/visible-items";
import { createEnrolledFirm, createUser, seedFixtures, type Fixtures } from "../support/fixtures";

const mode = process.env.TEST_DB_MODE ?? "pglite";
const rounds = mode === "postgres" ? 10 : 2;
const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId)!;
const profile = { country: "MY", employees: 45, exports: true, challenges: ["funding"] };
const dimension = listVisibleDimensions(questionnaire.structure, { ...emptyAnswerSet(), profile })[0]!;
const dimensionId = dimension.dimension.id;
const indicatorIds = dimension.indicators.map((i) => i.id);
const sme = (id: string) => ({ id, role: "sme" as const });

let fixtures: Fixtures;
beforeAll(async () => {
  fixtures = await seedFixtures();
  await registerQuestionnaireVersions(getDb(), [{ id: questionnaire.id, contentHash: questionnaire.contentHash }]);
});

/** A draft whose dimension two raters have rated (1 and 4) and handed in, and a second manager. */
async function readyRound() {
  const manager = await createUser({ role: "sme" });
  const otherManager = await createUser({ role: "sme" });
  const raters = [await createUser({ role: "sme" }), await createUser({ role: "sme" })];
  const firm = await createEnrolledFirm(manager.id, fixtures.programmes.programmeA.id);
  await getDb()
    .insert(firmMemberships)
    .values([{ firmId: firm.id, userId: otherManager.id, role: "manager" as const }, ...raters.map((r) => ({ firmId: firm.id, userId: r.id, role: "contributor" as const }))]);
  const { assessmentId } = await createDraftAssessment(
    { firmId: firm.id, programmeId: fixtures.programmes.programmeA.id, questionnaireVersionId: questionnaire.id, contentHash: questionnaire.contentHash, answers: emptyAnswerSet(), prefilledFrom: null },
    sme(manager.id),
  );
  const draft = (await getCurrentRevision(assessmentId))!;
  await saveDraftAnswers(draft.id, draft, { ...emptyAnswerSet(), profile }, { userId: manager.id, source: "page" });
  const target = { assessmentId, dimensionId, indicatorIds };
  expect((await openRatingRound(sme(manager.id), { ...target, raterIds: raters.map((r) => r.id), indicatorsOf: () => indicatorIds })).kind).toBe("done");
  for (const [index, rater] of raters.entries()) {
    await saveOwnRatings(sme(rater.id), { ...target, levels: Object.fromEntries(indicatorIds.map((id) => [id, index === 0 ? 1 : 4])) });
    expect(await finishOwnRating(sme(rater.id), target)).toEqual({ kind: "done" });
  }
  return { target, manager: sme(manager.id), otherManager: sme(otherManager.id) };
}

describe(`rating round races (${mode}, ${rounds} rounds)`, () => {
  it("two agree posts at once keep one agreement per indicator, one new answers version and one history row per indicator", async () => {
    for (let round = 0; round < rounds; round++) {
      const { target, manager, otherManager } = await readyRound();
      const before = (await getCurrentRevision(target.assessmentId))!;
      const agreeAt = (level: number) => indicatorIds.map((indicatorId) => ({ indicatorId, level, note: `level ${level}` }));
      const outcomes = await Promise.all([agreeRoundLevels(manager, { ...target, agreements: agreeAt(2) }), agreeRoundLevels(otherManager, { ...target, agreements: agreeAt(3) })]);
      const kinds = outcomes.map((o) => (o.kind === "refused" ? o.refusal : o.kind)).sort();
      expect(kinds).toEqual(["done", "round-closed"]);
      const winner = outcomes[0]!.kind === "done" ? 2 : 3;
      const winnerId = outcomes[0]!.kind === "done" ? manager.id : otherManager.id;

      const after = (await getCurrentRevision(target.assessmentId))!;
      expect(after.version).toBe(before.version + 1);
      for (const id of indicatorIds) expect(after.answers.levels[id]).toBe(winner);
      const [stored] = await getDb().select({ id: ratingRounds.id, closedAt: ratingRounds.closedAt }).from(ratingRounds).where(eq(ratingRounds.revisionId, after.id));
      expect(stored!.closedAt).not.toBeNull();
      const agreements = await getDb().select().from(ratingAgreements).where(eq(ratingAgreements.roundId, stored!.id));
      expect(agreements.map((a) => a.agreedLevel)).toEqual(indicatorIds.map(() => winner));
      // Only the winner's agreement reaches the answer history (the profile rows are the setup's save).
      const history = await getDb().select().from(answerChanges).where(and(eq(answerChanges.revisionId, after.id), eq(answerChanges.source, "agreement")));
      expect(history.map((h) => [h.field, h.value, h.changedBy]).sort()).toEqual(indicatorIds.map((id) => [`levels.${id}`, winner, winnerId]).sort());
    }
  });
});
