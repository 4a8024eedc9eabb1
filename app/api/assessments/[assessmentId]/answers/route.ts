import { requireAssessmentAccess } from "@/lib/auth/guards";
import { rejectCrossSite } from "@/lib/auth/same-origin";
import { editableStatuses, getCurrentRevision, saveDraftAnswers } from "@/lib/db/queries/assessments";
import { invalidBodyResponse } from "@/lib/api/field-errors";
import { readJsonRequest } from "@/lib/api/read-json-request";
import { decideDraftSave } from "@/lib/questionnaire/draft-save";
import { getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { DraftSaveRequestSchema } from "./schema";

type Context = { params: Promise<{ assessmentId: string }> };

const staleResponse = (version: number, answers: unknown) =>
  Response.json({ error: "stale", message: "These answers were changed elsewhere since you loaded them.", version, answers }, { status: 409 });

/** PUT /api/assessments/:id/answers — autosave a patch onto the draft; the firm's own SME manager, same-origin only. */
export async function PUT(request: Request, context: Context) {
  const rejection = rejectCrossSite(request);
  if (rejection) return rejection;
  const { assessmentId } = await context.params;
  const { assessment } = await requireAssessmentAccess(assessmentId, "edit");

  const body = await readJsonRequest(request, 64 * 1024);
  if (!body.ok) return body.response;
  const parsed = DraftSaveRequestSchema.safeParse(body.value);
  if (!parsed.success) return invalidBodyResponse(parsed.error);

  const revision = await getCurrentRevision(assessment.id);
  if (!revision || revision.submittedAt || !editableStatuses.includes(assessment.status)) {
    return Response.json({ error: "not_editable", message: "This assessment has been submitted and can no longer be changed." }, { status: 409 });
  }
  const questionnaire = getPublishedQuestionnaire(revision.questionnaireVersionId);
  if (!questionnaire) throw new Error(`questionnaire ${revision.questionnaireVersionId} is not shipped`);

  const decision = decideDraftSave(questionnaire.structure, revision, parsed.data.baseVersion, parsed.data.patch);
  if (decision.kind === "stale") return staleResponse(revision.version, revision.answers);
  if (decision.kind === "invalid") {
    return Response.json({ error: "invalid_answers", message: "Some answers are not valid.", problems: decision.problems }, { status: 422 });
  }
  const version = await saveDraftAnswers(revision.id, parsed.data.baseVersion, decision.answers);
  if (version === null) {
    const latest = await getCurrentRevision(assessment.id);
    return staleResponse(latest?.version ?? revision.version, latest?.answers ?? revision.answers);
  }
  return Response.json({ version, savedAt: new Date().toISOString() });
}
