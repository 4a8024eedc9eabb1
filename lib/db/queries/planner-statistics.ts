import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";

/**
 * Refreshes the planner's statistics for every table. PostgreSQL's autovacuum does this on its
 * own; PGlite has no autovacuum, so without it an embedded database keeps the row counts of the
 * day it was created and plans large programmes' queries as if they were empty.
 */
export async function refreshPlannerStatistics(db: Database): Promise<void> {
  await db.execute(sql`analyze`);
}
