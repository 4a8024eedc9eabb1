// The review queue against a real database (PGlite and PostgreSQL): every filter, order, search
// and page of listReviewQueue and the status counts, checked against the same selection computed
// in JavaScript over all the programme's rows.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { CohortFilter } from "@/lib/cohort/cohort-filter";
import { getDb } from "@/lib/db/client";
import { countAssessmentsByStatus, countReviewQueue, likeContaining, listReviewQueue, type ReviewQueueRow } from "@/lib/db/queries/review-queue";
import { assessments, firms, programmes } from "@/lib/db/schema";
import { registerQuestionnaireVersions } from "@/lib/db/seed";
import { queuePageSize, queueSorts, queueStatuses, statusesOf, type QueueSelection, type QueueSort, type QueueStatus } from "@/lib/queue/queue-params";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { firmSizeBandFor } from "@/lib/questionnaire/taxonomy";
import { bandForIndex, type BandId } from "@/lib/scoring/bands";
import { generateSyntheticCohort } from "@/scripts/lib/synthetic-cohort";

const now = new Date("2026-06-30T00:00:00Z");
let programmeId: string;
let otherProgrammeId: string;
let all: ReviewQueueRow[];

async function createV1Programme(name: string): Promise<string> {
  const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId)!;
  await registerQuestionnaireVersions(getDb(), [{ id: questionnaire.id, contentHash: questionnaire.contentHash }]);
  const [row] = await getDb()
    .insert(programmes)
    .values({ name, country: "MY", questionnaireVersionId: questionnaire.id, enrolmentCode: `Q-${name.toUpperCase().replace(/\W/g, "")}` })
    .returning({ id: programmes.id });
  return row!.id;
}

/** A firm and one assessment with the queue columns set directly, for the edge cases the generator does not produce. */
async function addAssessment(
  programme: string,
  firm: { name: string; sector: string; employees: number },
  assessment: { status: QueueStatus | "draft"; index?: number; at?: string; revision?: number },
): Promise<void> {
  const [created] = await getDb().insert(firms).values({ ...firm, country: "MY" }).returning({ id: firms.id });
  const submitted = assessment.status !== "draft";
  await getDb()
    .insert(assessments)
    .values({
      firmId: created!.id,
      programmeId: programme,
      status: assessment.status,
      latestSubmittedRevision: submitted ? (assessment.revision ?? 1) : null,
      lastSubmittedAt: submitted ? new Date(assessment.at!) : null,
      readinessIndex: submitted ? assessment.index! : null,
      readinessBand: submitted ? bandForIndex(assessment.index!) : null,
    });
}

beforeAll(async () => {
  programmeId = await createV1Programme("Queue programme");
  otherProgrammeId = await createV1Programme("Other programme");
  await generateSyntheticCohort(getDb(), { firms: 90, programmeId, seed: 11, now });
  await generateSyntheticCohort(getDb(), { firms: 15, programmeId: otherProgrammeId, seed: 12, now });
  // Names with LIKE wildcards and a backslash, equal timestamps, and a draft that must never show.
  const sameMoment = "2026-06-01T03:00:00.000Z";
  await addAssessment(programmeId, { name: "100% Natural Foods Sdn Bhd", sector: "10", employees: 12 }, { status: "submitted", index: 44.4, at: sameMoment });
  await addAssessment(programmeId, { name: "1000 Natural Foods Sdn Bhd", sector: "10", employees: 12 }, { status: "submitted", index: 44.4, at: sameMoment });
  await addAssessment(programmeId, { name: "A_B Plastics Sdn Bhd", sector: "22", employees: 3 }, { status: "in_review", index: 12.5, at: sameMoment });
  await addAssessment(programmeId, { name: "AxB Plastics Sdn Bhd", sector: "22", employees: 230 }, { status: "approved", index: 80, at: "2026-06-02T03:00:00.000Z", revision: 3 });
  await addAssessment(programmeId, { name: "Back\\slash Works ürün", sector: "25", employees: 75 }, { status: "returned", index: 0, at: "2025-01-02T00:00:00.000Z" });
  await addAssessment(programmeId, { name: "Draft Only Sdn Bhd", sector: "22", employees: 40 }, { status: "draft" });

  const rows = await getDb()
    .select({
      assessmentId: assessments.id,
      firmName: firms.name,
      sector: firms.sector,
      employees: firms.employees,
      status: assessments.status,
      readinessIndex: assessments.readinessIndex,
      readinessBand: assessments.readinessBand,
      lastSubmittedAt: assessments.lastSubmittedAt,
      revision: assessments.latestSubmittedRevision,
    })
    .from(assessments)
    .innerJoin(firms, eq(firms.id, assessments.firmId))
    .where(eq(assessments.programmeId, programmeId));
  all = rows
    .filter((row) => row.lastSubmittedAt !== null)
    .map((row) => ({ ...row, status: row.status as QueueStatus, readinessIndex: row.readinessIndex!, readinessBand: row.readinessBand as BandId, lastSubmittedAt: row.lastSubmittedAt!, revision: row.revision! }));
});

