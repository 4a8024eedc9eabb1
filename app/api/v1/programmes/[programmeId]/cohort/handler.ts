import "server-only";
import type { CohortFilter } from "@/lib/cohort/cohort-filter";
import { invalidQueryResponse } from "@/lib/api/field-errors";
import { answerUnexpectedErrors } from "@/lib/api/responses";
import { recordCohortExport, streamCohortExport } from "@/lib/db/queries/cohort-export";
import { getPlanDemand } from "@/lib/db/queries/cohort-plan-demand";
import type { ProgrammeSummary } from "@/lib/db/queries/programmes";
import { countReviewQueue } from "@/lib/db/queries/review-queue";
import type { UserRole } from "@/lib/db/schema";
import { cohortJsonChunks } from "@/lib/export/cohort-documents";
import { streamText } from "@/lib/export/text-stream";
import type { QueueSelection } from "@/lib/queue/queue-params";
import { cohortQueryParameters, CohortQuerySchema, type CohortExportResponse } from "./schema";

export type ProgrammeAccess = { user: { id: string; role: UserRole }; programme: ProgrammeSummary };

/**
 * Answers GET /api/v1/programmes/:id/cohort for a caller the programme guard let through: the
 * selection of the query string, audit-logged with its row count, then the rows streamed as one
 * JSON document (see CohortExportResponseSchema).
 */
export async function answerCohortRequest(request: Request, { user, programme }: ProgrammeAccess, now = new Date()): Promise<Response> {
  return answerUnexpectedErrors(request, async () => {
    const url = new URL(request.url);
    // Unknown parameters are ignored; a repeated one counts once (its first value); an empty one is
    // absent, as in the review queue's own URLs (its form sends every field, filled or not).
    const parsed = CohortQuerySchema.safeParse(Object.fromEntries(cohortQueryParameters.map((name) => [name, url.searchParams.get(name) || undefined])));
    if (!parsed.success) return invalidQueryResponse(parsed.error);
    const { status, band, q, sector, size, from, to } = parsed.data;
    // Absent filters stay absent (not `undefined` keys), so the echo lists only what was applied.
    const cohortFilter: CohortFilter = { ...(sector ? { sector } : {}), ...(size ? { size } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) };
    const selection: QueueSelection = { status, band, q, filter: cohortFilter };

    const rowCount = await countReviewQueue(programme.id, selection);
    await recordCohortExport({ actor: user, programmeId: programme.id, format: "json", selection, rowCount });
    const head: Omit<CohortExportResponse, "rows"> = {
      programme: { id: programme.id, name: programme.name },
      filter: { status, ...(band ? { band } : {}), ...(q ? { q } : {}), ...cohortFilter },
      exportedAt: now.toISOString(),
      // The analytics page's demand view: over the cohort filter (the queue's status, band and name select rows only).
      planDemand: await getPlanDemand(programme.id, cohortFilter),
    };
    return new Response(streamText(cohortJsonChunks(head, streamCohortExport(programme.id, selection))), {
      headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
    });
  });
}
