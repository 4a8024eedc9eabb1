"use server";

import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireFirmManager, requireRole } from "@/lib/auth/guards";
import { updateFirmProfile } from "@/lib/db/queries/firm-team";
import { refuseInvalidForm } from "@/lib/forms/field-errors";
import type { FormActionState } from "@/lib/forms/form-result";
import { readForm } from "@/lib/forms/read-form";
import { getTranslator } from "@/lib/i18n/server";
import { FirmProfileSchema } from "./schema";

/** Saves the firm profile; the firm's managers only. Each changed field is audited before/after. */
export async function updateFirmProfileAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  await requireRole("sme");
  const t = await getTranslator();
  const { input, echo } = readForm(formData);
  const parsed = FirmProfileSchema.safeParse(input);
  if (!parsed.success) {
    if (parsed.error.issues.some((issue) => issue.path[0] === "firmId")) notFound();
    return refuseInvalidForm(parsed.error, t, echo);
  }
  const { user, firm } = await requireFirmManager(parsed.data.firmId, "edit-profile");
  const { name, country, sector, employees } = parsed.data;
  const outcome = await updateFirmProfile(user, firm.id, { name, country, sector, employees });
  if (outcome === "not-found") notFound();
  revalidatePath("/dashboard");
  return { status: "success", message: t(outcome === "updated" ? "team.profile.saved" : "team.profile.unchanged"), values: echo };
}
