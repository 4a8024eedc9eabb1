"use server";

import { notFound, redirect } from "next/navigation";
import { requireAssessmentAccess } from "@/lib/auth/guards";
import { saveDraftAnswers } from "@/lib/db/queries/assessments";
import { answerSetFromFields } from "@/lib/questionnaire/answer-fields";
import { findConflicts, omitPatchFields } from "@/lib/questionnaire/conflicts";
import { decideDraftSave } from "@/lib/questionnaire/draft-save";
import { buildPatchFromForm, listPageFields } from "@/lib/questionnaire/page-fields";
import { listPages } from "@/lib/questionnaire/pages";
import { loadAssessment } from "../load-assessment";
import { PagePostSchema } from "./schema";

/**
 * Saves one questionnaire page posted as a plain form (works without JavaScript) and moves on.
 * The firm's own SME manager only. A stale post keeps what others saved for the fields both
 * changed, applies the rest, and says which fields to check.
 */
export async function savePageAction(formData: FormData): Promise<void> {
  const parsed = PagePostSchema.safeParse({
    assessmentId: formData.get("assessmentId"),
    pageId: formData.get("pageId"),
    baseVersion: formData.get("baseVersion"),
    intent: formData.get("intent") ?? undefined,
    baseAnswers: formData.get("baseAnswers") ?? "{}",
  });
  if (!parsed.success) notFound();
  const { assessmentId, pageId, baseVersion, intent } = parsed.data;
  const { assessment } = await requireAssessmentAccess(assessmentId, "edit");
  const { revision, questionnaire, editable } = await loadAssessment(assessment);
  const overview = `/assessments/${assessment.id}`;
  if (!editable) redirect(overview);

  const { structure } = questionnaire;
  const page = listPages(structure, revision.answers).find((p) => p.id === pageId);
  if (!page) notFound();
  const pageUrl = `${overview}/${page.id}`;

  const fields = listPageFields(structure, revision.answers, page);
  const { patch: requested, invalid } = buildPatchFromForm(fields, (field) => formData.getAll(field).map(String));
  if (invalid.length > 0) redirect(`${pageUrl}?invalid=${invalid.join(",")}#main`);

  let patch = requested;
  let conflicts: string[] = [];
  if (baseVersion !== revision.version) {
    conflicts = findConflicts(answerSetFromFields(parsed.data.baseAnswers), requested, revision.answers).map((c) => c.field);
    patch = omitPatchFields(requested, conflicts);
  }
  const decision = decideDraftSave(structure, revision, revision.version, patch);
  if (decision.kind === "invalid") redirect(`${pageUrl}?invalid=${decision.problems.map((p) => p.field).join(",")}#main`);
  if (decision.kind === "stale") redirect(pageUrl);
  const saved = await saveDraftAnswers(revision.id, revision.version, decision.answers);
  // Someone saved between our read and write: show the page again with their answers.
  if (saved === null) redirect(`${pageUrl}?conflicts=${fields.map((f) => f.field).join(",")}#main`);
  if (conflicts.length > 0) redirect(`${pageUrl}?conflicts=${conflicts.join(",")}#main`);

  if (intent === "overview") redirect(overview);
  if (intent === "stay") redirect(pageUrl);
  // Visibility can change with the answers just saved (e.g. the services module), so the order is recomputed.
  const pagesAfter = listPages(structure, decision.answers);
  const position = pagesAfter.findIndex((p) => p.id === page.id);
  const target = pagesAfter[intent === "next" ? position + 1 : position - 1];
  if (intent === "next" && !target) redirect(`${overview}/check`);
  redirect(target ? `${overview}/${target.id}` : overview);
}
