// At re-assessment, the results' "progress since the previous assessment" shows beside each
// dimension the plan's actions done for it (issue 20): those marked done between the two
// submissions, not work still open, dropped, done before the previous one or after this one.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { assessmentRevisions, type StoredScores } from "@/lib/db/schema";
import { loadProgressSincePrevious } from "@/lib/server/results/progress-since-previous";
import { seedFixtures, type Fixtures } from "../support/fixtures";
import { insertPlanActions } from "../support/plan-fixtures";
import { createCompleteDraft, registerCurrentQuestionnaire, submit } from "../notifications/submission";

let fixtures: Fixtures;
let second: string;

async function submitted(assessmentId: string): Promise<{ submittedAt: Date; scores: StoredScores }> {
  const [row] = await getDb()
    .select({ submittedAt: assessmentRevisions.submittedAt, scores: assessmentRevisions.scores })
    .from(assessmentRevisions)
    .where(and(eq(assessmentRevisions.assessmentId, assessmentId), eq(assessmentRevisions.number, 1)));
  return { submittedAt: row!.submittedAt!, scores: row!.scores! };
}

beforeAll(async () => {
  fixtures = await seedFixtures();
  await registerCurrentQuestionnaire();
  const manager = { id: fixtures.users.managerA.id, role: "sme" as const };
  const firmId = fixtures.firms.firmA.id;
  const first = await createCompleteDraft(firmId, fixtures.programmes.programmeA.id, manager);
  await submit(first, manager);
  const firstAt = (await submitted(first)).submittedAt;
  // A millisecond after the first submission: the second is submitted later still (its draft is made in between).
  const between = new Date(firstAt.getTime() + 1);
  await insertPlanActions([
    { firmId, dimensionId: "skills", title: "Train two technicians", status: "done", completedAt: between },
    { firmId, dimensionId: "skills", title: "Write a skills matrix", status: "done", completedAt: between },
    { firmId, dimensionId: "skills", title: "Done long ago", status: "done", completedAt: new Date(firstAt.getTime() - 86_400_000) },
    { firmId, dimensionId: "automation", title: "Pilot a cobot", status: "in_progress" },
    { firmId, dimensionId: "automation", title: "Marked done after the re-assessment", status: "done", completedAt: new Date(Date.now() + 86_400_000) },
    { firmId, dimensionId: "operations", title: "Digital work orders", status: "dropped" },
  ]);
  // The re-assessment outside the programme, so it may start while the first awaits review.
  second = await createCompleteDraft(firmId, null, manager);
  await submit(second, manager);
});

describe("progress since the previous assessment, with the plan", () => {
  it("names beside each dimension the plan's actions done between the two submissions", async () => {
    const shown = await submitted(second);
    const progress = await loadProgressSincePrevious({ firmId: fixtures.firms.firmA.id, assessmentId: second, programmeId: null, viewer: "sme", shown });
    expect(progress).toBeDefined();
    expect(progress!.planDone).toEqual({ skills: ["Train two technicians", "Write a skills matrix"] });
  });
});
