// Every action the audit log records, in one typed list: a misspelt action cannot be written, and
// the log's readers (review history, account history) can rely on the names.

export const auditActions = [
  "account.signed-up",
  "account.password-changed",
  "account.password-reset-requested",
  "account.password-reset",
  "user.officer-created",
  "user.deactivated",
  "user.reactivated",
  "firm.data-exported",
  "firm.member-invited",
  "firm.invitation-revoked",
  "firm.invitation-accepted",
  "firm.member-role-changed",
  "firm.member-removed",
  "firm.profile-updated",
  "programme.created",
  "programme.updated",
  "programme.firm-enrolled",
  "programme.officer-assigned",
  "programme.officer-unassigned",
  "assessment.created",
  "assessment.submitted",
  "review.indicator-validated",
  "review.commented",
  "review.approved",
  "review.returned",
  "catalogue.item-created",
  "catalogue.item-updated",
  "catalogue.item-retired",
  "catalogue.item-reactivated",
  "cohort.exported",
  "cohort.generated",
] as const;

export type AuditAction = (typeof auditActions)[number];
