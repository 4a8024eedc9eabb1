import { notFound } from "next/navigation";
import { attachmentDisposition } from "@/lib/export/export-filename";
import { requireAssessmentAccess } from "@/lib/auth/guards";
import { getLocale } from "@/lib/i18n/server";
import { buildRevisionReport } from "./handler";
import { ReportParamsSchema, ReportQuerySchema } from "./schema";

// react-pdf lays out with Node APIs (zlib, Buffer).
export const runtime = "nodejs";

type Context = { params: Promise<{ assessmentId: string; revisionNumber: string }> };

/**
 * GET /assessments/:id/revisions/:n/report[?lang=en|ms] — the PDF report of submitted revision n,
 * in the reader's language; the firm's managers, its programme's officers, admins. Anyone else,
 * and a draft or unknown revision, gets 404.
 */
export async function GET(request: Request, context: Context): Promise<Response> {
  const params = ReportParamsSchema.safeParse(await context.params);
  if (!params.success) notFound();
  const query = ReportQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { user, assessment } = await requireAssessmentAccess(params.data.assessmentId);
  const locale = query.lang ?? (await getLocale());

  const report = await buildRevisionReport(assessment.id, params.data.revisionNumber, locale, { viewer: user.role });
  if (!report) notFound();
  return new Response(new Uint8Array(report.pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": attachmentDisposition(report.filename),
      "Content-Length": String(report.pdf.length),
      // A firm's scores: never kept by a shared cache, nor reused by the browser after sign-out.
      "Cache-Control": "private, no-store",
    },
  });
}
