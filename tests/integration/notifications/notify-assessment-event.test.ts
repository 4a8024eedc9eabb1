// Who is told of a submission, a return and an approval, in the transaction of the change (PGlite and PostgreSQL).
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { appBaseUrl } from "@/lib/env";
import { notifyAssessmentEvent } from "@/lib/db/queries/notifications";
import { firmMemberships, notifications, outgoingEmails, programmeOfficers, users } from "@/lib/db/schema";
import { createFirm, createProgramme, createUser, seedFixtures, type Fixtures, type TestUser } from "../support/fixtures";
import { createCompleteDraft, registerCurrentQuestionnaire, submit } from "./submission";

let fixtures: Fixtures;
let secondOfficerA: TestUser;
let departedOfficerA: TestUser;
let colleagueA: TestUser;
const managerA = () => ({ id: fixtures.users.managerA.id, role: "sme" as const });

beforeAll(async () => {
  fixtures = await seedFixtures();
  await registerCurrentQuestionnaire();
  const db = getDb();
  // Programme A has two active officers and a deactivated one; firm A a second manager.
  secondOfficerA = await createUser({ role: "officer", email: "officer.a2@agency.example", name: "Officer A2" });
  departedOfficerA = await createUser({ role: "officer", email: "officer.gone@agency.example", name: "Departed Officer", active: false });
  for (const officer of [secondOfficerA, departedOfficerA]) await db.insert(programmeOfficers).values({ programmeId: fixtures.programmes.programmeA.id, userId: officer.id });
  colleagueA = await createUser({ role: "sme", email: "colleague.a@firm-a.example", name: "Colleague A" });
  await db.insert(firmMemberships).values({ firmId: fixtures.firms.firmA.id, userId: colleagueA.id });
});

async function notificationsOf(assessmentId: string) {
  return getDb()
    .select({ id: notifications.id, userId: notifications.userId, kind: notifications.kind, programmeId: notifications.programmeId, details: notifications.details, readAt: notifications.readAt })
    .from(notifications)
    .where(eq(notifications.assessmentId, assessmentId));
}

async function emailsOf(notificationIds: string[]) {
  if (notificationIds.length === 0) return [];
  return getDb()
    .select({ notificationId: outgoingEmails.notificationId, toAddress: outgoingEmails.toAddress, subject: outgoingEmails.subject, textBody: outgoingEmails.textBody, status: outgoingEmails.status })
    .from(outgoingEmails)
    .where(inArray(outgoingEmails.notificationId, notificationIds));
}

describe("a submission", () => {
  it("tells each active officer of the programme once, in the app and by a held email, and nobody else", async () => {
    const id = await createCompleteDraft(fixtures.firms.firmA.id, fixtures.programmes.programmeA.id, managerA());
    expect((await submit(id, managerA())).kind).toBe("submitted");

    const rows = await notificationsOf(id);
    expect(rows.map((row) => row.userId).sort()).toEqual([fixtures.users.officerA.id, secondOfficerA.id].sort());
    for (const row of rows) {
      expect(row).toMatchObject({ kind: "assessment.submitted", programmeId: fixtures.programmes.programmeA.id, readAt: null });
      expect(row.details).toMatchObject({ firmName: "Firm A Sdn Bhd", programmeName: "Programme A", revision: 1 });
    }
    const emails = await emailsOf(rows.map((row) => row.id));
    expect(emails.map((email) => email.toAddress).sort()).toEqual(["officer.a2@agency.example", "officer.a@agency.example"]);
    for (const email of emails) {
      // No SMTP in this environment: the email waits in the development outbox.
      expect(email.status).toBe("held");
      expect(email.subject).toBe("New submission to review: Firm A Sdn Bhd / Penyerahan baharu untuk disemak: Firm A Sdn Bhd");
      expect(email.textBody).toContain(`${appBaseUrl()}/officer/assessments/${id}/review`);
    }
    expect(emails.find((email) => email.toAddress === "officer.a@agency.example")?.textBody).toMatch(/^Hello Officer A,/);
  });

  it("tells nobody again when the same submit is retried", async () => {
    const id = await createCompleteDraft(fixtures.firms.firmA.id, fixtures.programmes.programmeA.id, managerA());
    const key = crypto.randomUUID();
    await submit(id, managerA(), key);
    expect((await submit(id, managerA(), key)).kind).toBe("already-submitted");
    expect((await submit(id, managerA())).kind).toBe("already-submitted");
    expect(await notificationsOf(id)).toHaveLength(2);
  });

  it("tells nobody when the assessment is in no programme", async () => {
    const id = await createCompleteDraft(fixtures.firms.firmA.id, null, managerA());
    expect((await submit(id, managerA())).kind).toBe("submitted");
    expect(await notificationsOf(id)).toEqual([]);
  });

  it("tells nobody when the programme has no officer", async () => {
    const loneManager = await createUser({ role: "sme" });
    const firm = await createFirm("Lone Firm", loneManager.id);
    const programme = await createProgramme("Unstaffed programme", { officerIds: [], firmIds: [firm.id] });
    const id = await createCompleteDraft(firm.id, programme.id, { id: loneManager.id, role: "sme" });
    expect((await submit(id, { id: loneManager.id, role: "sme" })).kind).toBe("submitted");
    expect(await notificationsOf(id)).toEqual([]);
  });
});

