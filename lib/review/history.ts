// The review history of one assessment, built from its audit events: one entry per event, oldest
// first, with the step named in the workflow's words so each language can phrase it.

import type { AuditAction } from "@/lib/audit/audit-actions";

/** Audit actions the review workflow writes (the submit and create actions are the assessment's own). */
export const reviewAuditActions = {
  validated: "review.indicator-validated",
  commented: "review.commented",
  approved: "review.approved",
  returned: "review.returned",
} as const satisfies Record<string, AuditAction>;

export type HistoryStep =
  | "created"
  | "submitted"
  | "resubmitted"
  | "validated"
  | "commented"
  | "approved"
  | "returned"
  | "sectionsAssigned"
  | "sectionsUnassigned"
  | "allAnswered"
  | "ratingOpened"
  | "rated"
  | "ratingFinished"
  | "ratingAgreed"
  | "other";

export type AuditEventRecord = {
  id: number;
  occurredAt: Date;
  actorName: string | null;
  actorRole: "sme" | "officer" | "admin" | null;
  action: string;
  fromState: string | null;
  toState: string | null;
  reason: string | null;
  details: Readonly<Record<string, unknown>>;
};

export type HistoryEntry = {
  id: number;
  at: Date;
  step: HistoryStep;
  /** The raw action, for steps this module does not name. */
  action: string;
  actorName: string | null;
  actorRole: AuditEventRecord["actorRole"];
  fromState: string | null;
  toState: string | null;
  reason: string | null;
  revision: number | null;
  indicatorId: string | null;
  dimensionId: string | null;
  validatedLevel: number | null;
  /** How many levels one "confirm the dimension" validated at the firm's level; null for other events. */
  confirmedLevels: number | null;
};

const stepByAction: Readonly<Record<string, HistoryStep>> = {
  "assessment.created": "created",
  "assessment.submitted": "submitted",
  [reviewAuditActions.validated]: "validated",
  [reviewAuditActions.commented]: "commented",
  [reviewAuditActions.approved]: "approved",
  [reviewAuditActions.returned]: "returned",
  // The firm's team work on a draft (issue 19).
  "assessment.sections-assigned": "sectionsAssigned",
  "assessment.sections-unassigned": "sectionsUnassigned",
  "assessment.all-answered": "allAnswered",
  "rating.round-opened": "ratingOpened",
  "rating.rated": "rated",
  "rating.finished": "ratingFinished",
  "rating.agreed": "ratingAgreed",
};

const numberOrNull = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : null);
const stringOrNull = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);

function stepOf(event: AuditEventRecord): HistoryStep {
  const step = Object.hasOwn(stepByAction, event.action) ? stepByAction[event.action]! : "other";
  // A submission after a return is the firm's answer to the officer: called a resubmission.
  if (step === "submitted" && (event.fromState === "returned" || (numberOrNull(event.details.revision) ?? 1) > 1)) return "resubmitted";
  return step;
}

export function buildReviewHistory(events: readonly AuditEventRecord[]): HistoryEntry[] {
  return [...events]
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.id - b.id)
    .map((event) => ({
      id: event.id,
      at: event.occurredAt,
      step: stepOf(event),
      action: event.action,
      actorName: event.actorName,
      actorRole: event.actorRole,
      fromState: event.fromState,
      toState: event.toState,
      reason: event.reason,
      revision: numberOrNull(event.details.revision),
      indicatorId: stringOrNull(event.details.indicatorId),
      dimensionId: stringOrNull(event.details.dimensionId),
      validatedLevel: numberOrNull(event.details.validatedLevel),
      confirmedLevels: Array.isArray(event.details.confirmedIndicators) ? event.details.confirmedIndicators.length : null,
    }));
}
