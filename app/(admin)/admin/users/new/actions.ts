"use server";

import { redirect } from "next/navigation";
import type { FormActionState } from "@/components/forms/action-state";
import { requireRole } from "@/lib/auth/guards";
import { hashPassword } from "@/lib/auth/password-hash";
import { createOfficerAccount, EmailTakenError } from "@/lib/db/queries/users";
import { echoFormValues, translateFieldErrors } from "@/lib/forms/field-errors";
import { logUnexpectedError } from "@/lib/forms/unexpected-error";
import { getTranslator } from "@/lib/i18n/server";
import { NewOfficerSchema } from "./schema";

/** Creates a programme officer account; admin only. */
export async function createOfficerAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  const admin = await requireRole("admin");
  const t = await getTranslator();
  const values = echoFormValues(formData, ["password"]);
  const parsed = NewOfficerSchema.safeParse({ ...values, password: formData.get("password") ?? "" });
  if (!parsed.success) return { status: "error", fieldErrors: translateFieldErrors(parsed.error, t), values };
  let created: { userId: string };
  try {
    created = await createOfficerAccount(
      { email: parsed.data.email, name: parsed.data.name, passwordHash: await hashPassword(parsed.data.password) },
      { id: admin.id, role: admin.role },
    );
  } catch (error) {
    if (error instanceof EmailTakenError) return { status: "error", fieldErrors: { email: t("errors.emailInUse") }, values };
    return { status: "error", formError: t("errors.generic", { ref: logUnexpectedError("create-officer", error) }), values };
  }
  // The id, never free text, travels in the URL: the page looks the name up.
  redirect(`/admin/users?created=${created.userId}`);
}
