// Cohort exports against a real database (PGlite and PostgreSQL): the rows are the stored data of
// each assessment's latest submission, read in keyset batches without gaps or repeats; the CSV
// download and the JSON API answer the same rows; every export is audit-logged; a firm name that
// looks like a formula arrives in the spreadsheet as text.
import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { answerCohortCsv } from "@/app/(officer)/officer/programmes/[programmeId]/export/handler";
import { answerCohortRequest } from "@/app/api/v1/programmes/[programmeId]/cohort/handler";
import { CohortExportResponseSchema } from "@/app/api/v1/programmes/[programmeId]/cohort/schema";
import { getDb } from "@/lib/db/client";
import { createDraftAssessment, submitCurrentRevision } from "@/lib/db/queries/assessments";
import { readCohortExportBatch, streamCohortExport } from "@/lib/db/queries/cohort-export";
import { getProgrammeById, type ProgrammeSummary } from "@/lib/db/queries/programmes";
import { assessmentRevisions, assessments, auditEvents, firmMemberships, firms, programmeEnrolments, programmes, reviewDecisions } from "@/lib/db/schema";
import { registerQuestionnaireVersions } from "@/lib/db/seed";
import { cohortCsvHeader, roundForCsv, toCohortJsonRow, type CohortCsvRow, type CohortExportRow } from "@/lib/export/cohort-columns";
import type { QueueSelection } from "@/lib/queue/queue-params";
import { emptyAnswerSet, type AnswerSet } from "@/lib/questionnaire/answer-set";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { listVisibleDimensions } from "@/lib/questionnaire/visible-items";
import { scoreSubmission } from "@/lib/scoring/submission-scores";
import { generateSyntheticCohort } from "@/scripts/lib/synthetic-cohort";
import { conformsToDocument, readApiError } from "../../unit/api/support";
import { parseCsv } from "../../unit/export/parse-csv";
import { createUser } from "../support/fixtures";

const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId)!;
const evilName = '=HYPERLINK("http://evil.example","Free grant")';
let programme: ProgrammeSummary;
let officer: { id: string; role: "officer" };
let evilAssessmentId: string;

beforeAll(async () => {
  await registerQuestionnaireVersions(getDb(), [{ id: questionnaire.id, contentHash: questionnaire.contentHash }]);
  const [created] = await getDb()
    .insert(programmes)
    .values({ name: "Kedah Export Cohort", country: "MY", questionnaireVersionId: questionnaire.id, enrolmentCode: "KEDAH-EXPORT" })
    .returning({ id: programmes.id });
  programme = (await getProgrammeById(created!.id))!;
  const user = await createUser({ role: "officer" });
  officer = { id: user.id, role: "officer" };
  await generateSyntheticCohort(getDb(), { firms: 70, programmeId: programme.id, seed: 5, now: new Date("2026-04-15T00:00:00Z") });

  // One assessment through the real submit path, by a firm whose name is a spreadsheet formula.
  const manager = await createUser({ role: "sme" });
  const [firm] = await getDb().insert(firms).values({ name: evilName, country: "MY", sector: "22", employees: 30 }).returning({ id: firms.id });
  await getDb().insert(firmMemberships).values({ firmId: firm!.id, userId: manager.id });
  await getDb().insert(programmeEnrolments).values({ firmId: firm!.id, programmeId: programme.id });
  const answers: AnswerSet = {
    ...emptyAnswerSet(),
    profile: { country: "MY", sector: "22", employees: 30, turnover: "1m-5m", exports: false, "offers-services": false, technologies: ["none"], challenges: ["funding"] },
  };
  for (const { indicators } of listVisibleDimensions(questionnaire.structure, answers)) for (const indicator of indicators) answers.levels[indicator.id] = 1;
  const { assessmentId } = await createDraftAssessment(
    { firmId: firm!.id, programmeId: programme.id, questionnaireVersionId: questionnaire.id, contentHash: questionnaire.contentHash, answers, prefilledFrom: null },
    { id: manager.id, role: "sme" },
  );
  await submitCurrentRevision(assessmentId, "key-1", { id: manager.id, role: "sme" }, (revision) => ({ kind: "ready", scores: scoreSubmission(questionnaire.structure, revision.answers) }));
  evilAssessmentId = assessmentId;
});

