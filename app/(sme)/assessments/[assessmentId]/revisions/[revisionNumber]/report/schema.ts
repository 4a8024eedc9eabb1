import { z } from "zod";
import { locales, type Locale } from "@/lib/i18n";

/** The path: the assessment (its guard checks it further) and the revision number, as on the results page (?revision=N): 1 to 999999. */
export const ReportParamsSchema = z.object({
  assessmentId: z.guid(),
  revisionNumber: z
    .string()
    .regex(/^[1-9][0-9]{0,5}$/)
    .transform(Number),
});

/** ?lang=en|ms prints the report in another product language than the reader's current one; anything else is ignored. */
export const ReportQuerySchema = z.object({
  lang: z.enum(locales as [Locale, ...Locale[]]).optional().catch(undefined),
});