// ---------------------------------------------------------------------------------------------
// The reference: the selection and orders as the product defines them, in plain JavaScript
// ---------------------------------------------------------------------------------------------

const day = (date: Date) => date.toISOString().slice(0, 10);

function referenceSelect(selection: QueueSelection): ReviewQueueRow[] {
  const { filter } = selection;
  return all.filter(
    (row) =>
      statusesOf(selection.status).includes(row.status) &&
      (!selection.band || row.readinessBand === selection.band) &&
      (!selection.q || row.firmName.toLowerCase().includes(selection.q.toLowerCase())) &&
      (!filter.sector || row.sector === filter.sector) &&
      (!filter.size || firmSizeBandFor(row.employees) === filter.size) &&
      (!filter.from || day(row.lastSubmittedAt) >= filter.from) &&
      (!filter.to || day(row.lastSubmittedAt) <= filter.to),
  );
}

const byCodePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const time = (row: ReviewQueueRow) => row.lastSubmittedAt.getTime();

function referenceSort(rows: ReviewQueueRow[], sort: QueueSort): ReviewQueueRow[] {
  const byIdDesc = (a: ReviewQueueRow, b: ReviewQueueRow) => byCodePoints(b.assessmentId, a.assessmentId);
  const comparators: Record<QueueSort, (a: ReviewQueueRow, b: ReviewQueueRow) => number> = {
    "submitted-newest": (a, b) => time(b) - time(a) || byIdDesc(a, b),
    "submitted-oldest": (a, b) => time(a) - time(b) || -byIdDesc(a, b),
    "index-high": (a, b) => b.readinessIndex - a.readinessIndex || time(b) - time(a) || byIdDesc(a, b),
    "index-low": (a, b) => a.readinessIndex - b.readinessIndex || time(a) - time(b) || -byIdDesc(a, b),
    "firm-name": (a, b) => byCodePoints(a.firmName.toLowerCase(), b.firmName.toLowerCase()) || -byIdDesc(a, b),
  };
  return [...rows].sort(comparators[sort]);
}

function referenceCounts(filter: CohortFilter): Record<QueueStatus, number> {
  const rows = referenceSelect({ filter, status: "all" });
  return Object.fromEntries(queueStatuses.map((status) => [status, rows.filter((row) => row.status === status).length])) as Record<QueueStatus, number>;
}

async function listEveryPage(selection: QueueSelection, sort: QueueSort, pageSize = queuePageSize): Promise<ReviewQueueRow[]> {
  const rows: ReviewQueueRow[] = [];
  for (let page = 1; ; page += 1) {
    const result = await listReviewQueue(programmeId, selection, { sort, page, pageSize });
    rows.push(...result.rows);
    if (result.rows.length < pageSize) return rows;
  }
}

const selections: [string, QueueSelection][] = [
  ["everything", { filter: {}, status: "all" }],
  ["submitted", { filter: {}, status: "submitted" }],
  // The queue page's default (issue 18): what waits for the officer, submitted and in review together.
  ["needs action", { filter: {}, status: "needs-action" }],
  ["needs action in rubber and plastics", { filter: { sector: "22" }, status: "needs-action" }],
  ["in review", { filter: {}, status: "in_review" }],
  ["returned", { filter: {}, status: "returned" }],
  ["approved", { filter: {}, status: "approved" }],
  ["rubber and plastics, small", { filter: { sector: "22", size: "small" }, status: "all" }],
  ["large firms", { filter: { size: "large" }, status: "all" }],
  ["explorer band", { filter: {}, status: "all", band: "explorer" }],
  ["spring 2026", { filter: { from: "2026-03-01", to: "2026-05-31" }, status: "all" }],
  ["a single day, both ends inclusive", { filter: { from: "2026-06-01", to: "2026-06-01" }, status: "all" }],
  ["name contains 'plast', any case", { filter: {}, status: "all", q: "PLAST" }],
  ["approved food firms", { filter: { sector: "10" }, status: "approved" }],
];

