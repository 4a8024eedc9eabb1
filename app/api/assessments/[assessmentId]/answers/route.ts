import { after } from "next/server";
import { requireAssessmentAccess } from "@/lib/auth/guards";
import { rejectCrossSite } from "@/lib/auth/same-origin";
import { editableStatuses } from "@/lib/assessments/lifecycle";
import { getCurrentRevision, saveDraftAnswers } from "@/lib/db/queries/assessments";
import { invalidBodyResponse } from "@/lib/api/field-errors";
import { readJsonRequest } from "@/lib/api/read-json-request";
import { createTranslator } from "@/lib/i18n";
import { getLocale } from "@/lib/i18n/server";
import type { AnswerPatch } from "@/lib/questionnaire/answer-set";
import { decideDraftSave } from "@/lib/questionnaire/draft-save";
import { describeConflictAuthors } from "@/lib/server/assessments/conflict-authors";
import { describeProblem } from "@/lib/questionnaire/problem-message";
import { getPublishedQuestionnaire, type PublishedQuestionnaire } from "@/lib/questionnaire/published";
import { textForLocale } from "@/lib/questionnaire/text-for-locale";
import type { AnswerProblem } from "@/lib/questionnaire/validate-answer-set";
import { deliverPendingEmails } from "@/lib/mail/deliver";
import { listPatchFields } from "@/lib/questionnaire/answer-fields";
import { omitPatchFields } from "@/lib/questionnaire/conflicts";
import { announceIfAllAnswered, refuseUnassignedSave } from "@/lib/server/assessments/section-assignments";
import { refuseRatedApartFields } from "@/lib/server/rating/rated-apart";
import { DraftSaveRequestSchema } from "./schema";

type Context = { params: Promise<{ assessmentId: string }> };

/** 409 with the newer answers, and who last changed each field of the patch (for the conflict panel). */
const staleResponse = async (revisionId: string, version: number, answers: unknown, patch: AnswerPatch) =>
  Response.json(
    { error: "stale", message: "These answers were changed elsewhere since you loaded them.", version, answers, changedBy: await describeConflictAuthors(revisionId, listPatchFields(patch)) },
    { status: 409 },
  );

/** Each refused field with the rule it broke, in the reader's language, for the island to show at the field. */
async function describeRefused(problems: readonly AnswerProblem[], questionnaire: PublishedQuestionnaire) {
  const locale = await getLocale();
  const t = createTranslator(locale);
  const text = textForLocale(questionnaire.texts, locale, questionnaire.structure.defaultLocale);
  return problems.map((problem) => {
    const { key, values } = describeProblem(problem, questionnaire.structure, text);
    return { ...problem, message: t(`assessment.problems.${key}`, values) };
  });
}

/**
 * PUT /api/assessments/:id/answers — autosave a patch onto the draft; the firm's own SME manager,
 * same-origin only. Fields that break a rule are left out and listed in `refused`; the rest is
 * saved (422 only when nothing in the patch could be saved).
 */
export async function PUT(request: Request, context: Context) {
  const rejection = rejectCrossSite(request);
  if (rejection) return rejection;
  const { assessmentId } = await context.params;
  const { user, assessment, memberRole } = await requireAssessmentAccess(assessmentId, "edit");

  const body = await readJsonRequest(request, 64 * 1024);
  if (!body.ok) return body.response;
  const parsed = DraftSaveRequestSchema.safeParse(body.value);
  if (!parsed.success) return invalidBodyResponse(parsed.error);
  const notAssigned = await refuseUnassignedSave(user, memberRole, assessment.id, { fields: listPatchFields(parsed.data.patch) });
  if (notAssigned) return Response.json({ error: "not_assigned", message: notAssigned.message, pages: notAssigned.pages }, { status: 403 });

  const revision = await getCurrentRevision(assessment.id);
  if (!revision || revision.submittedAt || !editableStatuses.includes(assessment.status)) {
    return Response.json({ error: "not_editable", message: "This assessment has been submitted and can no longer be changed." }, { status: 409 });
  }
  const questionnaire = getPublishedQuestionnaire(revision.questionnaireVersionId);
  if (!questionnaire) throw new Error(`questionnaire ${revision.questionnaireVersionId} is not shipped`);

  // Levels of a dimension being rated apart are the round's to set: refused like an invalid answer.
  const ratedApart = await refuseRatedApartFields(revision.id, questionnaire.structure, revision.answers, listPatchFields(parsed.data.patch));
  const patch = omitPatchFields(parsed.data.patch, ratedApart.map((p) => p.field));
  const decision = decideDraftSave(questionnaire.structure, revision, parsed.data.baseVersion, patch);
  if (decision.kind === "stale") return staleResponse(revision.id, revision.version, revision.answers, parsed.data.patch);
  if (ratedApart.length > 0 && (decision.kind === "invalid" || listPatchFields(patch).length === 0)) {
    const problems = await describeRefused([...ratedApart, ...(decision.kind === "invalid" ? decision.problems : [])], questionnaire);
    return Response.json({ error: "invalid_answers", message: "Some answers are not valid.", problems }, { status: 422 });
  }
  if (decision.kind === "invalid") {
    const problems = await describeRefused(decision.problems, questionnaire);
    return Response.json({ error: "invalid_answers", message: "Some answers are not valid.", problems }, { status: 422 });
  }
  const version = await saveDraftAnswers(revision.id, revision, decision.answers, { userId: user.id, source: "autosave" });
  if (version === null) {
    const latest = await getCurrentRevision(assessment.id);
    return staleResponse(revision.id, latest?.version ?? revision.version, latest?.answers ?? revision.answers, parsed.data.patch);
  }
  if (await announceIfAllAnswered(user, assessment.id)) after(deliverPendingEmails);
  return Response.json({ version, savedAt: new Date().toISOString(), refused: await describeRefused([...ratedApart, ...decision.rejected], questionnaire) });
}
