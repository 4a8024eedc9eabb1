import { requireProgrammeAccess } from "@/lib/auth/guards";
import { rejectCrossSite } from "@/lib/auth/same-origin";
import { getLocale } from "@/lib/i18n/server";
import { answerCohortCsv } from "./handler";

type Context = { params: Promise<{ programmeId: string }> };

/**
 * GET /officer/programmes/:id/export — the filtered cohort as a CSV download; the programme's officers
 * and admins. Each download is audited ("cohort.exported"), so a request started from another site
 * is refused before anything is read or written, as for the firm export.
 */
export async function GET(request: Request, context: Context): Promise<Response> {
  const rejection = rejectCrossSite(request);
  if (rejection) return rejection;
  const { programmeId } = await context.params;
  const access = await requireProgrammeAccess(programmeId);
  return answerCohortCsv(request, access, new Date(), await getLocale());
}
