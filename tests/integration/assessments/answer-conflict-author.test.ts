// Issue 19: the autosave conflict names who changed the answer. Two members of a firm autosave
// the same indicator from the same copy through the API route; the second gets 409 with the
// newer answers and, by field, who changed it and when. Against PGlite and PostgreSQL.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { createDraftAssessment, getCurrentRevision } from "@/lib/db/queries/assessments";
import { firmMemberships } from "@/lib/db/schema";
import { registerQuestionnaireVersions } from "@/lib/db/seed";
import { emptyAnswerSet } from "@/lib/questionnaire/answer-set";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { createFirm, createUser } from "../support/fixtures";

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
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => new Headers({ "accept-language": "en-GB" }),
}));

const { PUT } = await import("@/app/api/assessments/[assessmentId]/answers/route");

const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId)!;
const indicator = questionnaire.structure.factors[0]!.dimensions[0]!.indicators[0]!.id;

beforeAll(async () => {
  await registerQuestionnaireVersions(getDb(), [{ id: questionnaire.id, contentHash: questionnaire.contentHash }]);
});

async function autosave(userId: string, assessmentId: string, baseVersion: number, level: number) {
  caller.userId = userId;
  const request = new Request(`http://localhost/api/assessments/${assessmentId}/answers`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ baseVersion, patch: { levels: { [indicator]: level } } }),
  });
  const response = await PUT(request, { params: Promise.resolve({ assessmentId }) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("the autosave conflict", () => {
  it("names the member who changed the answer, and when", async () => {
    const manager = await createUser({ role: "sme", name: "Tan Wei Ming" });
    const colleague = await createUser({ role: "sme", name: "Aisyah Rahman" });
    const firm = await createFirm(`Conflict firm ${crypto.randomUUID().slice(0, 6)}`, manager.id);
    await getDb().insert(firmMemberships).values({ firmId: firm.id, userId: colleague.id, role: "contributor" });
    const { assessmentId } = await createDraftAssessment(
      { firmId: firm.id, programmeId: null, questionnaireVersionId: questionnaire.id, contentHash: questionnaire.contentHash, answers: emptyAnswerSet(), prefilledFrom: null },
      { id: manager.id, role: "sme" },
    );
    const base = (await getCurrentRevision(assessmentId))!.version;

    expect((await autosave(colleague.id, assessmentId, base, 4)).status).toBe(200);
    const stale = await autosave(manager.id, assessmentId, base, 1);
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: "stale", version: base + 1 });
    expect(stale.body.changedBy).toEqual({ [`levels.${indicator}`]: expect.stringMatching(/^Aisyah Rahman changed this answer at \d\d:\d\d; check it\.$/) });
  });
});
