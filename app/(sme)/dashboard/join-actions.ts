"use server";

import { revalidatePath } from "next/cache";
import type { FormActionState } from "@/components/forms/action-state";
import { requireFirmAccess, requireRole } from "@/lib/auth/guards";
import { enrolFirmInProgramme, findProgrammeByEnrolmentCode } from "@/lib/db/queries/programmes";
import { echoFormValues, translateFieldErrors } from "@/lib/forms/field-errors";
import { getFormats, getTranslator } from "@/lib/i18n/server";
import { enrolmentWindowState } from "@/lib/programmes/enrolment-window";
import { JoinProgrammeSchema } from "./schema";

/** Enrols the manager's firm in the programme of an enrolment code, inside the programme's enrolment window. */
export async function joinProgrammeAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  await requireRole("sme");
  const [t, formats] = await Promise.all([getTranslator(), getFormats()]);
  const values = echoFormValues(formData);
  const parsed = JoinProgrammeSchema.safeParse({ firmId: formData.get("firmId"), enrolmentCode: formData.get("enrolmentCode") ?? "" });
  if (!parsed.success) return { status: "error", fieldErrors: translateFieldErrors(parsed.error, t), values };
  const { user, firm } = await requireFirmAccess(parsed.data.firmId);
  const programme = await findProgrammeByEnrolmentCode(parsed.data.enrolmentCode);
  if (!programme) return { status: "error", fieldErrors: { enrolmentCode: t("errors.enrolmentCodeUnknown") }, values };
  // Window days are Malaysian calendar days: "today" is the day in the display time zone.
  const window = enrolmentWindowState(programme, formats.isoDay(new Date()));
  if (window === "not-yet-open") return { status: "error", fieldErrors: { enrolmentCode: t("programmes.errors.notYetOpen", { date: formats.day(programme.opensOn!) }) }, values };
  if (window === "closed") return { status: "error", fieldErrors: { enrolmentCode: t("programmes.errors.closed", { date: formats.day(programme.closesOn!) }) }, values };
  const joined = await enrolFirmInProgramme(firm.id, programme.id, { id: user.id, role: user.role });
  revalidatePath("/dashboard");
  return { status: "success", message: t(joined ? "programmes.joined" : "programmes.alreadyJoined", { firm: firm.name, programme: programme.name }) };
}
