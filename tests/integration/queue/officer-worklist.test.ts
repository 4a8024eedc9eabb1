// The officer home's counts (issue 18) against a real database, PGlite and PostgreSQL: per
// programme the officer runs, how many submitted assessments are in each status and since when
// the oldest one needing action has waited. Drafts never count; other officers' programmes never
// show; a programme with two officers is not counted twice.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getOfficerWorklist } from "@/lib/db/queries/officer-worklist";
import { assessments } from "@/lib/db/schema";
import type { QueueStatus } from "@/lib/queue/queue-params";
import { createEnrolledFirm, createProgramme, createUser, seedFixtures, type Fixtures } from "../support/fixtures";

let fixtures: Fixtures;
let programmeC: { id: string; name: string };

/** One assessment of a new firm (one unfinished assessment per firm and programme) with the queue columns set. */
async function addAssessment(programmeId: string, status: QueueStatus | "draft", submittedAt?: string): Promise<void> {
  const firm = await createEnrolledFirm(fixtures.users.managerA.id, programmeId);
  const submitted = status !== "draft";
  await getDb()
    .insert(assessments)
    .values({
      firmId: firm.id,
      programmeId,
      status,
      latestSubmittedRevision: submitted ? 1 : null,
      lastSubmittedAt: submitted ? new Date(submittedAt!) : null,
      readinessIndex: submitted ? 40 : null,
      readinessBand: submitted ? "adopter" : null,
    });
}

beforeAll(async () => {
  fixtures = await seedFixtures();
  const { programmeA, programmeB } = fixtures.programmes;
  // Programme C is run by officers A and B together; its name sorts after "Programme A".
  programmeC = await createProgramme("Programme C", { officerIds: [fixtures.users.officerA.id, fixtures.users.officerB.id], firmIds: [] });

  await addAssessment(programmeA.id, "submitted", "2026-03-10T02:00:00Z");
  await addAssessment(programmeA.id, "submitted", "2026-03-12T02:00:00Z");
  await addAssessment(programmeA.id, "in_review", "2026-03-05T02:00:00Z"); // the oldest needing action
  await addAssessment(programmeA.id, "returned", "2026-01-01T02:00:00Z"); // older, but waits for the firm
  await addAssessment(programmeA.id, "approved", "2025-12-01T02:00:00Z");
  await addAssessment(programmeA.id, "approved", "2026-02-01T02:00:00Z");
  await addAssessment(programmeA.id, "draft");

  await addAssessment(programmeB.id, "submitted", "2026-03-01T02:00:00Z");

  await addAssessment(programmeC.id, "returned", "2026-02-20T02:00:00Z");
  await addAssessment(programmeC.id, "draft");
});

describe("getOfficerWorklist", () => {
  it("counts each of the officer's programmes by status and finds the oldest needing action", async () => {
    const worklist = await getOfficerWorklist(fixtures.users.officerA.id);
    expect(worklist.map((programme) => programme.name)).toEqual(["Programme A", "Programme C"]);
    const [a, c] = worklist;
    expect(a).toMatchObject({
      id: fixtures.programmes.programmeA.id,
      country: "MY",
      counts: { submitted: 2, in_review: 1, returned: 1, approved: 2 },
    });
    // The seed enrols firm A; every assessment above has its own enrolled firm (drafts too).
    expect(a!.firmCount).toBe(8);
    expect(a!.oldestWaitingSince).toBeInstanceOf(Date);
    expect(a!.oldestWaitingSince!.toISOString()).toBe("2026-03-05T02:00:00.000Z");

    // Nothing waits in C: a returned assessment waits for the firm, a draft for nobody.
    expect(c).toMatchObject({ id: programmeC.id, counts: { submitted: 0, in_review: 0, returned: 1, approved: 0 }, oldestWaitingSince: null });
  });

  it("counts a programme with two officers once for each of them, and never shows another officer's programme", async () => {
    const worklist = await getOfficerWorklist(fixtures.users.officerB.id);
    expect(worklist.map((programme) => programme.name)).toEqual(["Programme B", "Programme C"]);
    expect(worklist[0]).toMatchObject({ counts: { submitted: 1, in_review: 0, returned: 0, approved: 0 } });
    expect(worklist[0]!.oldestWaitingSince!.toISOString()).toBe("2026-03-01T02:00:00.000Z");
    expect(worklist[1]).toMatchObject({ counts: { submitted: 0, in_review: 0, returned: 1, approved: 0 } });
  });

  it("gives a programme nobody has submitted to zeros, and an officer without programmes nothing", async () => {
    const officer = await createUser({ role: "officer" });
    const empty = await createProgramme("Programme Empty", { officerIds: [officer.id], firmIds: [] });
    expect(await getOfficerWorklist(officer.id)).toEqual([
      { id: empty.id, name: "Programme Empty", country: "MY", opensOn: null, closesOn: null, firmCount: 0, counts: { submitted: 0, in_review: 0, returned: 0, approved: 0 }, oldestWaitingSince: null },
    ]);
    expect(await getOfficerWorklist(fixtures.users.idleOfficer.id)).toEqual([]);
  });
});
