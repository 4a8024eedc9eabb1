import "server-only";
import { and, count, countDistinct, eq, inArray, isNotNull, ne, sql } from "drizzle-orm";
import type { CohortFilter } from "@/lib/cohort/cohort-filter";
import { emptyStatusCounts, sortPlanDemand, type PlanDemand, type PlanDemandRow } from "@/lib/cohort/plan-demand";
import { getDb } from "../client";
import { assessments, firms, planActions, programmeEnrolments } from "../schema";
import { cohortFilterConditions } from "./cohort-filter-sql";

// The programme's demand view aggregated in the database (lib/cohort/plan-demand.ts defines the
// figures; the integration test compares both). The caller passed requireProgrammeAccess.

/**
 * The cohort's firms: enrolled firms with an assessment of the programme submitted at least once
 * that matches the filter, as the cohort analytics count them.
 */
function cohortFirmIds(programmeId: string, filter: CohortFilter) {
  return getDb()
    .selectDistinct({ firmId: assessments.firmId })
    .from(assessments)
    .innerJoin(programmeEnrolments, and(eq(programmeEnrolments.programmeId, assessments.programmeId), eq(programmeEnrolments.firmId, assessments.firmId)))
    .innerJoin(firms, eq(firms.id, assessments.firmId))
    .where(and(eq(assessments.programmeId, programmeId), isNotNull(assessments.lastSubmittedAt), cohortFilterConditions(filter)));
}

/** How many firms plan work on each dimension, the most planned instruments, actions by status and planned cost. */
export async function getPlanDemand(programmeId: string, filter: CohortFilter): Promise<PlanDemand> {
  const ofCohort = inArray(planActions.firmId, cohortFirmIds(programmeId, filter));
  const live = and(ofCohort, ne(planActions.status, "dropped"));
  const db = getDb();
  const [[planned], dimensions, instruments, statuses, costs] = await Promise.all([
    db.select({ firms: countDistinct(planActions.firmId) }).from(planActions).where(live),
    db
      .select({ dimensionId: planActions.dimensionId, firms: countDistinct(planActions.firmId), actions: count() })
      .from(planActions)
      .where(live)
      .groupBy(planActions.dimensionId),
    db
      .select({ instrumentId: sql<string>`${planActions.instrumentId}`, firms: countDistinct(planActions.firmId), actions: count() })
      .from(planActions)
      .where(and(live, isNotNull(planActions.instrumentId)))
      .groupBy(planActions.instrumentId),
    db.select({ status: planActions.status, actions: count() }).from(planActions).where(ofCohort).groupBy(planActions.status),
    db
      .select({
        instrumentId: planActions.instrumentId,
        currency: sql<string>`${planActions.currency}`,
        // A sum of integers is a bigint, which the drivers hand over as text.
        total: sql<number>`sum(${planActions.estimatedCost})`.mapWith(Number),
        actions: count(),
      })
      .from(planActions)
      .where(and(live, isNotNull(planActions.estimatedCost), isNotNull(planActions.currency)))
      .groupBy(planActions.instrumentId, planActions.currency),
  ]);
  const statusCounts = emptyStatusCounts();
  for (const row of statuses) statusCounts[row.status] = row.actions;
  return sortPlanDemand({ firmsWithPlan: planned?.firms ?? 0, dimensions, instruments, statuses: statusCounts, costs });
}

/** The cohort's plan actions as plain rows, for the pure reference (tests and benchmarks). */
export async function listPlanDemandRows(programmeId: string, filter: CohortFilter): Promise<PlanDemandRow[]> {
  return getDb()
    .select({
      firmId: planActions.firmId,
      dimensionId: planActions.dimensionId,
      instrumentId: planActions.instrumentId,
      status: planActions.status,
      estimatedCost: planActions.estimatedCost,
      currency: planActions.currency,
    })
    .from(planActions)
    .where(inArray(planActions.firmId, cohortFirmIds(programmeId, filter)));
}
