// Officers comment on a firm's improvement plan from the review page (issue 20): the officer of the
// assessment's programme may, an officer of another programme and the firm's own manager may not;
// the comment is listed under the firm's plan and audited. The real guards run; only the session
// and Next's request plumbing are stood in for.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { FormActionState } from "@/lib/forms/form-result";
import { getDb } from "@/lib/db/client";
import { listPlanCommentsForFirm } from "@/lib/db/queries/plan/plan-comments";
import { auditEvents, planComments } from "@/lib/db/schema";
import { seedFixtures, type Fixtures } from "../support/fixtures";
import { createCompleteDraft, registerCurrentQuestionnaire, submit } from "../notifications/submission";

const caller = vi.hoisted(() => ({ user: null as null | { id: string; role: "sme" | "officer" | "admin"; name: string; email: string } }));

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => caller.user, readSessionId: async () => null }));
vi.mock("next/navigation", () => {
  const fail = (digest: string) => () => {
    throw Object.assign(new Error(digest), { digest });
  };
  return { notFound: fail("NEXT_NOT_FOUND"), forbidden: fail("NEXT_FORBIDDEN"), unauthorized: fail("NEXT_UNAUTHORIZED"), redirect: fail("NEXT_REDIRECT") };
});
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => new Headers({ "accept-language": "en-GB" }),
}));
vi.mock("next/server", () => ({ after: () => undefined }));

const { addPlanCommentAction } = await import("@/app/(officer)/officer/assessments/[assessmentId]/review/actions");

let fixtures: Fixtures;
let assessmentId: string;

function as(user: Fixtures["users"][keyof Fixtures["users"]]) {
  caller.user = { id: user.id, role: user.role as "sme" | "officer" | "admin", name: user.name, email: user.email };
}

function post(fields: Record<string, string>): Promise<FormActionState> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return addPlanCommentAction({ status: "idle" }, form);
}

const commentCount = async () => (await getDb().select({ id: planComments.id }).from(planComments)).length;

beforeAll(async () => {
  fixtures = await seedFixtures();
  await registerCurrentQuestionnaire();
  const manager = { id: fixtures.users.managerA.id, role: "sme" as const };
  assessmentId = await createCompleteDraft(fixtures.firms.firmA.id, fixtures.programmes.programmeA.id, manager);
  await submit(assessmentId, manager);
});

describe("commenting on a firm's improvement plan", () => {
  it("lets the officer of the assessment's programme comment on the whole plan and on a dimension, listed under the firm's plan and audited", async () => {
    as(fixtures.users.officerA);
    expect(await post({ assessmentId, dimensionId: "plan", body: "Start with the skills actions." })).toMatchObject({ status: "success", message: "Comment on the plan added." });
    expect(await post({ assessmentId, dimensionId: "automation", body: "Ask for the fund before March." })).toMatchObject({ status: "success" });

    const listed = await listPlanCommentsForFirm(fixtures.firms.firmA.id);
    expect(listed.map(({ dimensionId, body, authorName, assessmentId: on }) => ({ dimensionId, body, authorName, on }))).toEqual([
      { dimensionId: null, body: "Start with the skills actions.", authorName: "Officer A", on: assessmentId },
      { dimensionId: "automation", body: "Ask for the fund before March.", authorName: "Officer A", on: assessmentId },
    ]);
    expect(await listPlanCommentsForFirm(fixtures.firms.firmB.id)).toEqual([]);

    const audit = await getDb()
      .select({ actor: auditEvents.actorUserId, role: auditEvents.actorRole, entityId: auditEvents.entityId, details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "plan.commented"), eq(auditEvents.entityType, "firm")));
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({ actor: fixtures.users.officerA.id, role: "officer", entityId: fixtures.firms.firmA.id, details: { assessmentId, dimensionId: "automation", commentId: listed[1]!.id } });
  });

  it("refuses an officer of another programme as not found, and the firm's own manager as forbidden, storing nothing", async () => {
    const before = await commentCount();
    as(fixtures.users.officerB);
    await expect(post({ assessmentId, dimensionId: "plan", body: "Not my firm." })).rejects.toThrow("NEXT_NOT_FOUND");
    as(fixtures.users.managerA);
    await expect(post({ assessmentId, dimensionId: "plan", body: "Commenting on my own plan." })).rejects.toThrow("NEXT_FORBIDDEN");
    caller.user = null;
    await expect(post({ assessmentId, dimensionId: "plan", body: "Anonymous." })).rejects.toThrow();
    expect(await commentCount()).toBe(before);
  });

  it("answers a blank comment or an unknown dimension at its field and stores nothing", async () => {
    const before = await commentCount();
    as(fixtures.users.officerA);
    expect(await post({ assessmentId, dimensionId: "plan", body: "   " })).toMatchObject({ status: "error", fieldErrors: { body: "Write a comment." } });
    expect(await post({ assessmentId, dimensionId: "not-a-dimension", body: "Hello" })).toMatchObject({ status: "error", fieldErrors: { dimensionId: "Choose the whole plan or one of its dimensions." } });
    expect(await commentCount()).toBe(before);
  });
});
