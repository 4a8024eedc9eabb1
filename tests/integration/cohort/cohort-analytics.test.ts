// The cohort analytics SQL against the pure reference (lib/cohort) over the same seeded rows, on
// PGlite and PostgreSQL: every figure equal to 1e-9, without a filter and with each filter.
import { beforeAll, describe, expect, it } from "vitest";
import { computeCohortAnalytics } from "@/lib/cohort/cohort-analytics";
import { employeeRangeOf, type CohortFilter } from "@/lib/cohort/cohort-filter";
import { pickFirstAndLatestPerFirm, pickLatestPerFirm, type CohortMember, type SubmittedAssessment } from "@/lib/cohort/cohort-members";
import { cohortDataStamp, getCohortAnalytics } from "@/lib/db/queries/cohort-analytics";
import { createProgramme, createUser } from "../support/fixtures";
import { expectCloseTo } from "./compare";
import { CohortSeeder, type SeededAssessment } from "./seed-cohort";

let seeder: CohortSeeder;
let programmeId: string;
let otherProgrammeId: string;

const day = (iso: string) => new Date(`${iso}T08:00:00Z`);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

beforeAll(async () => {
  const officer = await createUser({ role: "officer" });
  programmeId = (await createProgramme("Penang cohort", { officerIds: [officer.id], firmIds: [] })).id;
  otherProgrammeId = (await createProgramme("Other cohort", { officerIds: [officer.id], firmIds: [] })).id;
  seeder = new CohortSeeder(20260412, officer.id);
  const sectors = ["22", "22", "22", "25", "25", "26", "10"];
  // Size-band edges: micro 1–4, small 5–74, medium 75–200, large 201+.
  const employees = [1, 4, 5, 30, 74, 75, 120, 200, 201, 900];
  const start = day("2025-06-02");

  for (let f = 0; f < 40; f += 1) {
    const firm = await seeder.addFirm(programmeId, { sector: seeder.pick(sectors), employees: seeder.pick(employees) });
    const offersServices = seeder.chance(0.3);
    const count = seeder.pick([0, 1, 1, 1, 2, 2, 3]);
    let created = addDays(start, Math.floor(seeder.chance(0.5) ? f * 3 : f * 5));
    for (let a = 0; a < count; a += 1) {
      // A firm starts its next assessment only once the one before is approved (one unfinished
      // assessment per firm and programme), so only the last may be a draft, waiting or returned.
      const last = a === count - 1;
      const shape = last ? seeder.pick([[true], [true], [true, true], [true, false], [false]]) : seeder.pick([[true], [true, true]]);
      await seeder.addAssessment(firm, { createdAt: created, submitted: shape, approve: !last || (shape.at(-1) === true && seeder.chance(0.45)), offersServices });
      created = addDays(created, 60 + Math.floor(seeder.chance(0.5) ? 30 : 90));
    }
  }
  // Two assessments started at the same moment (the only firm of sector 28): the larger id is the latest.
  const twin = await seeder.addFirm(programmeId, { sector: "28", employees: 50 });
  await seeder.addAssessment(twin, { createdAt: day("2026-01-05"), submitted: [true], index: 11.1, approve: true, id: "00000000-0000-4000-8000-00000000000a" });
  await seeder.addAssessment(twin, { createdAt: day("2026-01-05"), submitted: [true], index: 88.8, approve: true, id: "00000000-0000-4000-8000-00000000000b" });
  // Rows that must never count for the programme (all of sector 29): another programme's firms, a
  // firm that made an assessment in the programme without being enrolled in it.
  for (let f = 0; f < 4; f += 1) {
    const firm = await seeder.addFirm(otherProgrammeId, { sector: "29", employees: 30 });
    await seeder.addAssessment(firm, { createdAt: day("2026-02-01"), submitted: [true], approve: true });
  }
  const stray = await seeder.addFirm(otherProgrammeId, { sector: "29", employees: 30, enrolled: false });
  await seeder.addAssessment(stray, { programmeId, createdAt: day("2026-02-01"), submitted: [true] });
});

/** The reference: the filter applied to each submitted assessment, in JavaScript. */
function matches(assessment: SeededAssessment, filter: CohortFilter): boolean {
  const firm = seeder.firms.find((f) => f.id === assessment.firmId)!;
  if (filter.sector && firm.sector !== filter.sector) return false;
  if (filter.size) {
    const { min, max } = employeeRangeOf(filter.size);
    if (firm.employees < min || (max !== null && firm.employees > max)) return false;
  }
  const submittedDay = assessment.lastSubmittedAt!.toISOString().slice(0, 10);
  if (filter.from && submittedDay < filter.from) return false;
  if (filter.to && submittedDay > filter.to) return false;
  return true;
}

function referenceAnalytics(filter: CohortFilter) {
  const enrolled = new Set(seeder.firms.filter((f) => f.programmeId === programmeId && f.enrolled).map((f) => f.id));
  const submitted: SubmittedAssessment<NonNullable<SeededAssessment["latest"]>>[] = seeder.assessments
    .filter((a) => a.programmeId === programmeId && enrolled.has(a.firmId) && a.latest !== null && matches(a, filter))
    .map((a) => ({ firmId: a.firmId, assessmentId: a.id, createdAt: a.createdAt, figures: a.latest! }));
  const sectorOf = (firmId: string) => seeder.firms.find((f) => f.id === firmId)!.sector;
  const members: CohortMember[] = pickLatestPerFirm(submitted).map((a) => ({
    firmId: a.firmId,
    sector: sectorOf(a.firmId),
    self: a.figures.self,
    validated: a.figures.validated,
    priorityDimensionIds: a.figures.priorityDimensionIds,
  }));
  const pairs = pickFirstAndLatestPerFirm(submitted).map((p) => ({
    firmId: p.firmId,
    first: { readinessIndex: p.first.figures.self.readinessIndex, factorScores: p.first.figures.self.factorScores },
    latest: { readinessIndex: p.latest.figures.self.readinessIndex, factorScores: p.latest.figures.self.factorScores },
  }));
  return computeCohortAnalytics(members, pairs);
}

