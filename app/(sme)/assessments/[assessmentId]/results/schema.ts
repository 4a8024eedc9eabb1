import { z } from "zod";

/**
 * The results page's query: ?revision=N picks a past submission (absent: the current one), and
 * ?sort=…&dir=… orders the dimension table. A malformed revision is a page that does not exist;
 * an unknown sort falls back to questionnaire order (see parseSortOrder).
 */
export const ResultsQuerySchema = z.object({
  revision: z
    .string()
    .regex(/^[1-9][0-9]{0,5}$/)
    .transform(Number)
    .optional(),
  sort: z.string().optional().catch(undefined),
  dir: z.string().optional().catch(undefined),
});
export type ResultsQuery = z.infer<typeof ResultsQuerySchema>;
