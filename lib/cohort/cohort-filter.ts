import { z } from "zod";
import { firmSizeBandIds, firmSizeBands, isicDivisionCodes, type FirmSizeBand, type IsicDivision } from "@/lib/questionnaire/taxonomy";

// The filters the review queue, the cohort analytics and the exports share: parsed once from a
// query string, applied once in SQL (lib/db/queries/cohort-filter-sql.ts). Dates are inclusive
// calendar days of the latest submission.

const isoDay = z.iso.date();

export const CohortFilterSchema = z
  .strictObject({
    sector: z.enum(isicDivisionCodes as [IsicDivision, ...IsicDivision[]]).optional(),
    size: z.enum(firmSizeBandIds as [FirmSizeBand, ...FirmSizeBand[]]).optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "errors.dateRangeOrder" });
export type CohortFilter = z.infer<typeof CohortFilterSchema>;

/** Employee range of a size band, for a BETWEEN in SQL; the top band has no upper bound. */
export function employeeRangeOf(size: FirmSizeBand): { min: number; max: number | null } {
  const band = firmSizeBands.find((b) => b.id === size)!;
  return { min: band.minEmployees, max: Number.isFinite(band.maxEmployees) ? band.maxEmployees : null };
}

type QueryValue = string | string[] | undefined;

/** The first value of a query-string parameter, with empty strings treated as absent (an empty select). */
export function firstQueryValue(value: QueryValue): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first === "" ? undefined : first;
}

/**
 * Reads the cohort filter from page search params. An invalid value is reported, not guessed:
 * the page shows the error and the unfiltered cohort.
 */
export function parseCohortFilter(params: Record<string, QueryValue>): { filter: CohortFilter; error: string | null } {
  const parsed = CohortFilterSchema.safeParse({
    sector: firstQueryValue(params.sector),
    size: firstQueryValue(params.size),
    from: firstQueryValue(params.from),
    to: firstQueryValue(params.to),
  });
  if (parsed.success) return { filter: parsed.data, error: null };
  return { filter: {}, error: parsed.error.issues[0]?.message.startsWith("errors.") ? parsed.error.issues[0].message : "errors.filterInvalid" };
}

/** The filter as query-string pairs, for links that keep it (pagination, exports). */
export function cohortFilterToQuery(filter: CohortFilter): Record<string, string> {
  return Object.fromEntries(Object.entries(filter).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}
