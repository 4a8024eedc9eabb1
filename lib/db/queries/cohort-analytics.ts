import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { stampedMemo } from "@/lib/cache/stamped-memo";
import { bandDistributionFromCounts, type BandCount } from "@/lib/cohort/band-distribution";
import type { CohortAnalytics } from "@/lib/cohort/cohort-analytics";
import type { CohortFilter } from "@/lib/cohort/cohort-filter";
import { radarAxesFrom, type RadarAxis } from "@/lib/cohort/cohort-radar";
import { sortHeatMapRows, type HeatMapRow } from "@/lib/cohort/factor-heat-map";
import { rankGapFrequencies, type GapFrequency } from "@/lib/cohort/gap-frequency";
import { histogramFromCounts, type HistogramBin } from "@/lib/cohort/index-histogram";
import type { ProgressSummary } from "@/lib/cohort/progress-summary";
import type { Spread } from "@/lib/cohort/statistics";
import { dimensionIds, factorIds } from "@/lib/questionnaire/taxonomy";
import { getDb } from "../client";
import { cohortFilterConditions } from "./cohort-filter-sql";

// The cohort analytics of a programme, aggregated in the database from the scores stored at
// submission (assessment_revisions) and at approval (review_decisions): never recomputed from
// answers. Definitions in docs/cohort-analytics.md; lib/cohort holds the same figures as pure
// functions, which the integration tests compare these with. Every function here expects a caller
// that passed requireProgrammeAccess for the programme.

/** The stored figures of a revision a statement may read; each statement names only those it needs. */
type RevisionColumn =
  | "readiness_index"
  | "readiness_band"
  | "people_score"
  | "process_score"
  | "technology_score"
  | "services_score"
  | "dimension_scores"
  | "priority_dimension_ids";
const factorColumns: RevisionColumn[] = ["people_score", "process_score", "technology_score", "services_score"];

/**
 * The programme's assessments with a submission that match the filter, with the named figures of
 * their latest submitted revision (only those, so the rows the cohort sorts stay narrow). The tables
 * keep their own names (no aliases) because the shared filter's SQL names them.
 * `assessments.last_submitted_at is not null` matches the partial index on (programme_id, last_submitted_at).
 */
function submittedAssessments(programmeId: string, filter: CohortFilter, columns: readonly RevisionColumn[]): SQL {
  const conditions = cohortFilterConditions(filter);
  return sql`
    select assessments.id as assessment_id, assessments.firm_id, assessments.created_at, firms.sector, r.id as revision_id,
      ${sql.join(
        columns.map((column) => sql`r.${sql.identifier(column)}`),
        sql`, `,
      )}
    from assessments
    join programme_enrolments e on e.programme_id = assessments.programme_id and e.firm_id = assessments.firm_id
    join firms on firms.id = assessments.firm_id
    join assessment_revisions r on r.assessment_id = assessments.id and r.number = assessments.latest_submitted_revision
    where assessments.programme_id = ${programmeId}
      and assessments.last_submitted_at is not null
      and assessments.latest_submitted_revision is not null
      ${conditions ? sql`and ${conditions}` : sql``}`;
}

/** `with cohort as (…)`: each enrolled firm's latest-started assessment among those, one row per firm. */
function withCohort(programmeId: string, filter: CohortFilter, columns: readonly RevisionColumn[]): SQL {
  return sql`with cohort as (
    select distinct on (s.firm_id) s.*
    from (${submittedAssessments(programmeId, filter, columns)}) s
    order by s.firm_id, s.created_at desc, s.assessment_id desc
  )`;
}

/** Column definitions of a dimension-score object for jsonb_to_record: one float8 per dimension of the taxonomy. */
const dimensionColumns = sql.join(
  dimensionIds.map((id) => sql`${sql.identifier(id)} float8`),
  sql`, `,
);

/** The approved decision, with its validated figures, of a cohort row's revision (none: not approved). */
const approvedDecision = sql`left join review_decisions d on d.revision_id = cohort.revision_id and d.decision = 'approved'`;

