import "server-only";
import { sql } from "drizzle-orm";
import { dimensionIds } from "@/lib/questionnaire/taxonomy";
import { getDb } from "../client";

/**
 * Mean score per dimension over the latest submitted revision of every assessment in a
 * programme made with one questionnaire version (scores as stored at submit, never recomputed:
 * the compact dimension_scores copy, read in one pass with jsonb_to_record, one column per
 * dimension of the taxonomy). Dimensions nobody scored are left out.
 * The caller must have passed a guard that lets it see the programme's cohort figures.
 */
export async function getProgrammeDimensionAverages(
  programmeId: string,
  questionnaireVersionId: string,
): Promise<{ dimensionId: string; average: number; firms: number }[]> {
  const columns = sql.join(
    dimensionIds.map((id) => sql`${sql.identifier(id)} float8`),
    sql`, `,
  );
  const figures = sql.join(
    dimensionIds.map((id, i) => sql`avg(s.${sql.identifier(id)}) as ${sql.raw(`a${i}`)}, count(s.${sql.identifier(id)})::int as ${sql.raw(`n${i}`)}`),
    sql`, `,
  );
  const result = await getDb().execute<Record<string, unknown>>(sql`
    select ${figures}
    from assessments a
    join assessment_revisions r on r.assessment_id = a.id and r.number = a.latest_submitted_revision
    cross join lateral jsonb_to_record(r.dimension_scores) as s(${columns})
    where a.programme_id = ${programmeId}
      and a.last_submitted_at is not null
      and r.questionnaire_version_id = ${questionnaireVersionId}
  `);
  const row = result.rows[0] ?? {};
  return dimensionIds.flatMap((dimensionId, i) => {
    const firms = Number(row[`n${i}`] ?? 0);
    return firms === 0 ? [] : [{ dimensionId, average: Number(row[`a${i}`]), firms }];
  });
}
