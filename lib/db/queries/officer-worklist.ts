import "server-only";
import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import type { QueueStatus } from "@/lib/queue/queue-params";
import { getDb } from "../client";
import { assessments, programmeEnrolments, programmeOfficers, programmes } from "../schema";

// The officer home's one question: for each programme this officer runs, how many submitted
// assessments are in each status and since when the oldest one needing action (submitted or in
// review) has waited. One grouped query over the programme's assessments, served by the index on
// (programme_id, status, last_submitted_at); drafts never count (nothing to review yet).

export type OfficerWorklistProgramme = {
  id: string;
  name: string;
  country: string;
  opensOn: string | null;
  closesOn: string | null;
  firmCount: number;
  /** Submitted assessments per status (latest status), zero included. */
  counts: Record<QueueStatus, number>;
  /** When the longest-waiting submitted or in-review assessment was submitted; null when none waits. */
  oldestWaitingSince: Date | null;
};

const countWhere = (status: QueueStatus) => sql<number>`cast(count(${assessments.id}) filter (where ${assessments.status} = ${status}) as int)`;

/** The officer's programmes (by name) with their queue counts; only programmes the officer is assigned to. */
export async function getOfficerWorklist(officerId: string): Promise<OfficerWorklistProgramme[]> {
  const rows = await getDb()
    .select({
      id: programmes.id,
      name: programmes.name,
      country: programmes.country,
      opensOn: programmes.opensOn,
      closesOn: programmes.closesOn,
      firmCount: sql<number>`(select cast(count(*) as int) from ${programmeEnrolments} where ${programmeEnrolments.programmeId} = ${programmes.id})`,
      submitted: countWhere("submitted"),
      inReview: countWhere("in_review"),
      returned: countWhere("returned"),
      approved: countWhere("approved"),
      oldestWaitingSince: sql<Date | null>`min(${assessments.lastSubmittedAt}) filter (where ${assessments.status} in ('submitted', 'in_review'))`.mapWith(
        assessments.lastSubmittedAt,
      ),
    })
    .from(programmes)
    .innerJoin(programmeOfficers, and(eq(programmeOfficers.programmeId, programmes.id), eq(programmeOfficers.userId, officerId)))
    .leftJoin(assessments, and(eq(assessments.programmeId, programmes.id), isNotNull(assessments.lastSubmittedAt)))
    .groupBy(programmes.id)
    .orderBy(asc(programmes.name), asc(programmes.id));
  return rows.map(({ submitted, inReview, returned, approved, ...programme }) => ({
    ...programme,
    counts: { submitted, in_review: inReview, returned, approved },
  }));
}