describe("listReviewQueue", () => {
  it("seeds a cohort with every status, a draft and another programme (the test data itself)", () => {
    expect(new Set(all.map((row) => row.status))).toEqual(new Set(queueStatuses));
    expect(all.length).toBeGreaterThan(90);
    expect(all.some((row) => row.firmName === "Draft Only Sdn Bhd")).toBe(false);
  });

  it.each(selections)("selects exactly the reference rows for %s, in every order, page by page", async (_name, selection) => {
    const expected = referenceSelect(selection);
    expect(expected.length, "a selection that matches nothing would prove nothing").toBeGreaterThan(0);
    expect(await countReviewQueue(programmeId, selection)).toBe(expected.length);
    for (const sort of queueSorts) {
      const listed = await listEveryPage(selection, sort, 10);
      expect(listed.map((row) => row.assessmentId), sort).toEqual(referenceSort(expected, sort).map((row) => row.assessmentId));
    }
  });

  it("answers one page of 25 with the total of the whole selection, and an empty page past the end", async () => {
    const expected = referenceSort(referenceSelect({ filter: {}, status: "all" }), "submitted-newest");
    const first = await listReviewQueue(programmeId, { filter: {}, status: "all" }, { sort: "submitted-newest", page: 1, pageSize: queuePageSize });
    expect(first.total).toBe(expected.length);
    expect(first.rows).toEqual(expected.slice(0, 25));
    const lastPage = Math.ceil(expected.length / 25);
    const last = await listReviewQueue(programmeId, { filter: {}, status: "all" }, { sort: "submitted-newest", page: lastPage, pageSize: queuePageSize });
    expect(last.rows).toEqual(expected.slice((lastPage - 1) * 25));
    const beyond = await listReviewQueue(programmeId, { filter: {}, status: "all" }, { sort: "submitted-newest", page: lastPage + 1, pageSize: queuePageSize });
    expect(beyond).toEqual({ rows: [], total: expected.length });
  });

  it("returns the row as stored: firm, status, index, band, date and the latest submitted revision", async () => {
    const { rows } = await listReviewQueue(programmeId, { filter: {}, status: "all", q: "AxB" }, { sort: "firm-name", page: 1, pageSize: 25 });
    expect(rows).toEqual([
      expect.objectContaining({ firmName: "AxB Plastics Sdn Bhd", sector: "22", employees: 230, status: "approved", readinessIndex: 80, readinessBand: "leader", revision: 3, lastSubmittedAt: new Date("2026-06-02T03:00:00.000Z") }),
    ]);
  });

  it("searches names literally: % _ and \\ are characters, not wildcards", async () => {
    const names = async (q: string) =>
      (await listReviewQueue(programmeId, { filter: {}, status: "all", q }, { sort: "firm-name", page: 1, pageSize: 25 })).rows.map((row) => row.firmName);
    expect(await names("100%")).toEqual(["100% Natural Foods Sdn Bhd"]);
    expect(await names("A_B")).toEqual(["A_B Plastics Sdn Bhd"]);
    expect(await names("k\\s")).toEqual(["Back\\slash Works ürün"]);
    expect(await names("ÜRÜN".toLowerCase())).toEqual(["Back\\slash Works ürün"]);
    expect(await names("no firm is called this")).toEqual([]);
    expect(likeContaining("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
  });

  it("never lists another programme's assessments or a draft", async () => {
    const ids = new Set((await listEveryPage({ filter: {}, status: "all" }, "submitted-newest", 100)).map((row) => row.assessmentId));
    const others = await getDb().select({ id: assessments.id }).from(assessments).where(eq(assessments.programmeId, otherProgrammeId));
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(ids.has(other.id)).toBe(false);
    expect(ids.size).toBe(all.length);
  });
});

describe("countAssessmentsByStatus", () => {
  it.each([
    ["no filter", {}],
    ["rubber and plastics", { sector: "22" }],
    ["medium firms in 2026", { size: "medium", from: "2026-01-01" }],
    ["nothing matches", { sector: "12" }],
  ] as [string, CohortFilter][])("counts every status within the cohort filter (%s)", async (_name, filter) => {
    expect(await countAssessmentsByStatus(programmeId, filter)).toEqual(referenceCounts(filter));
  });

  it("counts only the programme asked about", async () => {
    const other = await countAssessmentsByStatus(otherProgrammeId, {});
    const total = Object.values(other).reduce((sum, n) => sum + n, 0);
    const rows = await getDb().select({ id: assessments.id }).from(assessments).where(eq(assessments.programmeId, otherProgrammeId));
    expect(total).toBe(rows.length);
  });
});
