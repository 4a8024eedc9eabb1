import { notFound } from "next/navigation";
import { buildFirmExport, firmExportFilename } from "@/lib/accounts/firm-export";
import { requireFirmManager } from "@/lib/auth/guards";
import { rejectCrossSite } from "@/lib/auth/same-origin";
import { exportFirmData } from "@/lib/db/queries/account-lifecycle";

type Context = { params: Promise<{ firmId: string }> };

/**
 * GET /api/firms/:firmId/export — everything the service holds about the firm, as a JSON download;
 * the firm's own managers only (a contributor gets 403). Officers and admins get 403: an officer sees a firm only
 * through their programme, and the full record (assessments outside any programme, every
 * manager's notifications) is the firm's own to take. Another firm's id answers 404. Each
 * download is audited ("firm.data-exported"), so a request started from another site is refused.
 */
export async function GET(request: Request, context: Context): Promise<Response> {
  const rejection = rejectCrossSite(request);
  if (rejection) return rejection;
  const { firmId } = await context.params;
  const { user, firm } = await requireFirmManager(firmId, "download-data");
  const exportedAt = new Date();
  const rows = await exportFirmData(user, firm.id);
  if (!rows) notFound();
  return new Response(`${JSON.stringify(buildFirmExport(rows, exportedAt), null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${firmExportFilename(firm.name, exportedAt)}"`,
      // Personal data: never kept by a browser or a shared cache.
      "Cache-Control": "no-store",
    },
  });
}