/** The export row of every submitted assessment of the programme, read column by column from the tables. */
async function referenceRows(): Promise<CohortCsvRow[]> {
  const rows = await getDb()
    .select({ assessment: assessments, firm: firms, revision: assessmentRevisions })
    .from(assessments)
    .innerJoin(firms, eq(firms.id, assessments.firmId))
    .innerJoin(assessmentRevisions, and(eq(assessmentRevisions.assessmentId, assessments.id), eq(assessmentRevisions.number, assessments.latestSubmittedRevision)))
    .where(eq(assessments.programmeId, programme.id))
    .orderBy(asc(assessments.lastSubmittedAt), asc(assessments.id));
  const decisions = await getDb().select().from(reviewDecisions).where(eq(reviewDecisions.decision, "approved"));
  return rows.map(({ assessment, firm, revision }) => ({
    assessmentId: assessment.id,
    firmName: firm.name,
    country: firm.country,
    sector: firm.sector,
    employees: firm.employees,
    status: assessment.status as CohortExportRow["status"],
    revision: revision.number,
    submittedAt: assessment.lastSubmittedAt!,
    readinessIndex: revision.readinessIndex!,
    readinessBand: revision.readinessBand!,
    peopleScore: revision.peopleScore,
    processScore: revision.processScore,
    technologyScore: revision.technologyScore,
    servicesScore: revision.servicesScore,
    dimensionScores: revision.dimensionScores!,
    validatedIndex: assessment.status === "approved" ? (decisions.find((d) => d.revisionId === revision.id)?.validatedIndex ?? null) : null,
    validatedBand: assessment.status === "approved" ? (decisions.find((d) => d.revisionId === revision.id)?.validatedBand ?? null) : null,
    validatedDimensionScores: assessment.status === "approved" ? (decisions.find((d) => d.revisionId === revision.id)?.validatedDimensionScores ?? null) : null,
    dimensionTargets: Object.fromEntries((revision.scores?.result.dimensions ?? []).map((d) => [d.dimensionId, { target: d.target.level, gap: d.gap }])),
  }));
}

async function exportAll(selection: QueueSelection, batchSize?: number): Promise<CohortCsvRow[]> {
  const rows: CohortCsvRow[] = [];
  for await (const batch of streamCohortExport(programme.id, selection, batchSize)) rows.push(...batch);
  return rows;
}

async function exportEvents() {
  return getDb().select().from(auditEvents).where(and(eq(auditEvents.action, "cohort.exported"), eq(auditEvents.entityId, programme.id))).orderBy(asc(auditEvents.id));
}

const everything: QueueSelection = { filter: {}, status: "all" };
const access = () => ({ user: officer, programme });

