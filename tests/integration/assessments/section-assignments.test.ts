// Issue 19, assigned sections: a manager assigns parts of a draft to active members; a contributor
// may then save answers only on their pages, by the page post and by autosave alike, and the check
// reads the assignments at save time. The assignee hears of it, and the managers hear once that
// every section is answered. Runs the real guards, actions, route and queries against a real
// database (both modes); only the session and Next's request plumbing are stood in for.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { createDraftAssessment, getCurrentRevision, saveDraftAnswers } from "@/lib/db/queries/assessments";
import { removeFirmMember } from "@/lib/db/queries/firm-team";
import { assessments, auditEvents, firmMemberships, notifications, outgoingEmails, sectionAssignments } from "@/lib/db/schema";
import { registerQuestionnaireVersions } from "@/lib/db/seed";
import { emptyAnswerSet, type AnswerSet } from "@/lib/questionnaire/answer-set";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { announceIfAllAnswered } from "@/lib/server/assessments/section-assignments";
import { createFirm, createUser, type TestUser } from "../support/fixtures";

const caller = vi.hoisted(() => ({ user: null as null | { id: string; role: "sme"; email: string; name: string; sessionId: string } }));

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => caller.user, readSessionId: async () => caller.user?.sessionId ?? null }));
vi.mock("next/navigation", () => {
  const fail = (digest: string) => () => {
    throw Object.assign(new Error(digest), { digest });
  };
  return {
    redirect: (location: string) => {
      throw Object.assign(new Error("NEXT_REDIRECT"), { location });
    },
    notFound: fail("NEXT_NOT_FOUND"),
    forbidden: fail("NEXT_FORBIDDEN"),
    unauthorized: fail("NEXT_UNAUTHORIZED"),
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/server", () => ({ after: () => undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => new Headers({ "accept-language": "en-GB", "x-pathname": "/api/x", origin: "http://localhost:3000", host: "localhost:3000" }),
}));

const { assignSectionsAction, unassignSectionAction } = await import("@/app/(sme)/assessments/[assessmentId]/assignments/actions");
const { savePageAction } = await import("@/app/(sme)/assessments/[assessmentId]/[pageId]/actions");
const { PUT } = await import("@/app/api/assessments/[assessmentId]/answers/route");

const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId)!;
const { structure } = questionnaire;
const people = structure.factors.find((f) => f.id === "people")!;
const [skills, leadership] = people.dimensions;
const actorOf = (user: TestUser) => ({ id: user.id, role: user.role });

function signIn(user: TestUser) {
  caller.user = { id: user.id, role: "sme", email: user.email, name: user.name, sessionId: crypto.randomUUID() };
}

async function outcomeOf<T>(run: () => Promise<T>): Promise<{ value?: T; location?: string; digest?: string }> {
  try {
    return { value: await run() };
  } catch (error) {
    const { location, digest } = error as { location?: string; digest?: string };
    if (location === undefined && digest === undefined) throw error;
    return { location, digest };
  }
}

function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) for (const v of [value].flat()) data.append(name, v);
  return data;
}

let manager: TestUser;
let colleague: TestUser;
let firmId: string;

beforeAll(async () => {
  await registerQuestionnaireVersions(getDb(), [{ id: questionnaire.id, contentHash: questionnaire.contentHash }]);
  manager = await createUser({ role: "sme", name: "Aisyah Manager", email: "aisyah@assign-firm.example" });
  colleague = await createUser({ role: "sme", name: "Ben Contributor", email: "ben@assign-firm.example" });
  firmId = (await createFirm("Assign Firm Sdn Bhd", manager.id)).id;
  await getDb().insert(firmMemberships).values({ firmId, userId: colleague.id, role: "contributor" });
});

async function newDraft(answers: AnswerSet = emptyAnswerSet()): Promise<string> {
  // One unfinished assessment per firm: earlier drafts of this file are approved out of the way.
  await getDb().update(assessments).set({ status: "approved" }).where(eq(assessments.firmId, firmId));
  const { assessmentId } = await createDraftAssessment(
    { firmId, programmeId: null, questionnaireVersionId: questionnaire.id, contentHash: questionnaire.contentHash, answers, prefilledFrom: null },
    actorOf(manager),
  );
  return assessmentId;
}

async function assign(assessmentId: string, userIds: string[], choices: string[]) {
  return outcomeOf(() => assignSectionsAction({ status: "idle" }, form({ assessmentId, userIds, choices })));
}

