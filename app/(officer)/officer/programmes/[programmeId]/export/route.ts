import { requireProgrammeAccess } from "@/lib/auth/guards";
import { answerCohortCsv } from "./handler";

type Context = { params: Promise<{ programmeId: string }> };

/** GET /officer/programmes/:id/export — the filtered cohort as a CSV download; the programme's officers and admins. */
export async function GET(request: Request, context: Context): Promise<Response> {
  const { programmeId } = await context.params;
  const access = await requireProgrammeAccess(programmeId);
  return answerCohortCsv(request, access);
}
