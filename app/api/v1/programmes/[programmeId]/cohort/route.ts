import { requireProgrammeAccess } from "@/lib/auth/guards";
import { rejectCrossSite } from "@/lib/auth/same-origin";
import { answerCohortRequest } from "./handler";

type Context = { params: Promise<{ programmeId: string }> };

/**
 * GET /api/v1/programmes/:id/cohort — the filtered cohort as JSON; the programme's officers and
 * admins, by session cookie (401 anonymous, 403 SME, 404 outside the caller's programmes).
 * The guard runs outside the handler's error wrapper, so its 401/403/404 are not turned into a 500.
 * Each export is audited ("cohort.exported"), so a request started from another site is refused
 * first, as for the firm export: another site must not make an officer's browser export the cohort.
 */
export async function GET(request: Request, context: Context): Promise<Response> {
  const rejection = rejectCrossSite(request);
  if (rejection) return rejection;
  const { programmeId } = await context.params;
  const access = await requireProgrammeAccess(programmeId);
  return answerCohortRequest(request, access);
}

/**
 * OPTIONS /api/v1/programmes/:id/cohort — answers with the allowed methods and no CORS grant:
 * this endpoint reads a session, so it serves same-origin callers only.
 */
export function OPTIONS(): Response {
  return new Response(null, { status: 204, headers: { Allow: "GET, OPTIONS" } });
}
