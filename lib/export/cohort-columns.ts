import type { QueueStatus } from "@/lib/queue/queue-params";
import { dimensionIds, firmSizeBandFor, type FirmSizeBand } from "@/lib/questionnaire/taxonomy";
import type { CsvCell } from "./csv";

// The layout of a cohort export: one row per assessment, with the firm's profile, the scores of
// its latest submitted revision (as stored at submit, never recomputed) and, once approved, the
// validated index. CSV and JSON carry the same rows; column names are stable machine names in
// English, not translated labels, so scripts that read the file keep working in any language.

/** One assessment as the export query reads it. */
export type CohortExportRow = {
  assessmentId: string;
  firmName: string;
  country: string;
  sector: string;
  employees: number;
  status: QueueStatus;
  /** Number of the latest submitted revision. */
  revision: number;
  submittedAt: Date;
  readinessIndex: number;
  readinessBand: string;
  peopleScore: number | null;
  processScore: number | null;
  technologyScore: number | null;
  /** Null when the firm offers no manufacturing-related services (the module was not shown). */
  servicesScore: number | null;
  /** Score 0–5 per dimension id answered in that revision. */
  dimensionScores: Readonly<Record<string, number>>;
  /** The readiness index after the officer's validation; only for an approved assessment. */
  validatedIndex: number | null;
};

/** The row as the JSON export answers it. */
export type CohortJsonRow = Omit<CohortExportRow, "submittedAt"> & { sizeBand: FirmSizeBand; submittedAt: string };

export function toCohortJsonRow(row: CohortExportRow): CohortJsonRow {
  return { ...row, sizeBand: firmSizeBandFor(row.employees), submittedAt: row.submittedAt.toISOString(), dimensionScores: { ...row.dimensionScores } };
}

/** Dimension columns, one per dimension of the taxonomy in its order (empty where a revision has none). */
export const dimensionColumnNames = dimensionIds.map((id) => `dimension_${id.replaceAll("-", "_")}`);

export const cohortCsvHeader: readonly string[] = [
  "assessment_id",
  "firm_name",
  "country",
  "sector",
  "employees",
  "size_band",
  "status",
  "revision",
  "submitted_at",
  "readiness_index",
  "readiness_band",
  "people_score",
  "process_score",
  "technology_score",
  "services_score",
  ...dimensionColumnNames,
  "validated_index",
];

export function cohortCsvCells(row: CohortExportRow): CsvCell[] {
  return [
    row.assessmentId,
    row.firmName,
    row.country,
    row.sector,
    row.employees,
    firmSizeBandFor(row.employees),
    row.status,
    row.revision,
    row.submittedAt.toISOString(),
    row.readinessIndex,
    row.readinessBand,
    row.peopleScore,
    row.processScore,
    row.technologyScore,
    row.servicesScore,
    ...dimensionIds.map((id) => (Object.hasOwn(row.dimensionScores, id) ? row.dimensionScores[id] : null)),
    row.validatedIndex,
  ];
}
