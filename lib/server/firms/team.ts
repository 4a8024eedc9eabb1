import "server-only";
import type { Actor } from "@/lib/auth/actor";
import {
  changeFirmMemberRole,
  inviteToFirm,
  listFirmMembers,
  listOpenFirmInvitations,
  removeFirmMember,
  resendInvitation,
  revokeInvitation,
  type FirmInvitationRow,
  type FirmMember,
} from "@/lib/db/queries/firm-team";
import type { FirmMemberRole } from "@/lib/firms/team-roles";

// The team page's use cases: what it shows, and the row buttons (revoke, re-send, change role,
// remove) as one command with one notice to show afterwards. The caller has passed requireFirmManager.

export type TeamView = { members: FirmMember[]; invitations: FirmInvitationRow[] };

/** Members and open invitations; contributors see the members only (invited addresses are the managers' business). */
export async function loadTeam(firmId: string, options: { withInvitations: boolean }): Promise<TeamView> {
  const [members, invitations] = await Promise.all([listFirmMembers(firmId), options.withInvitations ? listOpenFirmInvitations(firmId) : Promise.resolve([])]);
  return { members, invitations };
}

export type TeamCommand =
  | { command: "revoke" | "resend"; invitationId: string }
  | { command: "change-role"; userId: string; role: FirmMemberRole }
  | { command: "remove"; userId: string };

/** The notice the team page shows after a command (team.<notice> in the messages). */
export type TeamNotice = "revoked" | "resent" | "notPending" | "roleChanged" | "removed" | "lastManager" | "unchanged" | "notFound";

export async function runTeamCommand(actor: Actor, firmId: string, command: TeamCommand): Promise<{ notice: TeamNotice; sentEmail: boolean }> {
  switch (command.command) {
    case "revoke": {
      const outcome = await revokeInvitation(actor, firmId, command.invitationId);
      return { notice: outcome === "done" ? "revoked" : outcome === "not-found" ? "notFound" : "notPending", sentEmail: false };
    }
    case "resend": {
      const outcome = await resendInvitation(actor, firmId, command.invitationId);
      return { notice: outcome === "done" ? "resent" : outcome === "not-found" ? "notFound" : "notPending", sentEmail: outcome === "done" };
    }
    case "change-role":
    case "remove": {
      const outcome = command.command === "remove" ? await removeFirmMember(actor, firmId, command.userId) : await changeFirmMemberRole(actor, firmId, command.userId, command.role);
      if (outcome === "done") return { notice: command.command === "remove" ? "removed" : "roleChanged", sentEmail: false };
      return { notice: outcome === "last-manager" ? "lastManager" : outcome === "unchanged" ? "unchanged" : "notFound", sentEmail: false };
    }
  }
}

export { inviteToFirm as inviteMember };
