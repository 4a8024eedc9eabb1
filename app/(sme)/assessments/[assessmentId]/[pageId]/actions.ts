"use server";

import { notFound, redirect } from "next/navigation";
import { requireAssessmentAccess } from "@/lib/auth/guards";
import { saveDraftAnswers, type AssessmentSummary } from "@/lib/db/queries/assessments";
import { answerSetFromFields } from "@/lib/questionnaire/answer-fields";
import { findConflicts, omitPatchFields } from "@/lib/questionnaire/conflicts";
import { decideDraftSave } from "@/lib/questionnaire/draft-save";
import { buildPatchFromForm, listPageFields } from "@/lib/questionnaire/page-fields";
import { listPages } from "@/lib/questionnaire/pages";
import { loadAssessment } from "../load-assessment";
import { PagePostSchema, type PagePost } from "./schema";

/**
 * A save that lost the race to another write between its read and its write is merged again on
 * the newer answers. The usual rival is this page's own autosave, still in flight when the person
 * pressed "Save and continue"; a real edit elsewhere then shows as a conflict, not a retry.
 */
const SAVE_ATTEMPTS = 3;

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
  const { assessment } = await requireAssessmentAccess(parsed.data.assessmentId, "edit");
  for (let attempt = 1; ; attempt++) {
    const outcome = await savePage(assessment, parsed.data, formData);
    if (outcome.kind === "done" || attempt === SAVE_ATTEMPTS) redirect(outcome.location);
  }
}

type PageSaveOutcome = { kind: "done"; location: string } | { kind: "raced"; location: string };

/** One read-merge-write of the posted page; "raced" when another write came between read and write. */
async function savePage(assessment: AssessmentSummary, post: PagePost, formData: FormData): Promise<PageSaveOutcome> {
  const { revision, questionnaire, editable } = await loadAssessment(assessment);
  const overview = `/assessments/${assessment.id}`;
  const done = (location: string): PageSaveOutcome => ({ kind: "done", location });
  if (!editable) return done(overview);

  const { structure } = questionnaire;
  const page = listPages(structure, revision.answers).find((p) => p.id === post.pageId);
  if (!page) notFound();
  const pageUrl = `${overview}/${page.id}`;

  const fields = listPageFields(structure, revision.answers, page);
  const { patch: requested, invalid } = buildPatchFromForm(fields, (field) => formData.getAll(field).map(String));
  if (invalid.length > 0) return done(`${pageUrl}?invalid=${invalid.join(",")}#main`);

  let patch = requested;
  let conflicts: string[] = [];
  if (post.baseVersion !== revision.version) {
    conflicts = findConflicts(answerSetFromFields(post.baseAnswers), requested, revision.answers).map((c) => c.field);
    patch = omitPatchFields(requested, conflicts);
  }
  const decision = decideDraftSave(structure, revision, revision.version, patch);
  if (decision.kind === "invalid") return done(`${pageUrl}?invalid=${decision.problems.map((p) => p.field).join(",")}#main`);
  if (decision.kind === "stale") return done(pageUrl);
  const saved = await saveDraftAnswers(revision.id, revision.version, decision.answers);
  // If the race keeps being lost, show the page again with the newest answers and ask for a check.
  if (saved === null) return { kind: "raced", location: `${pageUrl}?conflicts=${fields.map((f) => f.field).join(",")}#main` };
  if (conflicts.length > 0) return done(`${pageUrl}?conflicts=${conflicts.join(",")}#main`);

  const { intent } = post;
  if (intent === "overview") return done(overview);
  if (intent === "stay") return done(pageUrl);
  // Visibility can change with the answers just saved (e.g. the services module), so the order is recomputed.
  const pagesAfter = listPages(structure, decision.answers);
  const position = pagesAfter.findIndex((p) => p.id === page.id);
  const target = pagesAfter[intent === "next" ? position + 1 : position - 1];
  if (intent === "next" && !target) return done(`${overview}/check`);
  return done(target ? `${overview}/${target.id}` : overview);
}