describe("streamCohortExport", () => {
  it("gives one row per submitted assessment with the stored figures of its latest submitted revision", async () => {
    const expected = await referenceRows();
    expect(expected.length).toBeGreaterThan(70);
    expect(expected.some((row) => row.status === "approved" && row.validatedIndex !== null)).toBe(true);
    expect(expected.some((row) => row.revision > 1)).toBe(true);
    expect(expected.some((row) => row.validatedDimensionScores !== null)).toBe(true);
    expect(expected.every((row) => Object.keys(row.dimensionTargets).length >= 12)).toBe(true);
    expect(await exportAll(everything)).toEqual(expected);
  });

  it("reads the same rows in small keyset batches, across equal timestamps, without gaps or repeats", async () => {
    const expected = await exportAll(everything);
    // Two rows at the same instant straddling a batch boundary must both come out once.
    const [first, second] = expected;
    await getDb().update(assessments).set({ lastSubmittedAt: first!.submittedAt }).where(eq(assessments.id, second!.assessmentId));
    const withTie = await exportAll(everything);
    for (const size of [1, 2, 7]) expect(await exportAll(everything, size), `batches of ${size}`).toEqual(withTie);
    expect(new Set(withTie.map((row) => row.assessmentId)).size).toBe(expected.length);
    const firstBatch = await readCohortExportBatch(programme.id, everything, null, 1);
    expect(firstBatch.next).not.toBeNull();
  });

  it("applies the queue's selection: status, sector, band and firm name", async () => {
    const all = await exportAll(everything);
    const approvedRubber = await exportAll({ filter: { sector: "22" }, status: "approved" });
    expect(approvedRubber).toEqual(all.filter((row) => row.sector === "22" && row.status === "approved"));
    expect(approvedRubber.length).toBeGreaterThan(0);
    expect(await exportAll({ filter: {}, status: "all", q: "hyperlink" })).toEqual(all.filter((row) => row.assessmentId === evilAssessmentId));
    expect(await exportAll({ filter: {}, status: "all", band: "explorer" })).toEqual(all.filter((row) => row.readinessBand === "explorer"));
  });
});

