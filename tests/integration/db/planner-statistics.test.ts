// The planner's statistics: refreshed on demand, because the embedded database (PGlite) has no
// autovacuum and would otherwise plan with the row counts of the day it was created.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { refreshPlannerStatistics } from "@/lib/db/queries/planner-statistics";
import { seedFixtures } from "../support/fixtures";

async function lastAnalyzed(table: string): Promise<string | null> {
  const result = await getDb().execute<{ last: string | null }>(
    sql`select coalesce(last_analyze, last_autoanalyze)::text as last from pg_stat_user_tables where relname = ${table}`,
  );
  return result.rows[0]?.last ?? null;
}

beforeAll(async () => {
  await seedFixtures();
});

describe("refreshPlannerStatistics", () => {
  it("analyzes every table, including programme enrolments", async () => {
    await refreshPlannerStatistics(getDb());
    for (const table of ["firms", "assessments", "assessment_revisions", "programme_enrolments", "users"]) {
      expect(await lastAnalyzed(table), table).not.toBeNull();
    }
    const enrolments = await getDb().execute<{ planned: number; actual: number }>(
      sql`select (select reltuples from pg_class where relname = 'programme_enrolments')::int as planned, (select count(*) from programme_enrolments)::int as actual`,
    );
    const [counts] = enrolments.rows;
    expect(counts?.planned).toBe(counts?.actual);
  });
});
