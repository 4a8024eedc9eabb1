// Issue 19's additions to the race matrix for assigned sections. On PostgreSQL each side gets its
// own pooled connection and they truly overlap (20 rounds); PGlite serialises transactions, so
// there the same rounds (3) only check that each side still behaves.
// - A manager takes a page away while its contributor autosaves on it: the save either lands
//   before the removal (the removal's version bump is then the revision's last write) or is
//   refused; it never lands after. Without the bump, a save whose permission was read before the
//   removal committed would land after it.
// - Two last answers at once: the managers hear "ready to submit" exactly once.
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { createDraftAssessment, getCurrentRevision, saveDraftAnswers } from "@/lib/db/queries/assessments";
import { assignSections, unassignSections } from "@/lib/db/queries/section-assignments";
import { assessmentRevisions, auditEvents, firmMemberships, notifications } from "@/lib/db/schema";
import { registerQuestionnaireVersions } from "@/lib/db/seed";
import { emptyAnswerSet, type AnswerSet } from "@/lib/questionnaire/answer-set";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { announceIfAllAnswered } from "@/lib/server/assessments/section-assignments";
import { createFirm, createUser, type TestUser } from "../support/fixtures";

const caller = vi.hoisted(() => ({ user: null as null | { id: string; role: "sme"; email: string; name: string; sessionId: string } }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => caller.user, readSessionId: async () => null }));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
  forbidden: () => {
    throw new Error("NEXT_FORBIDDEN");
  },
  unauthorized: () => {
    throw new Error("NEXT_UNAUTHORIZED");
  },
  redirect: () => {
    throw new Error("NEXT_REDIRECT");
  },
}));
vi.mock("next/server", () => ({ after: () => undefined }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers({ "accept-language": "en-GB", "x-pathname": "/api/x" }) }));

const { PUT } = await import("@/app/api/assessments/[assessmentId]/answers/route");

const mode = process.env.TEST_DB_MODE ?? "pglite";
const rounds = mode === "postgres" ? 20 : 3;
const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId)!;
const dimension = questionnaire.structure.factors[0]!.dimensions[0]!;
const indicator = dimension.indicators[0]!.id;

beforeAll(async () => {
  await registerQuestionnaireVersions(getDb(), [{ id: questionnaire.id, contentHash: questionnaire.contentHash }]);
});

async function world(answers: AnswerSet = emptyAnswerSet()) {
  const manager = await createUser({ role: "sme" });
  const second = await createUser({ role: "sme" });
  const contributor = await createUser({ role: "sme" });
  const firm = await createFirm(`Assign race ${crypto.randomUUID().slice(0, 6)}`, manager.id);
  await getDb().insert(firmMemberships).values([
    { firmId: firm.id, userId: second.id, role: "manager" },
    { firmId: firm.id, userId: contributor.id, role: "contributor" },
  ]);
  const actor = (user: TestUser) => ({ id: user.id, role: user.role });
  const { assessmentId } = await createDraftAssessment(
    { firmId: firm.id, programmeId: null, questionnaireVersionId: questionnaire.id, contentHash: questionnaire.contentHash, answers, prefilledFrom: null },
    actor(manager),
  );
  return { manager: actor(manager), second: actor(second), contributor, assessmentId };
}

async function autosaveAs(user: TestUser, assessmentId: string, baseVersion: number, level: number) {
  caller.user = { id: user.id, role: "sme", email: user.email, name: user.name, sessionId: "s" };
  const request = new Request(`http://localhost/api/assessments/${assessmentId}/answers`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ baseVersion, patch: { levels: { [indicator]: level } } }),
  });
  return PUT(request, { params: Promise.resolve({ assessmentId }) });
}

describe(`assigned sections under concurrency (${mode}, ${rounds} rounds)`, () => {
  it("a save racing the removal of its page lands before the removal or not at all", async () => {
    const outcomes = new Set<number>();
    for (let round = 0; round < rounds; round++) {
      const w = await world();
      await assignSections(w.manager, w.assessmentId, { userId: w.contributor.id, pageIds: [dimension.id], sectionNames: (ids) => ids });
      const before = (await getCurrentRevision(w.assessmentId))!;
      const [response, removed] = await Promise.all([
        autosaveAs(w.contributor, w.assessmentId, before.version, 3),
        new Promise((resolve) => setTimeout(resolve, Math.random() * 10)).then(() => unassignSections(w.manager, w.assessmentId, { userId: w.contributor.id, pageIds: [dimension.id] })),
      ]);
      expect(removed).toBe("done");
      outcomes.add(response.status);
      const [row] = await getDb()
        .select({ version: assessmentRevisions.version, answers: assessmentRevisions.answers, writer: sql<string>`${assessmentRevisions}.xmin::text` })
        .from(assessmentRevisions)
        .where(eq(assessmentRevisions.id, before.id));
      const [removal] = await getDb()
        .select({ writer: sql<string>`${auditEvents}.xmin::text` })
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, w.assessmentId), eq(auditEvents.action, "assessment.sections-unassigned")));
      const level = (row!.answers as AnswerSet).levels[indicator];
      if (response.status === 200) {
        // Landed, so before the removal: the removal's transaction wrote the revision last.
        expect(level).toBe(3);
        expect(row!.writer).toBe(removal!.writer);
        expect(row!.version).toBe(before.version + 2);
      } else {
        // 409 (read before the removal, stopped by its version bump) or 403 (read after it).
        expect([403, 409]).toContain(response.status);
        expect(level).toBeUndefined();
        expect(row!.version).toBe(before.version + 1);
      }
    }
    expect(outcomes.size).toBeGreaterThan(0);
  });

  it("two last answers at once tell each manager exactly once that the assessment is ready to submit", async () => {
    const answers: AnswerSet = {
      ...emptyAnswerSet(),
      profile: { country: "MY", sector: "22", employees: 50, turnover: "1m-5m", exports: true, "offers-services": false, technologies: ["none"], challenges: ["funding"] },
    };
    for (const factor of questionnaire.structure.factors.filter((f) => f.id !== "services")) for (const d of factor.dimensions) for (const i of d.indicators) answers.levels[i.id] = 2;
    for (let round = 0; round < rounds; round++) {
      const { [indicator]: _last, ...almost } = answers.levels;
      const w = await world({ ...answers, levels: almost });
      const revision = (await getCurrentRevision(w.assessmentId))!;
      // The last answer is saved; two saves of the pages that follow it both find the draft complete.
      await saveDraftAnswers(revision.id, revision, answers, { userId: w.manager.id, source: "page" });
      const announced = await Promise.all([announceIfAllAnswered(w.manager, w.assessmentId), announceIfAllAnswered(w.second, w.assessmentId)]);
      expect(announced.filter(Boolean)).toHaveLength(1);
      const rows = await getDb()
        .select({ userId: notifications.userId })
        .from(notifications)
        .where(and(eq(notifications.assessmentId, w.assessmentId), eq(notifications.kind, "assessment.ready-to-submit")));
      expect(rows.map((r) => r.userId).sort()).toEqual([w.manager.id, w.second.id].sort());
    }
  });
});
