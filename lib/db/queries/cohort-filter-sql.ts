import "server-only";
import { and, between, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { employeeRangeOf, type CohortFilter } from "@/lib/cohort/cohort-filter";
import { assessments, firms } from "../schema";

/**
 * The SQL conditions of a cohort filter over `assessments` joined to `firms`. The date range is
 * on the latest submission, inclusive of both days (to is compared with the next day's midnight UTC).
 */
export function cohortFilterConditions(filter: CohortFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filter.sector) conditions.push(eq(firms.sector, filter.sector));
  if (filter.size) {
    const { min, max } = employeeRangeOf(filter.size);
    conditions.push(max === null ? gte(firms.employees, min) : between(firms.employees, min, max));
  }
  if (filter.from) conditions.push(gte(assessments.lastSubmittedAt, sql`${filter.from}::date`));
  if (filter.to) conditions.push(lt(assessments.lastSubmittedAt, sql`${filter.to}::date + 1`));
  return and(...conditions);
}
