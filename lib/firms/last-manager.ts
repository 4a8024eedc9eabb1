import type { FirmMemberRole } from "./team-roles";

// A firm keeps at least one manager: someone must be able to invite, submit and download. The rule
// is checked by the commands on the firm's membership rows, read under a lock, so two managers
// demoting each other at once cannot both pass.

export type ActiveMember = { userId: string; role: FirmMemberRole };

export type MemberChange = { kind: "remove"; userId: string } | { kind: "change-role"; userId: string; role: FirmMemberRole };

/** The active members after the change. */
export function applyMemberChange(members: readonly ActiveMember[], change: MemberChange): ActiveMember[] {
  if (change.kind === "remove") return members.filter((m) => m.userId !== change.userId);
  return members.map((m) => (m.userId === change.userId ? { ...m, role: change.role } : m));
}

/** Whether the change leaves the firm with at least one manager. */
export function keepsAManager(members: readonly ActiveMember[], change: MemberChange): boolean {
  return applyMemberChange(members, change).some((m) => m.role === "manager");
}
