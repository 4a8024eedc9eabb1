// A firm's own data download (PGlite and PostgreSQL): everything of the firm, nothing of another
// firm, no password hash or session, and an audit event for every download.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { buildFirmExport } from "@/lib/accounts/firm-export";
import { hashPassword } from "@/lib/auth/password-hash";
import { getDb } from "@/lib/db/client";
import { exportFirmData } from "@/lib/db/queries/account-lifecycle";
import { notifyAssessmentEvent } from "@/lib/db/queries/notifications";
import { createUserSession } from "@/lib/db/queries/sessions";
import { assessmentRevisions, assessments, auditEvents, firmMemberships, indicatorValidations, reviewComments, reviewDecisions, users } from "@/lib/db/schema";
import { seedFixtures, type Fixtures } from "../support/fixtures";
import { createCompleteDraft, registerCurrentQuestionnaire, submit } from "../notifications/submission";

let fixtures: Fixtures;
let assessmentA: string;
let assessmentB: string;
let sessionA: string;

/** A submitted assessment of the firm, reviewed and approved by the programme's officer, with its notifications. */
async function reviewedAssessment(firmId: string, programmeId: string, managerId: string, officerId: string, marker: string): Promise<string> {
  const id = await createCompleteDraft(firmId, programmeId, { id: managerId, role: "sme" });
  await submit(id, { id: managerId, role: "sme" });
  const [revision] = await getDb().select({ id: assessmentRevisions.id }).from(assessmentRevisions).where(eq(assessmentRevisions.assessmentId, id));
  await getDb().insert(reviewComments).values({ assessmentId: id, revisionId: revision!.id, dimensionId: null, authorId: officerId, body: `Comment ${marker}` });
  await getDb().insert(indicatorValidations).values({ assessmentId: id, revisionId: revision!.id, indicatorId: "indicator-x", validatedLevel: 1, justification: `Justification ${marker}`, validatedBy: officerId });
  await getDb().insert(reviewDecisions).values({ assessmentId: id, revisionId: revision!.id, decision: "approved", decidedBy: officerId, validatedIndex: 41.5, validatedBand: "adopter" });
  await getDb().update(assessments).set({ status: "approved" }).where(eq(assessments.id, id));
  await notifyAssessmentEvent(getDb(), { kind: "assessment.approved", assessmentId: id });
  return id;
}

beforeAll(async () => {
  fixtures = await seedFixtures();
  await registerCurrentQuestionnaire();
  const { users: u, firms, programmes } = fixtures;
  await getDb().update(users).set({ passwordHash: await hashPassword("Secret-Firm-A-Password-1") }).where(eq(users.id, u.managerA.id));
  sessionA = await createUserSession(u.managerA.id, new Date(Date.now() + 3_600_000));
  assessmentA = await reviewedAssessment(firms.firmA.id, programmes.programmeA.id, u.managerA.id, u.officerA.id, "for A");
  assessmentB = await reviewedAssessment(firms.firmB.id, programmes.programmeB.id, u.managerB.id, u.officerB.id, "for B");
  // Manager B also manages firm A: their notifications about firm B must not travel with firm A's data.
  await getDb().insert(firmMemberships).values({ firmId: firms.firmA.id, userId: u.managerB.id });
});

describe("a firm's data export", () => {
  it("holds the firm, its managers, programme and every assessment with its revisions, review and decision", async () => {
    const rows = await exportFirmData({ id: fixtures.users.managerA.id, role: "sme" }, fixtures.firms.firmA.id);
    const exported = buildFirmExport(rows!, new Date());
    expect(exported.firm).toMatchObject({ id: fixtures.firms.firmA.id, name: "Firm A Sdn Bhd", country: "MY", sector: "22", employees: 50 });
    expect(exported.members.map((m) => m.email).sort()).toEqual(["manager.a@firm-a.example", "manager.b@firm-b.example"]);
    expect(exported.programmes.map((p) => p.name)).toEqual(["Programme A"]);
    expect(exported.assessments.map((a) => a.id)).toEqual([assessmentA]);
    const [assessment] = exported.assessments;
    expect(assessment).toMatchObject({ status: "approved", programme: { id: fixtures.programmes.programmeA.id, name: "Programme A" } });
    const [revision] = assessment!.revisions;
    expect(revision).toMatchObject({ number: 1, submittedBy: "Manager A" });
    expect(revision!.submittedAt).not.toBeNull();
    expect(revision!.answers).toMatchObject({ profile: { country: "MY" }, notes: {} });
    expect(revision!.scores?.readinessIndex).toEqual(expect.any(Number));
    expect(revision!.review.comments).toEqual([expect.objectContaining({ body: "Comment for A", author: "Officer A" })]);
    expect(revision!.review.validations).toEqual([expect.objectContaining({ indicatorId: "indicator-x", validatedLevel: 1, justification: "Justification for A", validatedBy: "Officer A" })]);
    expect(revision!.review.decision).toMatchObject({ decision: "approved", decidedBy: "Officer A", validatedScores: { readinessIndex: 41.5, readinessBand: "adopter" } });
    // Firm A's managers at the time of the approval were told of it; the officers' own notices are theirs.
    expect(exported.notifications).toEqual([expect.objectContaining({ recipientEmail: "manager.a@firm-a.example", kind: "assessment.approved", assessmentId: assessmentA })]);
  });

  it("holds nothing of another firm, and no password hash or session", async () => {
    const rows = await exportFirmData({ id: fixtures.users.managerA.id, role: "sme" }, fixtures.firms.firmA.id);
    const text = JSON.stringify(buildFirmExport(rows!, new Date()));
    for (const foreign of ["Firm B Sdn Bhd", "Programme B", assessmentB, fixtures.firms.firmB.id, "Comment for B", "Justification for B", "officer.b@agency.example"]) {
      expect(text).not.toContain(foreign);
    }
    const [stored] = await getDb().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, fixtures.users.managerA.id));
    expect(text).not.toContain(stored!.passwordHash);
    expect(text).not.toContain("$argon2");
    expect(text).not.toContain(sessionA);
    expect(text).not.toMatch(/password/i);
  });

  it("records every download in the audit trail", async () => {
    const actor = { id: fixtures.users.managerB.id, role: "sme" as const };
    await exportFirmData(actor, fixtures.firms.firmB.id);
    const audits = await getDb()
      .select({ actorUserId: auditEvents.actorUserId, actorRole: auditEvents.actorRole, entityType: auditEvents.entityType, details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "firm.data-exported"), eq(auditEvents.entityId, fixtures.firms.firmB.id)));
    expect(audits).toEqual([{ actorUserId: actor.id, actorRole: "sme", entityType: "firm", details: { assessments: 1, revisions: 1 } }]);
  });

  it("answers null for a firm that does not exist, and records nothing", async () => {
    const missing = "00000000-0000-4000-8000-00000000f1f1";
    expect(await exportFirmData({ id: fixtures.users.managerA.id, role: "sme" }, missing)).toBeNull();
    expect(await getDb().select().from(auditEvents).where(eq(auditEvents.entityId, missing))).toEqual([]);
  });
});
