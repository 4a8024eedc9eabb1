import { z } from "zod";

/** The admin's confirmed choice: the account and the state it should end up in (not a toggle, so a resent form changes nothing). */
export const AccountStatusSchema = z.object({
  userId: z.uuid(),
  active: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const UserIdSchema = z.uuid();
