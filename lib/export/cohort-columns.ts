import type { QueueStatus } from "@/lib/queue/queue-params";
import { dimensionIds, firmSizeBandFor, type FirmSizeBand } from "@/lib/questionnaire/taxonomy";
import type { CsvCell } from "./csv";

// The layout of a cohort export: one row per assessment, with the firm's profile, the scores of
// its latest submitted revision (as stored at submit, never recomputed), its targets and gaps and,
// once approved, the validated index and dimension scores. Column names are stable machine names
// in English, not translated labels, so scripts that read the file keep working in any language;
// beside each code the CSV carries its label in the reader's language for people (issue 17).
// The CSV rounds figures to two decimals for reading; the JSON API keeps full precision.

/** A dimension's target (whole level) and gap as stored with the revision's scores. */
export type DimensionTarget = { target: number; gap: number };

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

/** What the CSV adds to a row (not part of the JSON API's rows). */
export type CohortCsvRow = CohortExportRow & {
  /** Target and gap per dimension id of that revision. */
  dimensionTargets: Readonly<Record<string, DimensionTarget>>;
  /** The band of the validated index; only for an approved assessment. */
  validatedBand: string | null;
  /** Validated score 0–5 per dimension id; only for an approved assessment. */
  validatedDimensionScores: Readonly<Record<string, number>> | null;
};

/** The row as the JSON export answers it. */
export type CohortJsonRow = Omit<CohortExportRow, "submittedAt"> & { sizeBand: FirmSizeBand; submittedAt: string };

export function toCohortJsonRow(row: CohortExportRow): CohortJsonRow {
  return {
    assessmentId: row.assessmentId,
    firmName: row.firmName,
    country: row.country,
    sector: row.sector,
    employees: row.employees,
    status: row.status,
    revision: row.revision,
    submittedAt: row.submittedAt.toISOString(),
    readinessIndex: row.readinessIndex,
    readinessBand: row.readinessBand,
    peopleScore: row.peopleScore,
    processScore: row.processScore,
    technologyScore: row.technologyScore,
    servicesScore: row.servicesScore,
    dimensionScores: { ...row.dimensionScores },
    validatedIndex: row.validatedIndex,
    sizeBand: firmSizeBandFor(row.employees),
  };
}

/** Labels beside codes, in the reader's language; a code without a label is written as it is. */
export type CohortCsvLabels = {
  country: (code: string) => string;
  sector: (code: string) => string;
  size: (band: FirmSizeBand) => string;
  band: (band: string) => string;
};

const columnSuffix = (id: string) => id.replaceAll("-", "_");

/** Dimension columns, one per dimension of the taxonomy in its order (empty where a revision has none). */
export const dimensionColumnNames = dimensionIds.map((id) => `dimension_${columnSuffix(id)}`);
export const targetColumnNames = dimensionIds.map((id) => `target_${columnSuffix(id)}`);
export const gapColumnNames = dimensionIds.map((id) => `gap_${columnSuffix(id)}`);
export const validatedDimensionColumnNames = dimensionIds.map((id) => `validated_${columnSuffix(id)}`);

export const cohortCsvHeader: readonly string[] = [
  "assessment_id",
  "firm_name",
  "country",
  "country_name",
  "sector",
  "sector_name",
  "employees",
  "size_band",
  "size_band_name",
  "status",
  "revision",
  "submitted_at",
  "readiness_index",
  "readiness_band",
  "readiness_band_name",
  "people_score",
  "process_score",
  "technology_score",
  "services_score",
  ...dimensionColumnNames,
  ...targetColumnNames,
  ...gapColumnNames,
  "validated_index",
  "validated_band",
  "validated_band_name",
  ...validatedDimensionColumnNames,
];

/** Two decimals for reading (2.333333333 → 2.33); empty stays empty. */
export function roundForCsv(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

export function cohortCsvCells(row: CohortCsvRow, labels: CohortCsvLabels): CsvCell[] {
  const size = firmSizeBandFor(row.employees);
  const perDimension = (values: Readonly<Record<string, number>> | null) =>
    dimensionIds.map((id) => (values && Object.hasOwn(values, id) ? roundForCsv(values[id]) : null));
  const targets = row.dimensionTargets;
  return [
    row.assessmentId,
    row.firmName,
    row.country,
    labels.country(row.country),
    row.sector,
    labels.sector(row.sector),
    row.employees,
    size,
    labels.size(size),
    row.status,
    row.revision,
    row.submittedAt.toISOString(),
    roundForCsv(row.readinessIndex),
    row.readinessBand,
    labels.band(row.readinessBand),
    roundForCsv(row.peopleScore),
    roundForCsv(row.processScore),
    roundForCsv(row.technologyScore),
    roundForCsv(row.servicesScore),
    ...perDimension(row.dimensionScores),
    ...dimensionIds.map((id) => (Object.hasOwn(targets, id) ? targets[id]!.target : null)),
    ...dimensionIds.map((id) => (Object.hasOwn(targets, id) ? roundForCsv(targets[id]!.gap) : null)),
    roundForCsv(row.validatedIndex),
    row.validatedBand,
    row.validatedBand === null ? null : labels.band(row.validatedBand),
    ...perDimension(row.validatedDimensionScores),
  ];
}
