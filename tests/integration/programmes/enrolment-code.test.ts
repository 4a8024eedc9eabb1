// A typed enrolment code finds its programme whatever its case, spaces and hyphens, and a new
// programme cannot take a code that reads the same as one already in use.
import { beforeAll, describe, expect, it } from "vitest";
import { createProgramme } from "@/lib/db/queries/programme-settings";
import { findProgrammeByEnrolmentCode } from "@/lib/db/queries/programmes";
import type { ProgrammeSettings } from "@/lib/programmes/programme-settings";
import { seedFixtures, testQuestionnaireVersion, type Fixtures } from "../support/fixtures";

let f: Fixtures;
const admin = () => ({ id: f.users.admin.id, role: "admin" as const });

beforeAll(async () => {
  f = await seedFixtures();
});

function settings(name: string, enrolmentCode: string): ProgrammeSettings {
  return { name, country: "MY", questionnaireVersionId: testQuestionnaireVersion.id, enrolmentCode, opensOn: null, closesOn: null, targets: {}, officerIds: [] };
}

async function create(name: string, code: string): Promise<string> {
  const outcome = await createProgramme(settings(name, code), admin());
  if (outcome.kind !== "saved") throw new Error(`setup: ${code} was refused (${outcome.problem})`);
  return outcome.programmeId;
}

describe("finding a programme by a typed enrolment code", () => {
  it("ignores case, spaces and hyphens on both sides", async () => {
    const penang = await create("Penang cohort", "PENANG-2026");
    for (const typed of ["PENANG-2026", "PENANG 2026", "penang-2026", " Penang2026 ", "pen-ang 20-26", "Penang \u2013 2026"]) {
      expect((await findProgrammeByEnrolmentCode(typed))?.id, typed).toBe(penang);
    }
    const noHyphen = await create("Kedah cohort", "KEDAH2026");
    expect((await findProgrammeByEnrolmentCode("kedah-2026"))?.id).toBe(noHyphen);
  });

  it("finds nothing for another code, or for a code of only spaces and hyphens", async () => {
    await create("Perak cohort", "PERAK-2026");
    expect(await findProgrammeByEnrolmentCode("PERAK-2027")).toBeNull();
    expect(await findProgrammeByEnrolmentCode("PERAK-20266")).toBeNull();
    expect(await findProgrammeByEnrolmentCode(" - ")).toBeNull();
  });
});

describe("a new programme's code", () => {
  it("is taken when an existing code reads the same once normalised", async () => {
    await create("Johor cohort", "JOHOR-2027");
    expect(await createProgramme(settings("Johor again", "JOHOR2027"), admin())).toEqual({ kind: "refused", problem: "code-taken" });
    expect(await createProgramme(settings("Johor again", "JO-HOR-2027"), admin())).toEqual({ kind: "refused", problem: "code-taken" });
  });
});
