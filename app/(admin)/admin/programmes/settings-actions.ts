"use server";

import { notFound, redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/guards";
import { createProgramme, updateProgramme, type ProgrammeSaveProblem } from "@/lib/db/queries/programme-settings";
import { refuseInvalidForm } from "@/lib/forms/field-errors";
import { refusedForm, type FormActionState } from "@/lib/forms/form-result";
import { readForm } from "@/lib/forms/read-form";
import type { MessageKey } from "@/lib/i18n";
import { getTranslator } from "@/lib/i18n/server";
import { ProgrammeFormSchema } from "@/lib/programmes/programme-settings";
import { ProgrammeIdSchema } from "./schema";

const problemFields: Record<Exclude<ProgrammeSaveProblem, "not-found">, { field: string; message: MessageKey }> = {
  "code-taken": { field: "enrolmentCode", message: "programmes.errors.codeTaken" },
  "version-unknown": { field: "questionnaireVersionId", message: "programmes.errors.versionUnknown" },
  "version-locked": { field: "questionnaireVersionId", message: "programmes.errors.versionLocked" },
  "officer-unknown": { field: "officerIds", message: "programmes.errors.officerUnknown" },
};

async function saveProgramme(programmeId: string | null, formData: FormData): Promise<FormActionState> {
  const admin = await requireRole("admin");
  const t = await getTranslator();
  const { input, echo } = readForm(formData, { lists: ["officerIds"] });
  const parsed = ProgrammeFormSchema.safeParse(input);
  if (!parsed.success) return refuseInvalidForm(parsed.error, t, echo);
  const outcome = programmeId ? await updateProgramme(programmeId, parsed.data, admin) : await createProgramme(parsed.data, admin);
  if (outcome.kind === "refused") {
    if (outcome.problem === "not-found") notFound();
    const { field, message } = problemFields[outcome.problem];
    return refusedForm({ [field]: t(message) }, echo);
  }
  redirect(`/admin/programmes?done=${programmeId ? "saved" : "created"}&programme=${outcome.programmeId}`);
}

/** Creates a programme; admin only. */
export async function createProgrammeAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  return saveProgramme(null, formData);
}

/** Saves a programme's settings; admin only. The id is bound on the server page, never read from the form. */
export async function updateProgrammeAction(programmeId: string, _previous: FormActionState, formData: FormData): Promise<FormActionState> {
  await requireRole("admin");
  if (!ProgrammeIdSchema.safeParse(programmeId).success) notFound();
  return saveProgramme(programmeId, formData);
}
