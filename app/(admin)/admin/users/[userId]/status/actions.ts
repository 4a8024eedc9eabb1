"use server";

import { notFound, redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/guards";
import { setUserActive } from "@/lib/db/queries/account-lifecycle";
import { failedForm, type FormActionState } from "@/lib/forms/form-result";
import { readForm } from "@/lib/forms/read-form";
import { getTranslator } from "@/lib/i18n/server";
import { AccountStatusSchema } from "./schema";

/**
 * Deactivates or reactivates an account after the admin confirmed it; admin only. The admin's own
 * account is refused here too, not only hidden in the page. Deactivation ends the account's
 * sessions at once; nothing of its history changes.
 */
export async function setAccountStatusAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  const admin = await requireRole("admin");
  const { input, echo } = readForm(formData);
  // Only hidden fields: a value that does not parse is a forged post, not a typing mistake.
  const parsed = AccountStatusSchema.safeParse(input);
  if (!parsed.success) notFound();
  const { userId, active } = parsed.data;
  const outcome = await setUserActive(admin, userId, active);
  if (outcome === "not-found") notFound();
  if (outcome === "refused-self") return failedForm((await getTranslator())("accounts.users.selfRefused"), echo);
  redirect(`/admin/users?statusChanged=${userId}`);
}
