import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "../client";

/**
 * Mean score per dimension over the latest submitted revision of every assessment in a
 * programme made with one questionnaire version (scores as stored at submit, never recomputed).
 * The caller must have passed a guard that lets it see the programme's cohort figures.
 */
export async function getProgrammeDimensionAverages(
  programmeId: string,
  questionnaireVersionId: string,
): Promise<{ dimensionId: string; average: number; firms: number }[]> {
  const result = await getDb().execute<{ dimension_id: string; average: number; firms: number }>(sql`
    with latest as (
      select distinct on (r.assessment_id) r.scores
      from assessment_revisions r
      join assessments a on a.id = r.assessment_id
      where a.programme_id = ${programmeId}
        and r.questionnaire_version_id = ${questionnaireVersionId}
        and r.submitted_at is not null
        and r.scores is not null
      order by r.assessment_id, r.number desc
    )
    select d->>'dimensionId' as dimension_id, avg((d->>'score')::float8) as average, count(*)::int as firms
    from latest cross join lateral jsonb_array_elements(latest.scores->'result'->'dimensions') d
    group by 1
  `);
  return result.rows.map((row) => ({ dimensionId: row.dimension_id, average: Number(row.average), firms: row.firms }));
}
