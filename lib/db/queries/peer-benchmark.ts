import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { percentileFromCounts } from "@/lib/cohort/peer-percentile";
import { getDb } from "../client";

// The peer benchmark on an SME's results page (definition in lib/cohort/peer-percentile.ts and
// docs/cohort-analytics.md): the assessment's latest submitted readiness index against the latest
// submitted assessment of every other firm of the same sector enrolled in the same programme.
// Self-assessed indexes on both sides, as stored at submission.

export type PeerBenchmark = {
  /** The assessment's latest submitted readiness index. */
  readinessIndex: number;
  sector: string;
  programmeName: string;
  /** Other firms of the sector in the programme with a submitted assessment (the firm itself not counted). */
  peers: number;
  /** Of those, firms with a lower index, and with exactly the same index. */
  lower: number;
  tied: number;
  /** Mid-rank percentile, 0–100; null without peers. */
  percentile: number | null;
};

/** The statement behind getPeerPercentile; exported so the benchmark can time and EXPLAIN it. */
export function peerBenchmarkStatement(assessmentId: string): SQL {
  return sql`
    with target as (
      select a.firm_id, a.programme_id, f.sector, p.name as programme_name, r.readiness_index
      from assessments a
      join firms f on f.id = a.firm_id
      join programmes p on p.id = a.programme_id
      join assessment_revisions r on r.assessment_id = a.id and r.number = a.latest_submitted_revision
      where a.id = ${assessmentId}
    ), peers as (
      select distinct on (a.firm_id) a.firm_id, r.readiness_index
      from target t
      join programme_enrolments e on e.programme_id = t.programme_id and e.firm_id <> t.firm_id
      join firms f on f.id = e.firm_id and f.sector = t.sector
      join assessments a on a.firm_id = e.firm_id and a.programme_id = t.programme_id
        and a.last_submitted_at is not null and a.latest_submitted_revision is not null
      join assessment_revisions r on r.assessment_id = a.id and r.number = a.latest_submitted_revision
      order by a.firm_id, a.created_at desc, a.id desc
    )
    select t.readiness_index, t.sector, t.programme_name,
      count(p.firm_id)::int as peers,
      count(*) filter (where p.readiness_index < t.readiness_index)::int as lower,
      count(*) filter (where p.readiness_index = t.readiness_index)::int as tied
    from target t
    left join peers p on true
    group by t.readiness_index, t.sector, t.programme_name`;
}

/**
 * Where a submitted assessment stands among its sector peers in its programme; null when it is in
 * no programme or has no submission. The caller decides whether enough peers exist to show it
 * (hasEnoughPeers) and must have passed requireAssessmentAccess for the assessment.
 */
export async function getPeerPercentile(assessmentId: string): Promise<PeerBenchmark | null> {
  const { rows } = await getDb().execute<Record<string, unknown>>(peerBenchmarkStatement(assessmentId));
  const row = rows[0];
  if (!row || row.readiness_index === null) return null;
  const counts = { peers: Number(row.peers), lower: Number(row.lower), tied: Number(row.tied) };
  return {
    readinessIndex: Number(row.readiness_index),
    sector: String(row.sector),
    programmeName: String(row.programme_name),
    ...counts,
    percentile: percentileFromCounts(counts),
  };
}
