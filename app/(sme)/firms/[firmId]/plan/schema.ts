import { z } from "zod";
import { dimensionIds, type DimensionId } from "@/lib/questionnaire/taxonomy";

/** The plan page's query: a dimension to open (from the results' "Add to plan"), a notice after a change. */
export const PlanQuerySchema = z.object({
  dimension: z.enum(dimensionIds as [DimensionId, ...DimensionId[]]).optional().catch(undefined),
  done: z.enum(["added", "saved", "unchanged", "status", "removed"]).optional().catch(undefined),
});