describe("a decision", () => {
  async function submitted(): Promise<string> {
    const id = await createCompleteDraft(fixtures.firms.firmA.id, fixtures.programmes.programmeA.id, managerA());
    await submit(id, managerA());
    return id;
  }

  it("tells every member of the firm that the assessment was approved", async () => {
    const id = await submitted();
    await getDb().transaction((tx) => notifyAssessmentEvent(tx, { kind: "assessment.approved", assessmentId: id }));
    const approved = (await notificationsOf(id)).filter((row) => row.kind === "assessment.approved");
    expect(approved.map((row) => row.userId).sort()).toEqual([fixtures.users.managerA.id, colleagueA.id].sort());
    const emails = await emailsOf(approved.map((row) => row.id));
    expect(emails.map((email) => email.toAddress).sort()).toEqual(["colleague.a@firm-a.example", "manager.a@firm-a.example"]);
    for (const email of emails) {
      expect(email.subject).toBe("Your assessment was approved / Penilaian anda telah diluluskan");
      expect(email.textBody).toContain(`${appBaseUrl()}/assessments/${id}\n`);
    }
  });

  it("tells the firm that it was returned, with the officer's reason, and no officer hears of it", async () => {
    const id = await submitted();
    const reason = "Please add evidence for the automation levels.";
    await getDb().transaction((tx) => notifyAssessmentEvent(tx, { kind: "assessment.returned", assessmentId: id, reason }));
    const returned = (await notificationsOf(id)).filter((row) => row.kind === "assessment.returned");
    expect(returned.map((row) => row.userId).sort()).toEqual([fixtures.users.managerA.id, colleagueA.id].sort());
    for (const row of returned) expect(row.details).toMatchObject({ reason, firmName: "Firm A Sdn Bhd" });
    for (const email of await emailsOf(returned.map((row) => row.id))) {
      expect(email.textBody).toContain(`Reason given by the programme officer: ${reason}`);
      expect(email.textBody).toContain(`Sebab yang diberikan oleh pegawai program: ${reason}`);
    }
  });

  it("records nothing when the change it reports is rolled back", async () => {
    const id = await submitted();
    const before = (await notificationsOf(id)).length;
    await expect(
      getDb().transaction(async (tx) => {
        await notifyAssessmentEvent(tx, { kind: "assessment.approved", assessmentId: id });
        throw new Error("the decision failed after the notice was written");
      }),
    ).rejects.toThrow("the decision failed");
    expect(await notificationsOf(id)).toHaveLength(before);
  });

  it("skips deactivated members of the firm", async () => {
    const id = await submitted();
    await getDb().update(users).set({ active: false }).where(eq(users.id, colleagueA.id));
    try {
      await getDb().transaction((tx) => notifyAssessmentEvent(tx, { kind: "assessment.approved", assessmentId: id }));
      const approved = (await notificationsOf(id)).filter((row) => row.kind === "assessment.approved");
      expect(approved.map((row) => row.userId)).toEqual([fixtures.users.managerA.id]);
    } finally {
      await getDb().update(users).set({ active: true }).where(eq(users.id, colleagueA.id));
    }
  });

  it("refuses an unknown assessment, so the caller's change does not commit without its notice", async () => {
    await expect(getDb().transaction((tx) => notifyAssessmentEvent(tx, { kind: "assessment.approved", assessmentId: crypto.randomUUID() }))).rejects.toThrow(/no assessment/);
  });
});
