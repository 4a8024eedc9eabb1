import "server-only";
import type { Actor } from "@/lib/auth/actor";
import {
  allSectionsAnswered,
  assignablePageTitle,
  expandAssignmentChoice,
  listPersonProgress,
  listRefusedPages,
  mayAnswerPage,
  pageCompletion,
  type PersonProgress,
} from "@/lib/assessments/section-assignments";
import { getCurrentRevision } from "@/lib/db/queries/assessments";
import { listFirmMembers, type FirmMember } from "@/lib/db/queries/firm-team";
import {
  announceReadyToSubmitOnce,
  assignSections,
  listPagesAssignedTo,
  listSectionAssignments,
  unassignSections,
  type AssignedSection,
  type AssignmentOutcome,
} from "@/lib/db/queries/section-assignments";
import type { FirmMemberRole } from "@/lib/firms/team-roles";
import { getTranslator } from "@/lib/i18n/server";
import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import { listPages } from "@/lib/questionnaire/pages";
import { getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import type { QuestionnaireText } from "@/lib/questionnaire/text-schema";
import { textForLocale } from "@/lib/questionnaire/text-for-locale";
import type { QuestionnaireVersion } from "@/lib/questionnaire/version-schema";

// Assigned sections (decision 026): what the overview shows, the manager's assign and unassign
// commands, the one save check both save paths call, and the "ready to submit" notice.

export type SectionRow = { pageId: string; title: string; answered: number; total: number; assignees: { userId: string; name: string }[] };
export type PersonRow = PersonProgress & { name: string };
export type AssignmentsView = { sections: SectionRow[]; people: PersonRow[]; members: FirmMember[]; mine: string[] };

/** Progress per visible page with its assignees, per assigned person, and the viewer's own pages. */
export async function loadAssignmentsView(
  firmId: string,
  assessmentId: string,
  viewerId: string,
  content: { structure: QuestionnaireVersion; text: QuestionnaireText; answers: AnswerSet },
): Promise<AssignmentsView> {
  const [assignments, members] = await Promise.all([listSectionAssignments(assessmentId), listFirmMembers(firmId)]);
  const { structure, text, answers } = content;
  const sections = listPages(structure, answers).map((page) => {
    const { answered, total } = pageCompletion(structure, answers, page);
    const assignees = assignments.filter((a) => a.pageId === page.id).map(({ userId, name }) => ({ userId, name }));
    return { pageId: page.id, title: assignablePageTitle(text, page.id), answered, total, assignees };
  });
  const names = new Map(assignments.map((a) => [a.userId, a.name]));
  const people = listPersonProgress(structure, answers, assignments).map((p) => ({ ...p, name: names.get(p.userId) ?? "" }));
  return { sections, people, members, mine: assignments.filter((a) => a.userId === viewerId).map((a) => a.pageId) };
}

/** Who a page is assigned to (active members only), for the read-only notice on a page. */
export async function listAssigneesOfPage(assessmentId: string, pageId: string): Promise<AssignedSection[]> {
  return (await listSectionAssignments(assessmentId)).filter((a) => a.pageId === pageId);
}

/** Assigns the chosen factors, dimensions, profile or targets to each chosen member; the first refusal wins, else "done" if anything changed. */
export async function assignSectionsToMembers(
  actor: Actor,
  assessmentId: string,
  structure: QuestionnaireVersion,
  input: { userIds: readonly string[]; choices: readonly string[] },
): Promise<AssignmentOutcome> {
  const pageIds = [...new Set(input.choices.flatMap((choice) => expandAssignmentChoice(structure, choice)))];
  const published = getPublishedQuestionnaire(structure.id);
  // Notices are stored as facts; the section names are written in the questionnaire's default language.
  const text = published ? textForLocale(published.texts, structure.defaultLocale, structure.defaultLocale) : null;
  const sectionNames = (ids: string[]) => ids.map((id) => (text ? assignablePageTitle(text, id) : id));
  let changed = false;
  for (const userId of input.userIds) {
    const outcome = await assignSections(actor, assessmentId, { userId, pageIds, sectionNames });
    if (outcome === "done") changed = true;
    else if (outcome !== "unchanged") return outcome;
  }
  return changed ? "done" : "unchanged";
}

export function unassignSection(actor: Actor, assessmentId: string, input: { userId: string; pageId: string }): Promise<AssignmentOutcome> {
  return unassignSections(actor, assessmentId, { userId: input.userId, pageIds: [input.pageId] });
}

export type SaveRefusal = { pages: string[]; message: string };

/**
 * The one check both save paths (the page post and autosave) call before saving: may this member
 * save answers on these pages (`pageIds`) or these answer fields (`fields`)? A manager always may;
 * a contributor only on the pages assigned to them, read now, at save time. null means go ahead;
 * a refusal carries the message to show. Saves read before an unassignment are stopped by the
 * version bump of unassignSections, so the check need not hold a lock.
 */
export async function refuseUnassignedSave(
  actor: Actor,
  memberRole: FirmMemberRole | null,
  assessmentId: string,
  target: { pageIds: readonly string[] } | { fields: readonly string[] },
): Promise<SaveRefusal | null> {
  if (memberRole === "manager") return null;
  const assigned = memberRole ? await listPagesAssignedTo(assessmentId, actor.id) : [];
  let pages: string[];
  if ("pageIds" in target) pages = target.pageIds.filter((pageId) => !mayAnswerPage(memberRole, pageId, assigned));
  else {
    const revision = await getCurrentRevision(assessmentId);
    const questionnaire = revision ? getPublishedQuestionnaire(revision.questionnaireVersionId) : null;
    pages = questionnaire ? listRefusedPages(questionnaire.structure, memberRole, target.fields, assigned) : [...target.fields];
  }
  if (pages.length === 0) return null;
  const t = await getTranslator();
  return { pages, message: t("assignments.saveRefused") };
}

/**
 * After a save: tells the firm's managers "all sections are answered, ready to submit" when the
 * draft is now complete, once per revision (announceReadyToSubmitOnce holds the lock). True when
 * it wrote the notice; the caller then starts the email delivery after its response.
 */
export async function announceIfAllAnswered(actor: Actor, assessmentId: string): Promise<boolean> {
  const isComplete = (revision: { questionnaireVersionId: string; answers: AnswerSet }) => {
    const questionnaire = getPublishedQuestionnaire(revision.questionnaireVersionId);
    return questionnaire ? allSectionsAnswered(questionnaire.structure, revision.answers) : false;
  };
  // Most saves leave something unanswered: decide that without a lock first.
  const revision = await getCurrentRevision(assessmentId);
  if (!revision || revision.submittedAt || !isComplete(revision)) return false;
  return announceReadyToSubmitOnce(actor, assessmentId, isComplete);
}

/**
 * Whether a page is read-only for this member, and who it is assigned to: null when they may
 * answer it (a manager, or a contributor it is assigned to), else the assignees' names (maybe none).
 */
export async function findPageLock(actor: Actor, memberRole: FirmMemberRole | null, assessmentId: string, pageId: string): Promise<{ assignees: string[] } | null> {
  if (memberRole === "manager") return null;
  const assignees = await listAssigneesOfPage(assessmentId, pageId);
  if (memberRole && mayAnswerPage(memberRole, pageId, assignees.filter((a) => a.userId === actor.id).map((a) => a.pageId))) return null;
  return { assignees: assignees.map((a) => a.name) };
}
