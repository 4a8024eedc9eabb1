import { z } from "zod";
import { EmailSchema } from "@/lib/auth/credential-schemas";
import { firmMemberRoles } from "@/lib/firms/team-roles";

export const InviteMemberSchema = z.object({
  firmId: z.uuid(),
  email: EmailSchema,
  role: z.enum(firmMemberRoles, { error: "team.errors.roleRequired" }),
});

/** One button on a member or invitation row: what to do, to whom. Anything else answers 404. */
export const TeamCommandSchema = z.discriminatedUnion("command", [
  z.object({ command: z.literal("revoke"), firmId: z.uuid(), invitationId: z.uuid() }),
  z.object({ command: z.literal("resend"), firmId: z.uuid(), invitationId: z.uuid() }),
  z.object({ command: z.literal("change-role"), firmId: z.uuid(), userId: z.uuid(), role: z.enum(firmMemberRoles) }),
  z.object({ command: z.literal("remove"), firmId: z.uuid(), userId: z.uuid() }),
]);