/** The statements behind each figure, by name; exported so the benchmark can time and EXPLAIN them. */
export function cohortAnalyticsStatements(programmeId: string, filter: CohortFilter): Record<CohortQueryName, SQL> {
  const cohort = (...columns: RevisionColumn[]) => withCohort(programmeId, filter, columns);
  const quartiles = (expression: SQL) => sql`percentile_cont(array[0.25, 0.5, 0.75]::float8[]) within group (order by ${expression})`;
  return {
    summary: sql`${cohort("readiness_index")}
      select count(*)::int as firms, count(d.id)::int as validated,
        avg(cohort.readiness_index) as self_mean, ${quartiles(sql`cohort.readiness_index`)} as self_quartiles,
        avg(d.validated_index) as validated_mean, ${quartiles(sql`d.validated_index`)} as validated_quartiles
      from cohort
      ${approvedDecision}`,
    // One pass: each row's dimension scores become columns (jsonb_to_record parses the object once),
    // then count, mean and quartiles per column; self-assessed over all firms, validated over approved ones.
    radar: sql`${cohort("dimension_scores")}
      select ${sql.join(
        dimensionIds.flatMap((id, i) => {
          const self = sql`s.${sql.identifier(id)}`;
          const validated = sql`v.${sql.identifier(id)}`;
          return [
            sql`count(${self})::int as ${sql.raw(`s${i}_n`)}, avg(${self}) as ${sql.raw(`s${i}_mean`)}, ${quartiles(self)} as ${sql.raw(`s${i}_q`)}`,
            sql`count(${validated})::int as ${sql.raw(`v${i}_n`)}, avg(${validated}) as ${sql.raw(`v${i}_mean`)}, ${quartiles(validated)} as ${sql.raw(`v${i}_q`)}`,
          ];
        }),
        sql`, `,
      )}
      from cohort
      ${approvedDecision}
      cross join lateral jsonb_to_record(cohort.dimension_scores) as s(${dimensionColumns})
      left join lateral jsonb_to_record(d.validated_dimension_scores) as v(${dimensionColumns}) on true`,
    histogram: sql`${cohort("readiness_index")}
      select least(floor(cohort.readiness_index / 10), 9)::int as bin, count(*)::int as firms
      from cohort
      group by 1`,
    // One pass over the cohort: a grouping set per kind (self-assessed band, validated band).
    bands: sql`${cohort("readiness_band")}
      select cohort.readiness_band as self_band, d.validated_band, grouping(cohort.readiness_band) = 0 as is_self, count(*)::int as firms
      from cohort
      ${approvedDecision}
      group by grouping sets ((cohort.readiness_band), (d.validated_band))`,
    heatMap: sql`${cohort(...factorColumns)}
      select cohort.sector, count(*)::int as firms,
        count(cohort.people_score)::int as people_n, avg(cohort.people_score) as people_mean,
        count(cohort.process_score)::int as process_n, avg(cohort.process_score) as process_mean,
        count(cohort.technology_score)::int as technology_n, avg(cohort.technology_score) as technology_mean,
        count(cohort.services_score)::int as services_n, avg(cohort.services_score) as services_mean
      from cohort
      group by cohort.sector
      order by cohort.sector`,
    gaps: sql`${cohort("priority_dimension_ids")}
      select g.dimension_id, count(*)::int as firms, count(*) filter (where g.position = 1)::int as first_priority
      from cohort cross join lateral unnest(cohort.priority_dimension_ids) with ordinality as g(dimension_id, position)
      group by g.dimension_id`,
    // First and latest assessment of each firm with two or more; the filter applies to every assessment
    // considered. One window pass numbers each firm's assessments; one grouping picks the first and last.
    progress: sql`with ranked as (
        select s.*,
          row_number() over (partition by s.firm_id order by s.created_at, s.assessment_id) as k,
          count(*) over (partition by s.firm_id) as n
        from (${submittedAssessments(programmeId, filter, ["readiness_index", ...factorColumns])}) s
      ), pairs as (
        select
          max(readiness_index) filter (where k = 1) as first_index,
          max(readiness_index) filter (where k = n) as latest_index,
          max(people_score) filter (where k = n) - max(people_score) filter (where k = 1) as people_change,
          max(process_score) filter (where k = n) - max(process_score) filter (where k = 1) as process_change,
          max(technology_score) filter (where k = n) - max(technology_score) filter (where k = 1) as technology_change,
          max(services_score) filter (where k = n) - max(services_score) filter (where k = 1) as services_change
        from ranked
        where n >= 2
        group by firm_id
      )
      select count(*)::int as firms, avg(first_index) as first_mean, avg(latest_index) as latest_mean,
        avg(latest_index - first_index) as change_mean,
        count(*) filter (where latest_index > first_index)::int as improved,
        count(people_change)::int as people_n, avg(people_change) as people_change,
        count(process_change)::int as process_n, avg(process_change) as process_change,
        count(technology_change)::int as technology_n, avg(technology_change) as technology_change,
        count(services_change)::int as services_n, avg(services_change) as services_change
      from pairs`,
  };
}

export const cohortQueryNames = ["summary", "radar", "histogram", "bands", "heatMap", "gaps", "progress"] as const;
export type CohortQueryName = (typeof cohortQueryNames)[number];

type Row = Record<string, unknown>;
const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
const int = (value: unknown): number => Number(value ?? 0);

function spreadFrom(n: number, meanValue: unknown, quartiles: unknown): Spread | null {
  if (n === 0 || !Array.isArray(quartiles)) return null;
  const [p25, median, p75] = quartiles.map(Number);
  return { n, mean: Number(meanValue), p25: p25!, median: median!, p75: p75! };
}

async function run(statement: SQL): Promise<Row[]> {
  return (await getDb().execute<Row>(statement)).rows;
}

/**
 * A stamp of everything the programme's analytics read, which changes with any of it: the
 * programme's assessments (their number, and when and how any was last changed: a submission, a
 * review decision and a return all update the row), its review decisions and its enrolments. Firms,
 * enrolments and decisions are never updated or deleted, and submitted revisions are frozen, so
 * counting those is enough. The sum of update times catches a change that leaves the latest one
 * as it was (e.g. a row written with an older clock by another instance).
 */
