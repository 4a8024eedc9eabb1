import { requireAssessmentAccess } from "@/lib/auth/guards";
import { rejectCrossSite } from "@/lib/auth/same-origin";
import { editableStatuses } from "@/lib/assessments/lifecycle";
import { getCurrentRevision, saveDraftAnswers } from "@/lib/db/queries/assessments";
import { invalidBodyResponse } from "@/lib/api/field-errors";
import { readJsonRequest } from "@/lib/api/read-json-request";
import { createTranslator } from "@/lib/i18n";
import { getLocale } from "@/lib/i18n/server";
import { listPatchFields } from "@/lib/questionnaire/answer-fields";
import type { AnswerPatch } from "@/lib/questionnaire/answer-set";
import { decideDraftSave } from "@/lib/questionnaire/draft-save";
import { describeConflictAuthors } from "@/lib/server/assessments/conflict-authors";
import { describeProblem } from "@/lib/questionnaire/problem-message";
import { getPublishedQuestionnaire, type PublishedQuestionnaire } from "@/lib/questionnaire/published";
import { textForLocale } from "@/lib/questionnaire/text-for-locale";
import type { AnswerProblem } from "@/lib/questionnaire/validate-answer-set";
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
  const { user, assessment } = await requireAssessmentAccess(assessmentId, "edit");

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
  if (decision.kind === "stale") return staleResponse(revision.id, revision.version, revision.answers, parsed.data.patch);
  if (decision.kind === "invalid") {
    const problems = await describeRefused(decision.problems, questionnaire);
    return Response.json({ error: "invalid_answers", message: "Some answers are not valid.", problems }, { status: 422 });
  }
  const version = await saveDraftAnswers(revision.id, revision, decision.answers, { userId: user.id, source: "autosave" });
  if (version === null) {
    const latest = await getCurrentRevision(assessment.id);
    return staleResponse(revision.id, latest?.version ?? revision.version, latest?.answers ?? revision.answers, parsed.data.patch);
  }
  return Response.json({ version, savedAt: new Date().toISOString(), refused: await describeRefused(decision.rejected, questionnaire) });
}
