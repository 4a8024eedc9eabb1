import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import { readAnswerField } from "@/lib/questionnaire/answer-fields";
import { pageProgress } from "@/lib/questionnaire/page-progress";
import { listPages, type QuestionnairePage } from "@/lib/questionnaire/pages";
import { isUnanswered, validateAnswerSet } from "@/lib/questionnaire/validate-answer-set";
import type { QuestionnaireVersion } from "@/lib/questionnaire/version-schema";
import type { FirmMemberRole } from "@/lib/firms/team-roles";

// Assigned sections (issue 19; decision 026): a manager hands questionnaire pages to members.
// Assignment is a guide for managers and a limit for contributors: a manager answers anything,
// a contributor only the pages assigned to them. Stored one row per page id (a dimension id,
// "profile" or "targets"); a whole factor is stored as its dimensions.

export type SectionAssignment = { pageId: string; userId: string };

/**
 * The page ids a manager's choice stands for: a factor's section id gives all its dimensions
 * (hidden ones too, so the services module stays assigned when it is switched on later); a
 * dimension, the profile or the targets give themselves. Unknown choices give nothing.
 */
export function expandAssignmentChoice(version: QuestionnaireVersion, choice: string): string[] {
  const section = version.sections.find((s) => s.id === choice);
  if (section?.kind === "profile" || section?.kind === "targets") return [section.id];
  if (section?.kind === "factor") return version.factors.find((f) => f.id === section.factorId)?.dimensions.map((d) => d.id) ?? [];
  const isDimension = version.factors.some((f) => f.dimensions.some((d) => d.id === choice));
  return isDimension ? [choice] : [];
}

/** Every page id that can be assigned in this version, in questionnaire order. */
export function listAssignablePageIds(version: QuestionnaireVersion): string[] {
  return version.sections.flatMap((s) => expandAssignmentChoice(version, s.id));
}

/** Whether this member may save answers on the page: a manager always, a contributor only on their pages; anything else never. */
export function mayAnswerPage(role: FirmMemberRole | null, pageId: string, assignedToCaller: readonly string[]): boolean {
  if (role === "manager") return true;
  if (role === "contributor") return assignedToCaller.includes(pageId);
  return false;
}

export type PageCompletion = { pageId: string; answered: number; total: number };

/** Answered and counted questions of one page, counted like the task list (page-progress). */
export function pageCompletion(version: QuestionnaireVersion, answers: AnswerSet, page: QuestionnairePage): PageCompletion {
  const { counted } = pageProgress(version, answers, page);
  const answered = counted.filter((field) => !isUnanswered(readAnswerField(answers, field))).length;
  return { pageId: page.id, answered, total: counted.length };
}

export type PersonProgress = {
  userId: string;
  /** Assigned pages that are shown to this firm (a hidden services module does not count). */
  pages: number;
  completedPages: number;
  answered: number;
  total: number;
};

/** Each assignee's progress over their visible assigned pages, in the order of first appearance in `assignments`. */
export function listPersonProgress(version: QuestionnaireVersion, answers: AnswerSet, assignments: readonly SectionAssignment[]): PersonProgress[] {
  const visible = new Map(listPages(version, answers).map((p) => [p.id, pageCompletion(version, answers, p)] as const));
  const byUser = new Map<string, PersonProgress>();
  for (const { userId, pageId } of assignments) {
    const person = byUser.get(userId) ?? { userId, pages: 0, completedPages: 0, answered: 0, total: 0 };
    byUser.set(userId, person);
    const page = visible.get(pageId);
    if (!page) continue;
    person.pages += 1;
    person.answered += page.answered;
    person.total += page.total;
    if (page.answered >= page.total) person.completedPages += 1;
  }
  return [...byUser.values()];
}

/** Whether every required answer is in, so the draft may be submitted (the submit check's own rule). */
export function allSectionsAnswered(version: QuestionnaireVersion, answers: AnswerSet): boolean {
  return !validateAnswerSet(version, answers, "submit").some((problem) => problem.code === "required");
}

/**
 * Whether a save should tell the managers "ready to submit": it made the draft complete, and no
 * notice was sent for this revision yet (the caller reads that under a lock, so two last saves at
 * once send one).
 */
export function shouldAnnounceReady(version: QuestionnaireVersion, answers: AnswerSet, alreadyAnnounced: boolean): boolean {
  return !alreadyAnnounced && allSectionsAnswered(version, answers);
}

/**
 * The page an answer field is asked on: profile.* on the profile, targets.* on the targets, an
 * indicator's level or note on its dimension. null for a field this version does not know.
 */
export function pageIdOfField(version: QuestionnaireVersion, field: string): string | null {
  const dot = field.indexOf(".");
  const [group, id] = [field.slice(0, dot), field.slice(dot + 1)];
  const sectionOfKind = (kind: "profile" | "targets") => version.sections.find((s) => s.kind === kind)?.id ?? null;
  if (group === "profile") return sectionOfKind("profile");
  if (group === "targets") return sectionOfKind("targets");
  if (group !== "levels" && group !== "notes") return null;
  return version.factors.flatMap((f) => f.dimensions).find((d) => d.indicators.some((i) => i.id === id))?.id ?? null;
}

/** The pages among these fields' pages the member may not answer (an unknown field counts as refused), in order, once each. */
export function listRefusedPages(version: QuestionnaireVersion, role: FirmMemberRole | null, fields: readonly string[], assignedToCaller: readonly string[]): string[] {
  const refused = fields.map((field) => pageIdOfField(version, field) ?? field).filter((pageId) => !mayAnswerPage(role, pageId, assignedToCaller));
  return [...new Set(refused)];
}

/** A page's title in the questionnaire's text: the section's for profile and targets, the dimension's otherwise. */
export function assignablePageTitle(text: { sections: Record<string, { title: string }>; dimensions: Record<string, { title: string }> }, pageId: string): string {
  return text.dimensions[pageId]?.title ?? text.sections[pageId]?.title ?? pageId;
}
