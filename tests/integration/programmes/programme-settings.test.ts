// Programme set-up by admins and enrolment with a code: what is saved, what is refused (and then
// left unchanged), and the audit trail.
import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { createDraftAssessment } from "@/lib/db/queries/assessments";
import { createProgramme, getProgrammeSettings, updateProgramme } from "@/lib/db/queries/programme-settings";
import { enrolFirmInProgramme, findProgrammeByEnrolmentCode } from "@/lib/db/queries/programmes";
import { auditEvents, programmeEnrolments, programmes } from "@/lib/db/schema";
import { registerQuestionnaireVersions } from "@/lib/db/seed";
import { emptyAnswerSet } from "@/lib/questionnaire/answer-set";
import type { ProgrammeSettings } from "@/lib/programmes/programme-settings";
import { createUser, seedFixtures, testQuestionnaireVersion, type Fixtures } from "../support/fixtures";

let f: Fixtures;
const admin = () => ({ id: f.users.admin.id, role: "admin" as const });

beforeAll(async () => {
  f = await seedFixtures();
  await registerQuestionnaireVersions(getDb(), [{ id: "test-v2", contentHash: "test-2" }]);
});

function settings(overrides: Partial<ProgrammeSettings> = {}): ProgrammeSettings {
  return {
    name: "Johor Smart Factory 2027",
    country: "MY",
    questionnaireVersionId: testQuestionnaireVersion.id,
    enrolmentCode: "JOHOR-2027",
    opensOn: "2027-01-01",
    closesOn: "2027-06-30",
    targets: { skills: 3, automation: 2 },
    officerIds: [f.users.officerA.id],
    ...overrides,
  };
}

async function auditFor(programmeId: string) {
  return getDb().select().from(auditEvents).where(and(eq(auditEvents.entityType, "programme"), eq(auditEvents.entityId, programmeId)));
}

describe("creating a programme", () => {
  it("saves every setting and the officers, with one audit event by the admin", async () => {
    const outcome = await createProgramme(settings(), admin());
    expect(outcome.kind).toBe("saved");
    if (outcome.kind !== "saved") return;
    const saved = await getProgrammeSettings(outcome.programmeId);
    expect(saved).toMatchObject({ ...settings(), hasAssessments: false });
    const events = await auditFor(outcome.programmeId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "programme.created", actorUserId: f.users.admin.id, actorRole: "admin" });
  });

  it("refuses a code another programme uses and writes nothing", async () => {
    const before = await getDb().select({ id: programmes.id }).from(programmes);
    const outcome = await createProgramme(settings({ name: "Another", enrolmentCode: "JOHOR-2027" }), admin());
    expect(outcome).toEqual({ kind: "refused", problem: "code-taken" });
    expect(await getDb().select({ id: programmes.id }).from(programmes)).toHaveLength(before.length);
  });

  it("refuses an unpublished questionnaire version and a user who is not an officer", async () => {
    expect(await createProgramme(settings({ enrolmentCode: "NEW-1", questionnaireVersionId: "v99" }), admin())).toEqual({ kind: "refused", problem: "version-unknown" });
    expect(await createProgramme(settings({ enrolmentCode: "NEW-2", officerIds: [f.users.managerA.id] }), admin())).toEqual({ kind: "refused", problem: "officer-unknown" });
    expect(await findProgrammeByEnrolmentCode("NEW-1")).toBeNull();
    expect(await findProgrammeByEnrolmentCode("NEW-2")).toBeNull();
  });

  it("lets exactly one of two concurrent creates with the same code through", async () => {
    const outcomes = await Promise.all([1, 2, 3].map((n) => createProgramme(settings({ name: `Race ${n}`, enrolmentCode: "RACE-2027" }), admin())));
    expect(outcomes.filter((o) => o.kind === "saved")).toHaveLength(1);
    expect(outcomes.filter((o) => o.kind === "refused")).toHaveLength(2);
  });
});

describe("editing a programme", () => {
  it("saves new settings, adds and removes officers, and records who changed what", async () => {
    const created = await createProgramme(settings({ enrolmentCode: "EDIT-2027" }), admin());
    if (created.kind !== "saved") throw new Error("setup failed");
    const officerC = await createUser({ role: "officer" });
    const outcome = await updateProgramme(
      created.programmeId,
      settings({ name: "Johor Smart Factory (extended)", enrolmentCode: "EDIT-2027B", closesOn: "2027-12-31", targets: {}, officerIds: [officerC.id] }),
      admin(),
    );
    expect(outcome).toEqual({ kind: "saved", programmeId: created.programmeId });
    expect(await getProgrammeSettings(created.programmeId)).toMatchObject({
      name: "Johor Smart Factory (extended)",
      enrolmentCode: "EDIT-2027B",
      closesOn: "2027-12-31",
      targets: {},
      officerIds: [officerC.id],
    });
    const update = (await auditFor(created.programmeId)).find((e) => e.action === "programme.updated");
    expect(update?.details).toMatchObject({ officersAdded: [officerC.id], officersRemoved: [f.users.officerA.id] });
  });

  it("keeps the questionnaire version once the programme has assessments", async () => {
    const created = await createProgramme(settings({ enrolmentCode: "LOCK-2027" }), admin());
    if (created.kind !== "saved") throw new Error("setup failed");
    await createDraftAssessment(
      { firmId: f.firms.firmA.id, programmeId: created.programmeId, questionnaireVersionId: testQuestionnaireVersion.id, contentHash: "test", answers: emptyAnswerSet(), prefilledFrom: null },
      { id: f.users.managerA.id, role: "sme" },
    );
    const outcome = await updateProgramme(created.programmeId, settings({ enrolmentCode: "LOCK-2027", questionnaireVersionId: "test-v2" }), admin());
    expect(outcome).toEqual({ kind: "refused", problem: "version-locked" });
    expect((await getProgrammeSettings(created.programmeId))?.questionnaireVersionId).toBe(testQuestionnaireVersion.id);
  });

  it("answers not-found for a programme that does not exist", async () => {
    expect(await updateProgramme("00000000-0000-4000-8000-000000000000", settings({ enrolmentCode: "NONE-2027" }), admin())).toEqual({ kind: "refused", problem: "not-found" });
  });
});

describe("joining with a code", () => {
  it("finds the programme whatever the case of the code, and enrols a firm once", async () => {
    const created = await createProgramme(settings({ enrolmentCode: "JOIN-2027" }), admin());
    if (created.kind !== "saved") throw new Error("setup failed");
    const found = await findProgrammeByEnrolmentCode(" join-2027 ");
    expect(found).toMatchObject({ id: created.programmeId, opensOn: "2027-01-01", closesOn: "2027-06-30" });
    const actor = { id: f.users.managerB.id, role: "sme" as const };
    expect(await enrolFirmInProgramme(f.firms.firmB.id, created.programmeId, actor)).toBe(true);
    expect(await enrolFirmInProgramme(f.firms.firmB.id, created.programmeId, actor)).toBe(false);
    const rows = await getDb().select().from(programmeEnrolments).where(eq(programmeEnrolments.programmeId, created.programmeId));
    expect(rows).toHaveLength(1);
  });
});