async function assignedPages(assessmentId: string, userId: string) {
  const rows = await getDb().select({ pageId: sectionAssignments.pageId }).from(sectionAssignments).where(and(eq(sectionAssignments.assessmentId, assessmentId), eq(sectionAssignments.userId, userId)));
  return rows.map((r) => r.pageId).sort();
}

async function autosave(assessmentId: string, patch: Record<string, unknown>) {
  const revision = (await getCurrentRevision(assessmentId))!;
  const request = new Request(`http://localhost:3000/api/assessments/${assessmentId}/answers`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ baseVersion: revision.version, patch }),
  });
  return PUT(request, { params: Promise.resolve({ assessmentId }) });
}

async function postPage(assessmentId: string, pageId: string, fields: Record<string, string>) {
  const revision = (await getCurrentRevision(assessmentId))!;
  return outcomeOf(() => savePageAction({ status: "idle" }, form({ assessmentId, pageId, baseVersion: String(revision.version), baseAnswers: "{}", intent: "stay", ...fields })));
}

describe("assigning sections", () => {
  it("a manager assigns a whole factor: one row per dimension, audited, and the colleague is told in the app and by email", async () => {
    const assessmentId = await newDraft();
    signIn(manager);
    const answer = await assign(assessmentId, [colleague.id], ["people"]);
    expect(answer.value?.status).toBe("success");
    expect(await assignedPages(assessmentId, colleague.id)).toEqual(people.dimensions.map((d) => d.id).sort());
    const [audit] = await getDb().select().from(auditEvents).where(and(eq(auditEvents.entityId, assessmentId), eq(auditEvents.action, "assessment.sections-assigned")));
    expect(audit).toMatchObject({ actorUserId: manager.id, details: { userId: colleague.id } });
    const notices = await getDb().select().from(notifications).where(and(eq(notifications.assessmentId, assessmentId), eq(notifications.userId, colleague.id)));
    expect(notices.map((n) => n.kind)).toEqual(["assessment.sections-assigned"]);
    const emails = await getDb().select().from(outgoingEmails).where(eq(outgoingEmails.toAddress, colleague.email));
    expect(emails.at(-1)?.subject).toContain("You have been assigned sections of Assign Firm Sdn Bhd's assessment");
    expect(emails.at(-1)?.textBody).toContain("Workforce skills and learning, Leadership and strategy");

    // Assigning the same again changes nothing and tells nobody again.
    expect((await assign(assessmentId, [colleague.id], [skills!.id])).value?.message).toMatch(/already assigned/);
    expect(await getDb().select().from(notifications).where(and(eq(notifications.assessmentId, assessmentId), eq(notifications.userId, colleague.id)))).toHaveLength(1);
  });

  it("only a manager assigns: a contributor gets 403 and nothing is written", async () => {
    const assessmentId = await newDraft();
    signIn(colleague);
    expect((await assign(assessmentId, [colleague.id], ["people"])).digest).toBe("NEXT_FORBIDDEN");
    expect(await assignedPages(assessmentId, colleague.id)).toEqual([]);
  });

  it("only to active members: a removed member or a stranger is refused and nothing is written", async () => {
    const assessmentId = await newDraft();
    const leaver = await createUser({ role: "sme", name: "Leaver" });
    const stranger = await createUser({ role: "sme", name: "Stranger" });
    await getDb().insert(firmMemberships).values({ firmId, userId: leaver.id, role: "contributor" });
    await removeFirmMember(actorOf(manager), firmId, leaver.id);
    signIn(manager);
    for (const user of [leaver, stranger]) {
      const answer = await assign(assessmentId, [user.id], ["people"]);
      expect(answer.value).toMatchObject({ status: "error", formError: "That person is no longer a member of the firm." });
      expect(await assignedPages(assessmentId, user.id)).toEqual([]);
    }
    const missing = await assign(assessmentId, [], []);
    expect(missing.value?.fieldErrors).toEqual({ userIds: "Choose at least one member.", choices: "Choose at least one section." });
  });

  it("only while the assessment is a draft", async () => {
    const assessmentId = await newDraft();
    await getDb().update(assessments).set({ status: "submitted" }).where(eq(assessments.id, assessmentId));
    signIn(manager);
    expect((await assign(assessmentId, [colleague.id], ["people"])).value?.formError).toBe("Sections can only be assigned while the assessment is a draft.");
    expect(await assignedPages(assessmentId, colleague.id)).toEqual([]);
  });
});

