"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { after } from "next/server";
import type { PageSaveState } from "@/components/questionnaire/page-form-state";
import { requireAssessmentAccess } from "@/lib/auth/guards";
import { saveDraftAnswers, type AssessmentSummary } from "@/lib/db/queries/assessments";
import { getTranslator } from "@/lib/i18n/server";
import { answerSetFromFields } from "@/lib/questionnaire/answer-fields";
import { findConflicts, omitPatchFields } from "@/lib/questionnaire/conflicts";
import { describeAnswerField } from "@/lib/questionnaire/describe-field";
import { decideDraftSave } from "@/lib/questionnaire/draft-save";
import { buildPatchFromForm, listPageFields } from "@/lib/questionnaire/page-fields";
import { listPages } from "@/lib/questionnaire/pages";
import { describeProblem, summariseProblem } from "@/lib/questionnaire/problem-message";
import type { AnswerProblem } from "@/lib/questionnaire/validate-answer-set";
import { describeConflictAuthors } from "@/lib/server/assessments/conflict-authors";
import { loadAssessment, type LoadedAssessment } from "@/lib/server/assessments/load-assessment";
import { deliverPendingEmails } from "@/lib/mail/deliver";
import { announceIfAllAnswered, refuseUnassignedSave } from "@/lib/server/assessments/section-assignments";
import { refuseRatedApartFields } from "@/lib/server/rating/rated-apart";
import { listPatchFields } from "@/lib/questionnaire/answer-fields";
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
 * changed, applies the rest, and says which fields to check. Answers that break a rule are left
 * out, every other answer is saved, and the page is shown again with what was typed and why.
 */
export async function savePageAction(_previous: PageSaveState, formData: FormData): Promise<PageSaveState> {
  // A hand-made call may pass the form as the only argument; it gets a 404, not a crash.
  if (!(formData instanceof FormData)) notFound();
  const parsed = PagePostSchema.safeParse({
    assessmentId: formData.get("assessmentId"),
    pageId: formData.get("pageId"),
    baseVersion: formData.get("baseVersion"),
    intent: formData.get("intent") ?? undefined,
    baseAnswers: formData.get("baseAnswers") ?? "{}",
  });
  if (!parsed.success) notFound();
  const { user, assessment, memberRole } = await requireAssessmentAccess(parsed.data.assessmentId, "edit");
  for (let attempt = 1; ; attempt++) {
    // Checked on every attempt: a retry after an unassignment (which bumps the version) is refused.
    if (await refuseUnassignedSave(user, memberRole, assessment.id, { pageIds: [parsed.data.pageId] })) {
      redirect(`/assessments/${assessment.id}/${encodeURIComponent(parsed.data.pageId)}?refused=not-assigned#main`);
    }
    const outcome = await savePage(assessment, user.id, parsed.data, formData);
    if (await announceIfAllAnswered(user, assessment.id)) after(deliverPendingEmails);
    if (outcome.kind === "refused") {
      revalidatePath(outcome.pageUrl);
      return outcome.state;
    }
    if (outcome.kind === "done" || attempt === SAVE_ATTEMPTS) redirect(outcome.location);
  }
}

type PageSaveOutcome =
  | { kind: "done"; location: string }
  | { kind: "raced"; location: string }
  | { kind: "refused"; pageUrl: string; state: PageSaveState };

/** One read-merge-write of the posted page; "raced" when another write came between read and write. */
async function savePage(assessment: AssessmentSummary, userId: string, post: PagePost, formData: FormData): Promise<PageSaveOutcome> {
  const loaded = await loadAssessment(assessment);
  const { revision, questionnaire, editable } = loaded;
  const overview = `/assessments/${assessment.id}`;
  const done = (location: string): PageSaveOutcome => ({ kind: "done", location });
  if (!editable) return done(overview);

  const { structure } = questionnaire;
  const page = listPages(structure, revision.answers).find((p) => p.id === post.pageId);
  if (!page) notFound();
  const pageUrl = `${overview}/${page.id}`;

  const fields = listPageFields(structure, revision.answers, page);
  const read = (field: string) => formData.getAll(field).map(String);
  const { patch: requested, invalid: unreadable } = buildPatchFromForm(fields, read);

  let patch = requested;
  let conflicts: string[] = [];
  if (post.baseVersion !== revision.version) {
    conflicts = findConflicts(answerSetFromFields(post.baseAnswers), requested, revision.answers).map((c) => c.field);
    patch = omitPatchFields(requested, conflicts);
  }
  // Levels of a dimension being rated apart are the round's to set: refused, the rest is saved.
  const ratedApart = await refuseRatedApartFields(revision.id, structure, revision.answers, listPatchFields(patch));
  patch = omitPatchFields(patch, ratedApart.map((p) => p.field));
  const decision = decideDraftSave(structure, revision, revision.version, patch);
  if (decision.kind === "stale") return done(pageUrl);
  const refused = [...unreadable, ...ratedApart, ...(decision.kind === "invalid" ? decision.problems : decision.rejected)];
  if (decision.kind === "save") {
    const saved = await saveDraftAnswers(revision.id, revision, decision.answers, { userId, source: "page" });
    // If the race keeps being lost, show the page again with the newest answers and ask for a check.
    if (saved === null) return { kind: "raced", location: `${pageUrl}?conflicts=${fields.map((f) => f.field).join(",")}#main` };
  }
  if (refused.length > 0) {
    const order = fields.map((f) => f.field);
    refused.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
    return { kind: "refused", pageUrl, state: await refusedState(loaded, refused, conflicts, read, await describeConflictAuthors(revision.id, conflicts)) };
  }
  if (conflicts.length > 0) return done(`${pageUrl}?conflicts=${conflicts.join(",")}#main`);

  const { intent } = post;
  if (intent === "overview") return done(overview);
  if (intent === "stay") return done(pageUrl);
  // Visibility can change with the answers just saved (e.g. the services module), so the order is recomputed.
  const pagesAfter = listPages(structure, decision.kind === "save" ? decision.answers : revision.answers);
  const position = pagesAfter.findIndex((p) => p.id === page.id);
  const target = pagesAfter[intent === "next" ? position + 1 : position - 1];
  if (intent === "next" && !target) return done(`${overview}/check`);
  return done(target ? `${overview}/${target.id}` : overview);
}

/** The refused answers in the reader's language, in page order, with the values typed into them. */
async function refusedState(
  { questionnaire, text }: LoadedAssessment,
  problems: AnswerProblem[],
  conflicts: string[],
  read: (field: string) => string[],
  conflictAuthors: Record<string, string>,
): Promise<PageSaveState> {
  const t = await getTranslator();
  const noteName = (question: string) => t("assessment.noteOn", { question });
  const byField = new Map<string, AnswerProblem>();
  for (const problem of problems) if (!byField.has(problem.field)) byField.set(problem.field, problem);
  const refused = [...byField.values()].map((problem) => {
    const { key, values } = describeProblem(problem, questionnaire.structure, text);
    const message = t(`assessment.problems.${key}`, values);
    return { field: problem.field, message, summary: summariseProblem(describeAnswerField(problem.field, text, noteName), message) };
  });
  return {
    status: "refused",
    refused,
    typed: Object.fromEntries(refused.map(({ field }) => [field, read(field)])),
    conflicts: conflicts.map((field) => ({ field, label: describeAnswerField(field, text, noteName), by: conflictAuthors[field] })),
  };
}
