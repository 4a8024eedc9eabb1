"use server";

import { redirect } from "next/navigation";
import { refusedForm, failedForm, type FormActionState } from "@/lib/forms/form-result";
import { readForm } from "@/lib/forms/read-form";
import { hashPassword } from "@/lib/auth/password-hash";
import { startSession } from "@/lib/auth/start-session";
import { findProgrammeByEnrolmentCode } from "@/lib/db/queries/programmes";
import { createSmeAccount, EmailTakenError } from "@/lib/db/queries/users";
import { refuseInvalidForm } from "@/lib/forms/field-errors";
import { logUnexpectedError } from "@/lib/forms/unexpected-error";
import { getFormats, getTranslator } from "@/lib/i18n/server";
import { enrolmentWindowState } from "@/lib/programmes/enrolment-window";
import { SignUpSchema } from "./schema";

/** Creates an SME manager and their firm and signs the manager in; anyone may call it (it is the sign-up). */
export async function signUpAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  const t = await getTranslator();
  const { input: posted, echo: values } = readForm(formData, { secrets: ["password"] });
  const parsed = SignUpSchema.safeParse(posted);
  if (!parsed.success) return refuseInvalidForm(parsed.error, t, values);
  const input = parsed.data;

  let programmeId: string | null = null;
  if (input.enrolmentCode) {
    const programme = await findProgrammeByEnrolmentCode(input.enrolmentCode);
    if (!programme) return refusedForm({ enrolmentCode: t("errors.enrolmentCodeUnknown") }, values);
    const formats = await getFormats();
    // Window days are Malaysian calendar days: "today" is the day in the display time zone.
    const window = enrolmentWindowState(programme, formats.isoDay(new Date()));
    if (window !== "open") {
      const message = window === "closed" ? t("programmes.errors.closed", { date: formats.day(programme.closesOn!) }) : t("programmes.errors.notYetOpen", { date: formats.day(programme.opensOn!) });
      return refusedForm({ enrolmentCode: message }, values);
    }
    programmeId = programme.id;
  }

  let userId: string;
  try {
    ({ userId } = await createSmeAccount({
      email: input.email,
      name: input.name,
      passwordHash: await hashPassword(input.password),
      firm: { name: input.firmName, country: input.country, sector: input.sector, employees: input.employees },
      programmeId,
    }));
  } catch (error) {
    if (error instanceof EmailTakenError) return refusedForm({ email: t("errors.emailTaken") }, values);
    return failedForm(t("errors.generic", { ref: logUnexpectedError("sign-up", error) }), values);
  }
  // Signed in at once: the manager just chose this password, so no second entry of it.
  try {
    await startSession({ id: userId, email: input.email, name: input.name, role: "sme" }, "sign-up");
  } catch (error) {
    // The account exists; should the session fail to start, signing in still works.
    logUnexpectedError("sign-up session", error);
    redirect(`/sign-in?created=1&email=${encodeURIComponent(input.email)}`);
  }
  redirect("/dashboard");
}
