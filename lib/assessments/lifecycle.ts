// The assessment lifecycle, in one place: which status allows which change and where it leads.
// Pure (no framework, no database): the queries call these rules under the assessment's row lock,
// the routes and pages call them to decide what to show, and tests/integration/races runs every
// operation listed in `mutatingOperations` against every other.
//
//   start ──► draft ──submit──► submitted ──validate/comment──► in_review
//                ▲                  │                              │
//                │                  └────────approve / return──────┤
//                │                                                 ▼
//   returned ◄───┴──(revision n+1 is a draft copy)──── return    approved ──► start a re-assessment

export const assessmentStatuses = ["draft", "submitted", "in_review", "approved", "returned"] as const;
export type AssessmentStatus = (typeof assessmentStatuses)[number];

/**
 * Every operation that changes an assessment's state. The race matrix imports this list and runs
 * each pair concurrently; a unit test fails when an operation is added here without a matrix entry.
 */
export const mutatingOperations = ["start", "autosave", "page-save", "submit", "validate", "confirm", "comment", "approve", "return", "reassess", "unassign"] as const;
export type MutatingOperation = (typeof mutatingOperations)[number];

// ---------------------------------------------------------------------------------------------
// Editing and starting

/** Statuses in which the firm may change answers (a returned assessment continues in a new draft revision). */
export const editableStatuses: readonly AssessmentStatus[] = ["draft", "returned"];

/**
 * Statuses of an assessment that is not finished: until it is approved, a firm's assessment in a
 * programme is the one it works on or waits for, so a new one may not start beside it. The database
 * holds the same rule as a partial unique index (assessments_one_active_per_firm_programme); see
 * docs/decisions/003-one-active-assessment.md for why it covers submitted ones too.
 */
export const activeStatuses: readonly AssessmentStatus[] = ["draft", "submitted", "in_review", "returned"];

export function isEditable(status: AssessmentStatus): boolean {
  return editableStatuses.includes(status);
}

export function isActive(status: AssessmentStatus): boolean {
  return activeStatuses.includes(status);
}

export type EditRefusal = "not-editable";
export type EditDecision = { allowed: true } | { allowed: false; refusal: EditRefusal };

/** Whether the firm's answers on the current revision may change (autosave, page save). */
export function decideEdit(state: { status: AssessmentStatus; revisionSubmitted: boolean }): EditDecision {
  if (state.revisionSubmitted || !isEditable(state.status)) return { allowed: false, refusal: "not-editable" };
  return { allowed: true };
}

type FirmAssessmentState = { id: string; status: AssessmentStatus; programmeId: string | null };

/** The firm's unfinished assessment in this programme (or outside any programme, for null), if any. */
export function findActiveAssessment<T extends FirmAssessmentState>(assessments: readonly T[], programmeId: string | null): T | undefined {
  return assessments.find((a) => a.programmeId === programmeId && isActive(a.status));
}

export type StartDecision = { kind: "start" } | { kind: "resume"; assessmentId: string };

/**
 * Whether a new assessment may start in the programme: only when the firm has no unfinished one
 * there. Otherwise the caller opens that one (a second click on "Start" lands on the same draft).
 */
export function decideStart(assessments: readonly FirmAssessmentState[], programmeId: string | null): StartDecision {
  const active = findActiveAssessment(assessments, programmeId);
  return active ? { kind: "resume", assessmentId: active.id } : { kind: "start" };
}

/** A re-assessment is prefilled from the latest approved answers; without an approved assessment it starts empty. */
export function decidePrefill(requested: "approved" | "none", hasApprovedAssessment: boolean): "approved" | null {
  return requested === "approved" && hasApprovedAssessment ? "approved" : null;
}

// ---------------------------------------------------------------------------------------------
// Submit

export type SubmitDecision =
  | { kind: "submit"; from: AssessmentStatus; to: "submitted" }
  | { kind: "already-submitted"; sameKey: boolean }
  | { kind: "not-editable"; status: AssessmentStatus };

/**
 * What a submit with `key` does to the current revision. A revision already frozen answers as
 * already submitted (with the same key: the same answer as the first submit, so retries are safe);
 * a draft is frozen only while the assessment is editable. Completeness is checked by the caller.
 */
export function decideSubmit(
  state: { status: AssessmentStatus; revisionSubmitted: boolean; submitKey: string | null },
  key: string,
): SubmitDecision {
  if (state.revisionSubmitted) return { kind: "already-submitted", sameKey: state.submitKey === key };
  if (!isEditable(state.status)) return { kind: "not-editable", status: state.status };
  return { kind: "submit", from: state.status, to: "submitted" };
}

// ---------------------------------------------------------------------------------------------
// Review: validate, comment, approve, return

/** What an officer (or admin) does to a submitted revision. */
export type ReviewAction = "validate" | "comment" | "approve" | "return";

export type ReviewRefusal =
  /** Nothing is submitted to review: the firm is still answering its first draft. */
  | "not-submitted"
  /** The revision under review has been approved or returned; its review is closed. */
  | "already-decided"
  /** The caller acted on a revision that is no longer the one under review (stale page). */
  | "revision-changed";

export type ReviewTransition = { allowed: true; from: AssessmentStatus; to: AssessmentStatus } | { allowed: false; refusal: ReviewRefusal };

export type ReviewState = {
  status: AssessmentStatus;
  /** The latest submitted revision's number (null before the first submission). */
  latestSubmittedRevision: number | null;
};

const targetByAction: Record<ReviewAction, AssessmentStatus> = {
  // The first validation or comment opens the review; later ones keep it open.
  validate: "in_review",
  comment: "in_review",
  approve: "approved",
  return: "returned",
};

/**
 * Whether `action` may be taken on the revision numbered `revision`, and the status it leads to.
 * Only a submitted or in-review assessment can be acted on, and only on its latest submitted
 * revision: a form posted from a page showing an older revision is refused rather than applied to
 * answers the officer has not seen.
 */
export function decideReviewTransition(state: ReviewState, action: ReviewAction, revision: number): ReviewTransition {
  if (state.status === "approved") return { allowed: false, refusal: "already-decided" };
  if (state.status === "returned") {
    return { allowed: false, refusal: revision === state.latestSubmittedRevision ? "already-decided" : "revision-changed" };
  }
  if (state.status === "draft" || state.latestSubmittedRevision === null) return { allowed: false, refusal: "not-submitted" };
  if (revision !== state.latestSubmittedRevision) return { allowed: false, refusal: "revision-changed" };
  return { allowed: true, from: state.status, to: targetByAction[action] };
}

/** Whether the review of the latest submission is still open (validations, comments and a decision can be made). */
export function isReviewOpen(status: AssessmentStatus): boolean {
  return status === "submitted" || status === "in_review";
}