describe("a contributor saves only on the pages assigned to them", () => {
  it("autosave: 403 with a message on an unassigned page, nothing saved; saved on an assigned page; refused again once unassigned", async () => {
    const assessmentId = await newDraft();
    signIn(manager);
    await assign(assessmentId, [colleague.id], [skills!.id]);
    signIn(colleague);
    const before = (await getCurrentRevision(assessmentId))!;
    const refused = await autosave(assessmentId, { levels: { [leadership!.indicators[0]!.id]: 3 } });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: "not_assigned", message: expect.stringContaining("not assigned to you"), pages: [leadership!.id] });
    expect((await getCurrentRevision(assessmentId))!).toMatchObject({ version: before.version, answers: before.answers });

    const saved = await autosave(assessmentId, { levels: { [skills!.indicators[0]!.id]: 2 } });
    expect(saved.status).toBe(200);
    expect((await getCurrentRevision(assessmentId))!.answers.levels[skills!.indicators[0]!.id]).toBe(2);

    // The manager takes the page back while the colleague is on it: their next save is refused.
    signIn(manager);
    const removed = await outcomeOf(() => unassignSectionAction(form({ assessmentId, userId: colleague.id, pageId: skills!.id })));
    expect(removed.location).toContain("assignments=unassigned");
    signIn(colleague);
    const after = await autosave(assessmentId, { levels: { [skills!.indicators[0]!.id]: 4 } });
    expect(after.status).toBe(403);
    expect((await getCurrentRevision(assessmentId))!.answers.levels[skills!.indicators[0]!.id]).toBe(2);
  });

  it("page post: shown again with the message on an unassigned page, nothing saved; saved on an assigned page", async () => {
    const assessmentId = await newDraft();
    signIn(manager);
    await assign(assessmentId, [colleague.id], [skills!.id]);
    signIn(colleague);
    const indicator = leadership!.indicators[0]!.id;
    const refused = await postPage(assessmentId, leadership!.id, { [`levels.${indicator}`]: "3" });
    expect(refused.location).toBe(`/assessments/${assessmentId}/${leadership!.id}?refused=not-assigned#main`);
    expect((await getCurrentRevision(assessmentId))!.answers.levels[indicator]).toBeUndefined();

    const own = skills!.indicators[0]!.id;
    const saved = await postPage(assessmentId, skills!.id, { [`levels.${own}`]: "3" });
    expect(saved.location).toBe(`/assessments/${assessmentId}/${skills!.id}`);
    expect((await getCurrentRevision(assessmentId))!.answers.levels[own]).toBe(3);
  });

  it("a manager saves anywhere, assigned or not", async () => {
    const assessmentId = await newDraft();
    signIn(manager);
    const response = await autosave(assessmentId, { levels: { [leadership!.indicators[0]!.id]: 1 } });
    expect(response.status).toBe(200);
  });
});

describe("all sections answered", () => {
  function completeAnswers(): AnswerSet {
    const levels = Object.fromEntries(structure.factors.filter((f) => f.id !== "services").flatMap((f) => f.dimensions.flatMap((d) => d.indicators.map((i) => [i.id, 2] as const))));
    return {
      ...emptyAnswerSet(),
      profile: { country: "MY", sector: "22", employees: 45, turnover: "1m-5m", exports: false, "offers-services": false, technologies: ["none"], challenges: ["funding"] },
      levels,
    };
  }

  it("tells the managers once, when the last required answer is saved, and not on later saves", async () => {
    const complete = completeAnswers();
    const last = Object.keys(complete.levels).at(-1)!;
    const { [last]: _missing, ...almostLevels } = complete.levels;
    const assessmentId = await newDraft({ ...complete, levels: almostLevels });
    const revision = (await getCurrentRevision(assessmentId))!;
    expect(await announceIfAllAnswered(actorOf(manager), assessmentId)).toBe(false);

    signIn(manager);
    expect((await autosave(assessmentId, { levels: { [last]: 3 } })).status).toBe(200);
    expect((await autosave(assessmentId, { levels: { [last]: 4 } })).status).toBe(200);
    const notices = await getDb().select().from(notifications).where(and(eq(notifications.assessmentId, assessmentId), eq(notifications.kind, "assessment.ready-to-submit")));
    // The manager only: contributors do not submit.
    expect(notices.map((n) => n.userId)).toEqual([manager.id]);
    const emails = await getDb().select().from(outgoingEmails).where(eq(outgoingEmails.notificationId, notices[0]!.id));
    expect(emails[0]?.subject).toContain("All sections are answered: ready to submit");
    expect(revision.number).toBe(1);
    await saveDraftAnswers(revision.id, (await getCurrentRevision(assessmentId))!, complete, { userId: manager.id, source: "page" });
    expect(await announceIfAllAnswered(actorOf(manager), assessmentId)).toBe(false);
  });
});
