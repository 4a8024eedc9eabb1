// The review workflow's state machine: which officer action is allowed in which assessment status,
// and the status it leads to. The review queries call decideReviewTransition under the assessment's
// row lock, so the rule holds however many officers act at once.

export const assessmentStatuses = ["draft", "submitted", "in_review", "approved", "returned"] as const;
export type AssessmentStatus = (typeof assessmentStatuses)[number];

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
