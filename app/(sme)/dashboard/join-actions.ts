"use server";

import { revalidatePath } from "next/cache";
import { requireFirmManager, requireRole } from "@/lib/auth/guards";
import { enrolFirmInProgramme, findProgrammeByEnrolmentCode } from "@/lib/db/queries/programmes";
import { refuseInvalidForm } from "@/lib/forms/field-errors";
import { refusedForm, type FormActionState } from "@/lib/forms/form-result";
import { readForm } from "@/lib/forms/read-form";
import { getFormats, getTranslator } from "@/lib/i18n/server";
import { enrolmentWindowState } from "@/lib/programmes/enrolment-window";
import { JoinProgrammeSchema } from "./schema";

/** Enrols the firm (its managers only) in the programme of an enrolment code, inside the programme's enrolment window. */
export async function joinProgrammeAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  await requireRole("sme");
  const [t, formats] = await Promise.all([getTranslator(), getFormats()]);
  const { input, echo } = readForm(formData);
  const parsed = JoinProgrammeSchema.safeParse(input);
  if (!parsed.success) return refuseInvalidForm(parsed.error, t, echo);
  const { user, firm } = await requireFirmManager(parsed.data.firmId, "start");
  // Case, spaces and hyphens do not count ("penang 2026" is PENANG-2026), as at sign-up.
  const programme = await findProgrammeByEnrolmentCode(parsed.data.enrolmentCode);
  if (!programme) return refusedForm({ enrolmentCode: t("errors.enrolmentCodeUnknown") }, echo);
  // Window days are Malaysian calendar days: "today" is the day in the display time zone.
  const window = enrolmentWindowState(programme, formats.isoDay(new Date()));
  if (window === "not-yet-open") return refusedForm({ enrolmentCode: t("programmes.errors.notYetOpen", { date: formats.day(programme.opensOn!) }) }, echo);
  if (window === "closed") return refusedForm({ enrolmentCode: t("programmes.errors.closed", { date: formats.day(programme.closesOn!) }) }, echo);
  const joined = await enrolFirmInProgramme(firm.id, programme.id, user);
  revalidatePath("/dashboard");
  return { status: "success", message: t(joined ? "programmes.joined" : "programmes.alreadyJoined", { firm: firm.name, programme: programme.name }) };
}
