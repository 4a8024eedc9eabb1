import { z } from "zod";

/** The outbox's query: the page; anything else is ignored, and a bad page number reads as the first. */
export const OutboxQuerySchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1) });
