// The SME's peer percentile on PGlite and PostgreSQL: same-sector firms of the same programme,
// each by its latest submitted assessment, the firm itself excluded; shown from 5 such firms on.
import { beforeAll, describe, expect, it } from "vitest";
import { hasEnoughPeers, peerPercentile } from "@/lib/cohort/peer-percentile";
import { getPeerPercentile } from "@/lib/db/queries/peer-benchmark";
import { createProgramme, createUser } from "../support/fixtures";
import { CohortSeeder, type SeededAssessment, type SeededFirm } from "./seed-cohort";

let seeder: CohortSeeder;
let programmeId: string;
let otherProgrammeId: string;
let target: SeededAssessment;
let targetFirm: SeededFirm;

const day = (iso: string) => new Date(`${iso}T08:00:00Z`);

beforeAll(async () => {
  const officer = await createUser({ role: "officer" });
  programmeId = (await createProgramme("Penang cohort", { officerIds: [officer.id], firmIds: [] })).id;
  otherProgrammeId = (await createProgramme("Other cohort", { officerIds: [officer.id], firmIds: [] })).id;
  seeder = new CohortSeeder(7, officer.id);

  targetFirm = await seeder.addFirm(programmeId, { sector: "22", employees: 40 });
  // The firm's own earlier assessment is not a peer of its latest one.
  await seeder.addAssessment(targetFirm, { createdAt: day("2025-03-01"), submitted: [true], index: 10, approve: true });
  target = await seeder.addAssessment(targetFirm, { createdAt: day("2026-03-01"), submitted: [true, true], index: 50 });

  // Never peers: other sectors, another programme, a firm without a submission.
  const otherSector = await seeder.addFirm(programmeId, { sector: "25", employees: 40 });
  await seeder.addAssessment(otherSector, { createdAt: day("2026-01-01"), submitted: [true], index: 5 });
  const otherProgramme = await seeder.addFirm(otherProgrammeId, { sector: "22", employees: 40 });
  await seeder.addAssessment(otherProgramme, { createdAt: day("2026-01-01"), submitted: [true], index: 5 });
  const draftOnly = await seeder.addFirm(programmeId, { sector: "22", employees: 40 });
  await seeder.addAssessment(draftOnly, { createdAt: day("2026-01-01"), submitted: [false] });

  // Four peers: one whose earlier assessment (index 90) is superseded by its latest (index 20),
  // one level with the firm, two above.
  const reassessed = await seeder.addFirm(programmeId, { sector: "22", employees: 40 });
  await seeder.addAssessment(reassessed, { createdAt: day("2025-01-01"), submitted: [true], index: 90, approve: true });
  await seeder.addAssessment(reassessed, { createdAt: day("2026-01-01"), submitted: [true], index: 20 });
  for (const index of [50, 70, 80]) {
    const peer = await seeder.addFirm(programmeId, { sector: "22", employees: 40 });
    await seeder.addAssessment(peer, { createdAt: day("2026-02-01"), submitted: [true], approve: index === 80, index });
  }
});

describe("peer percentile", () => {
  it("with 4 other firms of the sector: counted but not enough to show", async () => {
    const benchmark = (await getPeerPercentile(target.id))!;
    expect(benchmark).toMatchObject({ readinessIndex: 50, sector: "22", programmeName: "Penang cohort", peers: 4, lower: 1, tied: 1 });
    expect(benchmark.percentile).toBeCloseTo(peerPercentile(50, [20, 50, 70, 80])!, 9);
    expect(hasEnoughPeers(benchmark.peers)).toBe(false);
  });

  it("with a 5th other firm of the sector: shown, and equal to the reference", async () => {
    const fifth = await seeder.addFirm(programmeId, { sector: "22", employees: 40 });
    await seeder.addAssessment(fifth, { createdAt: day("2026-02-10"), submitted: [true], index: 35.5 });
    const benchmark = (await getPeerPercentile(target.id))!;
    expect(benchmark).toMatchObject({ peers: 5, lower: 2, tied: 1 });
    expect(hasEnoughPeers(benchmark.peers)).toBe(true);
    expect(benchmark.percentile).toBeCloseTo(peerPercentile(50, [20, 35.5, 50, 70, 80])!, 9);
    expect(benchmark.percentile).toBeCloseTo(50, 9);
  });

  it("places each peer against the others from its own latest index", async () => {
    const peerAssessments = seeder.assessments.filter((a) => a.programmeId === programmeId && a.latest !== null);
    const latestBy = new Map<string, SeededAssessment>();
    for (const a of peerAssessments) {
      const firm = seeder.firms.find((f) => f.id === a.firmId)!;
      if (firm.sector !== "22" || !firm.enrolled) continue;
      const current = latestBy.get(a.firmId);
      if (!current || current.createdAt < a.createdAt) latestBy.set(a.firmId, a);
    }
    for (const [firmId, assessment] of latestBy) {
      const others = [...latestBy.entries()].filter(([id]) => id !== firmId).map(([, a]) => a.latest!.self.readinessIndex);
      const benchmark = (await getPeerPercentile(assessment.id))!;
      expect(benchmark.peers).toBe(others.length);
      expect(benchmark.percentile).toBeCloseTo(peerPercentile(assessment.latest!.self.readinessIndex, others)!, 9);
    }
  });

  it("has nothing for an assessment without a submission or outside a programme", async () => {
    const draft = seeder.assessments.find((a) => a.latest === null)!;
    expect(await getPeerPercentile(draft.id)).toBeNull();
    const loner = await seeder.addFirm(programmeId, { sector: "22", employees: 40 });
    const noProgramme = await seeder.addAssessment(loner, { programmeId: null, createdAt: day("2026-02-01"), submitted: [true] });
    expect(await getPeerPercentile(noProgramme.id)).toBeNull();
  });
});
