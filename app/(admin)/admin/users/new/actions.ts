"use server";

import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/guards";
import { hashPassword } from "@/lib/auth/password-hash";
import { createOfficerAccount, EmailTakenError } from "@/lib/db/queries/users";
import { refuseInvalidForm } from "@/lib/forms/field-errors";
import { failedForm, refusedForm, type FormActionState } from "@/lib/forms/form-result";
import { readForm } from "@/lib/forms/read-form";
import { logUnexpectedError } from "@/lib/forms/unexpected-error";
import { getTranslator } from "@/lib/i18n/server";
import { NewOfficerSchema } from "./schema";

/** Creates a programme officer account; admin only. */
export async function createOfficerAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  const admin = await requireRole("admin");
  const t = await getTranslator();
  const { input, echo: values } = readForm(formData, { secrets: ["password"] });
  const parsed = NewOfficerSchema.safeParse(input);
  if (!parsed.success) return refuseInvalidForm(parsed.error, t, values);
  let created: { userId: string };
  try {
    created = await createOfficerAccount(
      { email: parsed.data.email, name: parsed.data.name, passwordHash: await hashPassword(parsed.data.password) },
      admin,
    );
  } catch (error) {
    if (error instanceof EmailTakenError) return refusedForm({ email: t("errors.emailInUse") }, values);
    return failedForm(t("errors.generic", { ref: logUnexpectedError("create-officer", error) }), values);
  }
  // The id, never free text, travels in the URL: the page looks the name up.
  redirect(`/admin/users?created=${created.userId}`);
}