export async function cohortDataStamp(programmeId: string): Promise<string> {
  const [row] = await run(sql`select
      (select count(*) || ':' || coalesce(max(updated_at)::text, '') || ':' || coalesce(sum(extract(epoch from updated_at)), 0)
         from assessments where programme_id = ${programmeId}) as assessments,
      (select count(*) from review_decisions d join assessments a on a.id = d.assessment_id where a.programme_id = ${programmeId}) as decisions,
      (select count(*) from programme_enrolments where programme_id = ${programmeId}) as enrolments`);
  return `${String(row?.assessments)}|${String(row?.decisions)}|${String(row?.enrolments)}`;
}

// The figures of recently viewed programme and filter pairs: an officer's reload, a return to a
// filter seen before or a colleague's visit costs one stamp query instead of seven aggregates.
const recentAnalytics = stampedMemo<CohortAnalytics>({ maxEntries: 200 });

/**
 * Every figure of the cohort analytics page for a programme, over the firms matching the filter:
 * computed by readCohortAnalytics, reused while the programme's data stamp is unchanged.
 */
export async function getCohortAnalytics(programmeId: string, filter: CohortFilter): Promise<CohortAnalytics> {
  const stamp = await cohortDataStamp(programmeId);
  return recentAnalytics.get(`${programmeId} ${JSON.stringify(filter)}`, stamp, () => readCohortAnalytics(programmeId, filter));
}

/**
 * Every figure of the cohort analytics page, read from the database now (no reuse).
 * Independent statements run in parallel (on PostgreSQL each takes its own pooled connection).
 */
export async function readCohortAnalytics(programmeId: string, filter: CohortFilter): Promise<CohortAnalytics> {
  const statements = cohortAnalyticsStatements(programmeId, filter);
  const results = await Promise.all(cohortQueryNames.map((name) => run(statements[name])));
  const rows = Object.fromEntries(cohortQueryNames.map((name, i) => [name, results[i]!])) as Record<CohortQueryName, Row[]>;
  const summary = rows.summary[0] ?? {};
  const firmCount = int(summary.firms);
  const validatedCount = int(summary.validated);
  return {
    firmCount,
    validatedCount,
    index: {
      self: spreadFrom(firmCount, summary.self_mean, summary.self_quartiles),
      validated: spreadFrom(validatedCount, summary.validated_mean, summary.validated_quartiles),
    },
    radar: radarFrom(rows.radar),
    indexHistogram: histogramFrom(rows.histogram),
    bandDistribution: bandsFrom(rows.bands),
    sectorFactorHeatMap: heatMapFrom(rows.heatMap),
    commonGaps: gapsFrom(rows.gaps, firmCount),
    progress: progressFrom(rows.progress[0] ?? {}),
  };
}

function radarFrom(rows: Row[]): RadarAxis[] {
  const row = rows[0] ?? {};
  const byKind = (prefix: string) =>
    new Map(
      dimensionIds.flatMap((id, i) => {
        const spread = spreadFrom(int(row[`${prefix}${i}_n`]), row[`${prefix}${i}_mean`], row[`${prefix}${i}_q`]);
        return spread ? [[id as string, spread] as const] : [];
      }),
    );
  return radarAxesFrom(byKind("s"), byKind("v"));
}

function histogramFrom(rows: Row[]): HistogramBin[] {
  return histogramFromCounts(new Map(rows.map((row) => [int(row.bin), int(row.firms)])));
}

function bandsFrom(rows: Row[]): BandCount[] {
  const self = new Map(rows.filter((row) => row.is_self === true).map((row) => [String(row.self_band), int(row.firms)]));
  const validated = new Map(rows.filter((row) => row.is_self !== true && row.validated_band !== null).map((row) => [String(row.validated_band), int(row.firms)]));
  return bandDistributionFromCounts(self, validated);
}

function heatMapFrom(rows: Row[]): HeatMapRow[] {
  return sortHeatMapRows(
    rows.map((row) => ({
      sector: String(row.sector),
      firms: int(row.firms),
      cells: factorIds.map((factorId) => ({ factorId, n: int(row[`${factorId}_n`]), mean: num(row[`${factorId}_mean`]) })),
    })),
  );
}

function gapsFrom(rows: Row[], firmCount: number): GapFrequency[] {
  return rankGapFrequencies(
    rows.map((row) => ({ dimensionId: String(row.dimension_id), firms: int(row.firms), firstPriority: int(row.first_priority) })),
    firmCount,
  );
}

function progressFrom(row: Row): ProgressSummary {
  const firms = int(row.firms);
  return {
    firms,
    meanFirstIndex: num(row.first_mean),
    meanLatestIndex: num(row.latest_mean),
    meanIndexChange: num(row.change_mean),
    improvedShare: firms === 0 ? null : int(row.improved) / firms,
    factors: factorIds.map((factorId) => ({ factorId, n: int(row[`${factorId}_n`]), meanChange: num(row[`${factorId}_change`]) })),
  };
}
