// The review workflow's rules live with the rest of the assessment lifecycle in
// lib/assessments/lifecycle.ts; this module keeps the review area's import path working.
export {
  assessmentStatuses,
  decideReviewTransition,
  isReviewOpen,
  type AssessmentStatus,
  type ReviewAction,
  type ReviewRefusal,
  type ReviewState,
  type ReviewTransition,
} from "@/lib/assessments/lifecycle";