describe("cohort analytics from stored scores", () => {
  it("the seeded cohort exercises every figure (so the comparisons below can fail)", () => {
    const reference = referenceAnalytics({});
    expect(reference.firmCount).toBeGreaterThan(20);
    expect(reference.validatedCount).toBeGreaterThan(4);
    expect(reference.progress.firms).toBeGreaterThan(4);
    expect(reference.radar.some((axis) => axis.dimensionId === "after-sales")).toBe(true);
    expect(reference.commonGaps.length).toBeGreaterThan(5);
    expect(reference.sectorFactorHeatMap.map((row) => row.sector)).toEqual(["10", "22", "25", "26", "28"]);
  });

  const filters: [string, CohortFilter][] = [
    ["no filter", {}],
    ["sector 22", { sector: "22" }],
    ["sector 25 (with the tie on start time)", { sector: "25" }],
    ["micro firms", { size: "micro" }],
    ["small firms", { size: "small" }],
    ["medium firms", { size: "medium" }],
    ["large firms", { size: "large" }],
    ["submitted from 2026-01-01", { from: "2026-01-01" }],
    ["submitted until 2025-12-31", { to: "2025-12-31" }],
    ["a date window", { from: "2025-09-01", to: "2026-03-31" }],
    ["sector and size together", { sector: "22", size: "small" }],
    ["a filter nothing matches", { sector: "72" }],
  ];

  it.each(filters)("every number equals the reference: %s", async (_name, filter) => {
    const [actual, expected] = [await getCohortAnalytics(programmeId, filter), referenceAnalytics(filter)];
    expectCloseTo(actual, expected);
  });

  it("the filters narrow the cohort as a reader expects", async () => {
    const all = await getCohortAnalytics(programmeId, {});
    const sector22 = await getCohortAnalytics(programmeId, { sector: "22" });
    expect(sector22.firmCount).toBeGreaterThan(0);
    expect(sector22.firmCount).toBeLessThan(all.firmCount);
    expect(sector22.sectorFactorHeatMap.map((row) => row.sector)).toEqual(["22"]);
    const nothing = await getCohortAnalytics(programmeId, { sector: "72" });
    expect(nothing).toMatchObject({ firmCount: 0, validatedCount: 0, radar: [], commonGaps: [], progress: { firms: 0 } });
  });

  it("takes the latest-started assessment of a firm, the larger id on a tie, with its approval", async () => {
    const twin = await getCohortAnalytics(programmeId, { sector: "28" });
    expect(twin.firmCount).toBe(1);
    expect(twin.index.self).toEqual({ n: 1, mean: 88.8, p25: 88.8, median: 88.8, p75: 88.8 });
    expect(twin.validatedCount).toBe(1);
  });

  it("another programme's firms, and a firm not enrolled in the programme, never count", async () => {
    expect((await getCohortAnalytics(programmeId, { sector: "29" })).firmCount).toBe(0);
    expect((await getCohortAnalytics(otherProgrammeId, { sector: "29" })).firmCount).toBe(4);
  });

  // Runs last: it adds firms to the programme (the reference follows the seeder, so later tests would too).
  it("shows a change to the programme's data at once, never figures held from before it", async () => {
    const filter: CohortFilter = { sector: "31" };
    expect((await getCohortAnalytics(programmeId, filter)).firmCount).toBe(0);
    const stamps = [await cohortDataStamp(programmeId)];

    const firm = await seeder.addFirm(programmeId, { sector: "31", employees: 30 });
    stamps.push(await cohortDataStamp(programmeId));
    await seeder.addAssessment(firm, { createdAt: day("2026-02-02"), submitted: [true] });
    stamps.push(await cohortDataStamp(programmeId));
    const afterSubmission = await getCohortAnalytics(programmeId, filter);
    expect(afterSubmission).toMatchObject({ firmCount: 1, validatedCount: 0 });
    expectCloseTo(afterSubmission, referenceAnalytics(filter));

    const secondFirm = await seeder.addFirm(programmeId, { sector: "31", employees: 80 });
    await seeder.addAssessment(secondFirm, { createdAt: day("2026-02-03"), submitted: [true, true], approve: true });
    stamps.push(await cohortDataStamp(programmeId));
    const afterApproval = await getCohortAnalytics(programmeId, filter);
    expect(afterApproval).toMatchObject({ firmCount: 2, validatedCount: 1 });
    expectCloseTo(afterApproval, referenceAnalytics(filter));

    // Each write (an enrolment, a submission, a returned-then-approved assessment) gave a new stamp.
    expect(new Set(stamps).size).toBe(stamps.length);
    // Another programme's writes leave this programme's stamp (and its held figures) alone.
    await seeder.addFirm(otherProgrammeId, { sector: "31", employees: 30 });
    expect(await cohortDataStamp(programmeId)).toBe(stamps.at(-1));
  });
});