describe("GET /officer/programmes/:id/export (CSV)", () => {
  it("downloads every row as CSV, never cached, named after the programme and the day, and records the export", async () => {
    const before = (await exportEvents()).length;
    const response = await answerCohortCsv(new Request(`http://localhost/officer/programmes/${programme.id}/export?status=submitted&sector=22`), access(), new Date("2026-05-04T10:00:00Z"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    // The file name says which filter made it (issue 17).
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="cohort-kedah-export-cohort-submitted-sector-22-2026-05-04.csv"');
    expect(response.headers.get("cache-control")).toBe("no-store");
    const bytes = new Uint8Array(await response.arrayBuffer());
    // The UTF-8 byte-order mark (which Response.text() would silently drop) tells spreadsheets the encoding.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...records] = parseCsv(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1));
    expect(header).toEqual(cohortCsvHeader);
    const expected = (await exportAll(everything)).filter((row) => row.status === "submitted" && row.sector === "22");
    expect(records.map((record) => record[0])).toEqual(expected.map((row) => row.assessmentId));
    expect(records.find((record) => record[0] === evilAssessmentId)?.[1]).toBe(`'${evilName}`);
    // Labels beside codes, figures to two decimals, targets and gaps from the stored scores (issue 17).
    const column = (name: string) => cohortCsvHeader.indexOf(name);
    for (const [record, row] of records.map((record, i) => [record, expected[i]!] as const)) {
      expect(record[column("country_name")]).toBe("Malaysia");
      expect(record[column("sector_name")]).toBe("Rubber and plastics products");
      expect(record[column("size_band_name")]).toMatch(/^(Micro|Small|Medium|Large)$/);
      expect(record[column("readiness_band_name")]).toMatch(/^(Newcomer|Explorer|Adopter|Integrator|Leader)$/);
      expect(record[column("people_score")]).toBe(String(roundForCsv(row.peopleScore)));
      expect(record[column("target_skills")]).toBe(String(row.dimensionTargets.skills!.target));
      expect(record[column("gap_skills")]).toBe(String(roundForCsv(row.dimensionTargets.skills!.gap)));
      for (const cell of record.slice(column("readiness_index"))) expect(cell).not.toMatch(/^\d+\.\d{3,}$/);
    }

    const events = await exportEvents();
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({
      actorUserId: officer.id,
      actorRole: "officer",
      entityType: "programme",
      details: { format: "csv", filter: { status: "submitted", band: null, q: null, sector: "22" }, rowCount: expected.length },
    });
    // A second download with another filter gets its own name; approved rows carry the validated figures.
    const approved = await answerCohortCsv(new Request(`http://localhost/officer/programmes/${programme.id}/export?status=approved`), access(), new Date("2026-05-04T10:00:00Z"));
    expect(approved.headers.get("content-disposition")).toBe('attachment; filename="cohort-kedah-export-cohort-approved-2026-05-04.csv"');
    const [, ...approvedRecords] = parseCsv((await approved.text()).replace(/^\uFEFF/, ""));
    const validatedRow = (await exportAll({ filter: {}, status: "approved" })).find((row) => row.validatedDimensionScores !== null)!;
    const validatedRecord = approvedRecords.find((record) => record[0] === validatedRow.assessmentId)!;
    expect(validatedRecord[column("validated_index")]).toBe(String(roundForCsv(validatedRow.validatedIndex)));
    expect(validatedRecord[column("validated_band_name")]).toMatch(/^(Newcomer|Explorer|Adopter|Integrator|Leader)$/);
    expect(validatedRecord[column("validated_skills")]).toBe(String(roundForCsv(validatedRow.validatedDimensionScores!.skills)));
  });

  it("refuses a hand-edited filter with 400 and records nothing", async () => {
    const before = (await exportEvents()).length;
    const response = await answerCohortCsv(new Request(`http://localhost/officer/programmes/${programme.id}/export?status=draft`), access());
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/not valid/);
    expect(await exportEvents()).toHaveLength(before);
  });
});

describe("GET /api/v1/programmes/:id/cohort (JSON)", () => {
  it("answers the same rows as a documented JSON document with the filter it applied, and records the export", async () => {
    const before = (await exportEvents()).length;
    const exportedAt = new Date("2026-05-04T10:00:00Z");
    const response = await answerCohortRequest(new Request(`http://localhost/api/v1/programmes/${programme.id}/cohort?status=all&size=small&q=%20sdn%20&sector=&unknown=1`), access(), exportedAt);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    const body: unknown = await response.json();
    expect(conformsToDocument("CohortExportResponse", body)).toBe(true);
    const parsed = CohortExportResponseSchema.parse(body);
    const expected = await exportAll({ filter: { size: "small" }, status: "all", q: "sdn" });
    expect(expected.length).toBeGreaterThan(0);
    expect(parsed).toEqual({
      programme: { id: programme.id, name: "Kedah Export Cohort" },
      filter: { status: "all", q: "sdn", size: "small" },
      exportedAt: exportedAt.toISOString(),
      // This cohort's firms have no improvement plans (tests/integration/plan/plan-demand.test.ts has the figures).
      planDemand: { firmsWithPlan: 0, dimensions: [], instruments: [], statuses: { planned: 0, in_progress: 0, done: 0, dropped: 0 }, costs: [] },
      rows: expected.map(toCohortJsonRow),
    });
    const events = await exportEvents();
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)!.details).toEqual({ format: "json", filter: { status: "all", band: null, q: "sdn", size: "small" }, rowCount: expected.length });
  });

  it("answers an invalid query with 400 invalid_query naming the field, and records nothing", async () => {
    const before = (await exportEvents()).length;
    for (const query of ["status=draft", "band=expert", "sector=99", "from=2026-05-01&to=2026-04-01", `q=${"x".repeat(101)}`]) {
      const response = await answerCohortRequest(new Request(`http://localhost/api/v1/programmes/${programme.id}/cohort?${query}`), access());
      const error = await readApiError(response, 400);
      expect(error.error, query).toBe("invalid_query");
      expect(Object.keys(error.fields ?? {}), query).toHaveLength(1);
    }
    expect(await exportEvents()).toHaveLength(before);
  });

  it("answers an empty selection with no rows (and still records it)", async () => {
    const response = await answerCohortRequest(new Request(`http://localhost/api/v1/programmes/${programme.id}/cohort?q=no-such-firm`), access());
    expect(CohortExportResponseSchema.parse(await response.json()).rows).toEqual([]);
    expect((await exportEvents()).at(-1)!.details).toMatchObject({ rowCount: 0 });
  });
});
