"use server";

import { notFound, redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/guards";
import { setUserActive } from "@/lib/db/queries/account-lifecycle";
import { AccountStatusSchema } from "./schema";

/**
 * Deactivates or reactivates an account after the admin confirmed it; admin only. The admin's own
 * account is refused here too, not only hidden in the page. Deactivation ends the account's
 * sessions at once; nothing of its history changes.
 */
export async function setAccountStatusAction(formData: FormData): Promise<void> {
  const admin = await requireRole("admin");
  const parsed = AccountStatusSchema.safeParse({ userId: formData.get("userId"), active: formData.get("active") });
  if (!parsed.success) notFound();
  const { userId, active } = parsed.data;
  const outcome = await setUserActive({ id: admin.id, role: admin.role }, userId, active);
  if (outcome === "not-found") notFound();
  // The confirmation page explains the refusal; the list says what the account's state now is.
  if (outcome === "refused-self") redirect(`/admin/users/${userId}/status`);
  redirect(`/admin/users?statusChanged=${userId}`);
}
