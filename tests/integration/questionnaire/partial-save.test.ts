// Issue 15: a page post with one invalid answer refused the whole page, so every other change on it
// was lost, and the re-rendered page showed the stored value beside the error (employees "-3"
// showed the old "45"). Autosave did the same with a patch. Now the valid answers are saved, the
// invalid ones come back by field with the rule they broke and, for the page, what was typed.
// Runs the page's save action and the autosave route against a real database (both modes); only
// the session and Next's request plumbing are stood in for.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { PageSaveState } from "@/components/questionnaire/page-form-state";
import { getDb } from "@/lib/db/client";
import { createDraftAssessment, getCurrentRevision, saveDraftAnswers } from "@/lib/db/queries/assessments";
import { registerQuestionnaireVersions } from "@/lib/db/seed";
import { emptyAnswerSet, type AnswerSet } from "@/lib/questionnaire/answer-set";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { challengeIds } from "@/lib/questionnaire/taxonomy";
import { seedFixtures, type Fixtures } from "../support/fixtures";

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
  redirect: (location: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { location });
  },
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => new Headers({ "accept-language": "en-GB" }),
}));

const { savePageAction } = await import("@/app/(sme)/assessments/[assessmentId]/[pageId]/actions");
const { PUT } = await import("@/app/api/assessments/[assessmentId]/answers/route");

const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId)!;
let fixtures: Fixtures;

beforeAll(async () => {
  fixtures = await seedFixtures();
  caller.userId = fixtures.users.managerA.id;
  await registerQuestionnaireVersions(getDb(), [{ id: questionnaire.id, contentHash: questionnaire.contentHash }]);
});

const stored: AnswerSet = { ...emptyAnswerSet(), profile: { country: "MY", employees: 45, exports: true, challenges: ["funding"] } };

async function newDraft(answers: AnswerSet = stored): Promise<string> {
  const { assessmentId } = await createDraftAssessment(
    {
      firmId: fixtures.firms.firmA.id,
      programmeId: fixtures.programmes.programmeA.id,
      questionnaireVersionId: questionnaire.id,
      contentHash: questionnaire.contentHash,
      answers: emptyAnswerSet(),
      prefilledFrom: null,
    },
    { id: fixtures.users.managerA.id, role: "sme" },
  );
  const revision = (await getCurrentRevision(assessmentId))!;
  await saveDraftAnswers(revision.id, revision, answers, { userId: fixtures.users.managerA.id, source: "page" });
  return assessmentId;
}

/** The profile page as the browser posts it: every field of the page, as typed. */
async function postProfilePage(assessmentId: string, typed: Record<string, string | string[]>, intent = "next") {
  const revision = (await getCurrentRevision(assessmentId))!;
  const form = new FormData();
  form.set("assessmentId", assessmentId);
  form.set("pageId", "profile");
  form.set("baseVersion", String(revision.version));
  form.set("baseAnswers", JSON.stringify({}));
  form.set("intent", intent);
  for (const [field, value] of Object.entries(typed)) for (const v of [value].flat()) form.append(`profile.${field}`, v);
  try {
    return { state: await savePageAction({ status: "idle" }, form) };
  } catch (error) {
    const location = (error as { location?: string }).location;
    if (location === undefined) throw error;
    return { location };
  }
}

const refused = (state: PageSaveState | undefined) => (state?.status === "refused" ? state : null);

