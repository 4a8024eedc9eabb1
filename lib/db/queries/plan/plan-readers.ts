import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import { getDb } from "../../client";
import { assessments, firms, programmeOfficers } from "../../schema";
import type { FirmSummary } from "../firms";

const firmColumns = { id: firms.id, name: firms.name, country: firms.country, sector: firms.sector, employees: firms.employees };

/**
 * A firm whose plan an officer may read: one that submitted an assessment to a programme the
 * officer is assigned to (enrolment alone is not enough: the plan follows the results reviewed).
 */
export async function getFirmForPlanOfficer(officerId: string, firmId: string): Promise<FirmSummary | null> {
  const [row] = await getDb()
    .select(firmColumns)
    .from(firms)
    .innerJoin(assessments, and(eq(assessments.firmId, firms.id), isNotNull(assessments.latestSubmittedRevision)))
    .innerJoin(programmeOfficers, eq(programmeOfficers.programmeId, assessments.programmeId))
    .where(and(eq(programmeOfficers.userId, officerId), eq(firms.id, firmId)))
    .limit(1);
  return row ?? null;
}

