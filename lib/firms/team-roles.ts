// Who may do what within a firm. Two roles: a manager does everything the firm can do; a contributor
// answers and reads. Assigned sections and independent rating (issue 19, next steps) refine what a
// contributor may answer; they add rules here rather than new roles.

export const firmMemberRoles = ["manager", "contributor"] as const;
export type FirmMemberRole = (typeof firmMemberRoles)[number];

export const firmPermissions = [
  "read", // the firm, its assessments and results
  "answer", // save answers of a draft
  "start", // start an assessment or re-assessment, join a programme
  "submit",
  "invite", // invite, revoke and re-send invitations
  "manage-members", // change a member's role, remove a member
  "edit-profile",
  "download-data", // the firm's data export
] as const;
export type FirmPermission = (typeof firmPermissions)[number];

const contributorPermissions: ReadonlySet<FirmPermission> = new Set(["read", "answer"]);

/** Whether a member of this role may do this; an unknown role may do nothing (fails closed). */
export function firmRoleMay(role: string, permission: FirmPermission): boolean {
  if (role === "manager") return firmPermissions.includes(permission);
  if (role === "contributor") return contributorPermissions.has(permission);
  return false;
}

export function isFirmMemberRole(value: unknown): value is FirmMemberRole {
  return typeof value === "string" && (firmMemberRoles as readonly string[]).includes(value);
}
