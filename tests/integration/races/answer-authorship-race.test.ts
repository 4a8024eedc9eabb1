// Issue 19's race "two contributors on one indicator": two members of a firm save the same
// indicator from the same base version at once. Exactly one save lands, the history holds exactly
// the landed change, and the other is told who won. On PostgreSQL each save gets its own pooled
// connection and they truly overlap; PGlite serialises transactions, so there the rounds only check
// that the outcome is the same.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { listLatestAnswerChanges } from "@/lib/db/queries/answer-history";
import { createDraftAssessment, getCurrentRevision, saveDraftAnswers } from "@/lib/db/queries/assessments";
import { answerChanges, firmMemberships } from "@/lib/db/schema";
import { registerQuestionnaireVersions } from "@/lib/db/seed";
import { createTranslator } from "@/lib/i18n";
import { createFormats } from "@/lib/i18n/format";
import { emptyAnswerSet } from "@/lib/questionnaire/answer-set";
import { describeConflictAuthor } from "@/lib/questionnaire/conflict-author";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { createFirm, createUser } from "../support/fixtures";

const mode = process.env.TEST_DB_MODE ?? "pglite";
const rounds = mode === "postgres" ? 20 : 3;
const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId)!;
const indicator = questionnaire.structure.factors[0]!.dimensions[0]!.indicators[0]!.id;
const field = `levels.${indicator}`;

beforeAll(async () => {
  await registerQuestionnaireVersions(getDb(), [{ id: questionnaire.id, contentHash: questionnaire.contentHash }]);
});

describe(`two members answering one indicator (${mode}, ${rounds} rounds)`, () => {
  it("exactly one save lands, its change alone is in the history, and the other is told who won", async () => {
    const t = createTranslator("en");
    const formats = createFormats("en", { timeZone: "UTC" });
    for (let round = 0; round < rounds; round++) {
      const aisyah = await createUser({ role: "sme", name: "Aisyah" });
      const budi = await createUser({ role: "sme", name: "Budi" });
      const firm = await createFirm(`Race firm ${crypto.randomUUID().slice(0, 6)}`, aisyah.id);
      await getDb().insert(firmMemberships).values({ firmId: firm.id, userId: budi.id, role: "contributor" });
      const { assessmentId } = await createDraftAssessment(
        { firmId: firm.id, programmeId: null, questionnaireVersionId: questionnaire.id, contentHash: questionnaire.contentHash, answers: emptyAnswerSet(), prefilledFrom: null },
        { id: aisyah.id, role: "sme" },
      );
      const base = (await getCurrentRevision(assessmentId))!;
      const savers = [
        { user: aisyah, level: 2 },
        { user: budi, level: 4 },
      ];
      const versions = await Promise.all(
        savers.map(({ user, level }) => saveDraftAnswers(base.id, base, { ...base.answers, levels: { [indicator]: level } }, { userId: user.id, source: "autosave" })),
      );
      expect(versions.filter((v) => v !== null)).toEqual([base.version + 1]);
      const winner = savers[versions.findIndex((v) => v !== null)]!;

      const history = await getDb().select().from(answerChanges).where(eq(answerChanges.revisionId, base.id));
      expect(history.map((h) => [h.field, h.value, h.changedBy])).toEqual([[field, winner.level, winner.user.id]]);
      expect((await getCurrentRevision(assessmentId))!.answers.levels[indicator]).toBe(winner.level);

      // What the loser's 409 says: the winner's name, from the latest history row.
      const latest = (await listLatestAnswerChanges(base.id, [field])).get(field)!;
      expect(describeConflictAuthor(latest, t, formats)).toMatch(new RegExp(`^${winner.user.name} changed this answer at \\d\\d:\\d\\d; check it\\.$`));
    }
  });
});
