import "server-only";
import { countReviewQueue } from "@/lib/db/queries/review-queue";
import { recordCohortExport, streamCohortExport } from "@/lib/db/queries/cohort-export";
import type { ProgrammeSummary } from "@/lib/db/queries/programmes";
import type { CohortCsvLabels } from "@/lib/export/cohort-columns";
import { cohortCsvChunks } from "@/lib/export/cohort-documents";
import { createTranslator, type Locale, type MessageKey } from "@/lib/i18n";
import { attachmentDisposition, cohortExportFilename } from "@/lib/export/export-filename";
import { streamText } from "@/lib/export/text-stream";
import { parseQueueParams, searchParamsRecord } from "@/lib/queue/queue-params";
import type { UserRole } from "@/lib/db/schema";

export type ProgrammeAccess = { user: { id: string; role: UserRole }; programme: ProgrammeSummary };

/**
 * Answers the CSV download of a programme's cohort for a caller the programme guard let through:
 * the selection of the query string (as the review queue reads it; sort and page are ignored),
 * audit-logged with its row count before the rows stream out.
 */
export async function answerCohortCsv(request: Request, { user, programme }: ProgrammeAccess, now = new Date(), locale: Locale = "en"): Promise<Response> {
  const { params: selection, errors } = parseQueueParams(searchParamsRecord(new URL(request.url).searchParams));
  if (errors.length > 0) {
    // Only a hand-edited link gets here: the queue page builds export links from parsed filters.
    return new Response("The export filters are not valid. Open the review queue, choose the filters again and use its Export CSV link.\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  // Counted just before the rows are read: the log says what was asked for even if the download is cut short.
  const rowCount = await countReviewQueue(programme.id, selection);
  await recordCohortExport({ actor: user, programmeId: programme.id, format: "csv", selection, rowCount });
  const body = streamText(cohortCsvChunks(streamCohortExport(programme.id, selection), csvLabels(locale)));
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": attachmentDisposition(cohortExportFilename(programme.name, now, "csv", selection)),
      // Personal data of firms: never kept by a browser or a shared cache.
      "Cache-Control": "no-store",
    },
  });
}

/** Country, sector, size and band names in the officer's language, beside their codes in the CSV. */
function csvLabels(locale: Locale): CohortCsvLabels {
  const t = createTranslator(locale);
  // An unknown code keeps the code as its label rather than printing a message key.
  const label = (key: string, code: string) => {
    const text = t(key as MessageKey);
    return text === key ? code : text;
  };
  return {
    country: (code) => label(`countries.${code}`, code),
    sector: (code) => label(`sectors.${code}`, code),
    size: (band) => label(`review.sizes.${band}`, band),
    band: (band) => label(`bands.${band}.name`, band),
  };
}