describe("page save with an invalid answer", () => {
  it("saves the valid answers and returns the invalid one with what was typed and the rule it broke", async () => {
    const id = await newDraft();
    const fourChallenges = challengeIds.slice(0, 4);
    const { state, location } = await postProfilePage(id, { country: "MY", employees: "45", exports: "false", challenges: fourChallenges });
    expect(location).toBeUndefined();
    const shown = refused(state)!;
    expect(shown.refused).toEqual([
      {
        field: "profile.challenges",
        message: "Choose at most 3 options.",
        summary: "What are your firm's main challenges in adopting digital technology? Choose at most 3 options.",
      },
    ]);
    expect(shown.typed).toEqual({ "profile.challenges": fourChallenges });
    const after = (await getCurrentRevision(id))!.answers.profile;
    expect(after.exports).toBe(false);
    expect(after.challenges).toEqual(["funding"]);
  });

  it("shows a negative number of employees as typed, not the stored 45", async () => {
    const id = await newDraft();
    const { state } = await postProfilePage(id, { country: "CN", employees: "-3" });
    expect(refused(state)!.typed).toEqual({ "profile.employees": ["-3"] });
    expect(refused(state)!.refused.map((r) => r.message)).toEqual(["Enter a number of at least 1."]);
    const after = (await getCurrentRevision(id))!.answers.profile;
    expect(after).toMatchObject({ country: "CN", employees: 45 });
  });

  it("refuses an unreadable number with its own message and saves the rest", async () => {
    const id = await newDraft();
    const { state } = await postProfilePage(id, { employees: "lots", technologies: ["none", "cloud-computing"], exports: "false" });
    expect(refused(state)!.refused.map((r) => [r.field, r.message])).toEqual([
      ["profile.employees", "Enter a whole number, for example 45."],
      ["profile.technologies", "“None of these” cannot be combined with other options: untick it or untick the others."],
    ]);
    expect(refused(state)!.typed).toEqual({ "profile.employees": ["lots"], "profile.technologies": ["none", "cloud-computing"] });
    expect((await getCurrentRevision(id))!.answers.profile).toMatchObject({ exports: false, employees: 45 });
  });

  it("still moves on when every answer is valid", async () => {
    const id = await newDraft();
    const { location } = await postProfilePage(id, { country: "MY", employees: "50" });
    expect(location).toMatch(new RegExp(`^/assessments/${id}/`));
    expect((await getCurrentRevision(id))!.answers.profile.employees).toBe(50);
  });
});

async function autosave(assessmentId: string, patch: unknown, baseVersion?: number) {
  const version = baseVersion ?? (await getCurrentRevision(assessmentId))!.version;
  const request = new Request(`http://localhost/api/assessments/${assessmentId}/answers`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ baseVersion: version, patch }),
  });
  const response = await PUT(request, { params: Promise.resolve({ assessmentId }) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("autosave with an invalid field", () => {
  it("saves the valid fields and reports the invalid one by field", async () => {
    const id = await newDraft();
    const before = (await getCurrentRevision(id))!.version;
    const { status, body } = await autosave(id, { profile: { exports: false, employees: -3 } });
    expect(status).toBe(200);
    expect(body.version).toBe(before + 1);
    expect(body.refused).toEqual([{ field: "profile.employees", code: "too-small", message: "Enter a number of at least 1." }]);
    expect((await getCurrentRevision(id))!.answers.profile).toMatchObject({ exports: false, employees: 45 });
  });

  it("answers 422 and stores nothing when no field of the patch is valid", async () => {
    const id = await newDraft();
    const before = (await getCurrentRevision(id))!;
    const { status, body } = await autosave(id, { profile: { challenges: ["funding", "funding2"] } });
    expect(status).toBe(422);
    expect(body.problems).toEqual([{ field: "profile.challenges", code: "unknown-option", message: "Choose one of the options listed." }]);
    const after = (await getCurrentRevision(id))!;
    expect(after.version).toBe(before.version);
    expect(after.answers).toEqual(before.answers);
  });

  it("keeps the version compare-and-set: a stale base is refused whole, valid or not", async () => {
    const id = await newDraft();
    const base = (await getCurrentRevision(id))!.version;
    await autosave(id, { profile: { country: "CN" } }, base);
    const { status, body } = await autosave(id, { profile: { exports: false, employees: -3 } }, base);
    expect(status).toBe(409);
    expect(body.error).toBe("stale");
    expect((await getCurrentRevision(id))!.answers.profile).toMatchObject({ country: "CN", exports: true, employees: 45 });
  });
});

