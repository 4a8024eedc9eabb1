"use server";

import { randomUUID } from "node:crypto";
import { notFound, redirect } from "next/navigation";
import { programmeFormValues, type ProgrammeFormState } from "@/components/programmes/programme-form-state";
import { requireRole } from "@/lib/auth/guards";
import { createProgramme, updateProgramme, type ProgrammeSaveProblem } from "@/lib/db/queries/programme-settings";
import { translateFieldErrors } from "@/lib/forms/field-errors";
import type { MessageKey } from "@/lib/i18n";
import { getTranslator } from "@/lib/i18n/server";
import { programmeSettingsInput, ProgrammeSettingsSchema } from "@/lib/programmes/programme-settings";
import { ProgrammeIdSchema } from "./schema";

const problemFields: Record<Exclude<ProgrammeSaveProblem, "not-found">, { field: string; message: MessageKey }> = {
  "code-taken": { field: "enrolmentCode", message: "programmes.errors.codeTaken" },
  "version-unknown": { field: "questionnaireVersionId", message: "programmes.errors.versionUnknown" },
  "version-locked": { field: "questionnaireVersionId", message: "programmes.errors.versionLocked" },
  "officer-unknown": { field: "officerIds", message: "programmes.errors.officerUnknown" },
};

async function saveProgramme(programmeId: string | null, formData: FormData): Promise<ProgrammeFormState> {
  const admin = await requireRole("admin");
  const t = await getTranslator();
  const values = programmeFormValues(formData);
  const parsed = ProgrammeSettingsSchema.safeParse(programmeSettingsInput(formData));
  const attempt = randomUUID();
  if (!parsed.success) return { status: "error", fieldErrors: translateFieldErrors(parsed.error, t), values, attempt };
  const actor = { id: admin.id, role: admin.role };
  const outcome = programmeId ? await updateProgramme(programmeId, parsed.data, actor) : await createProgramme(parsed.data, actor);
  if (outcome.kind === "refused") {
    if (outcome.problem === "not-found") notFound();
    const { field, message } = problemFields[outcome.problem];
    return { status: "error", fieldErrors: { [field]: t(message) }, values, attempt };
  }
  redirect(`/admin/programmes?done=${programmeId ? "saved" : "created"}&programme=${outcome.programmeId}`);
}

/** Creates a programme; admin only. */
export async function createProgrammeAction(_previous: ProgrammeFormState, formData: FormData): Promise<ProgrammeFormState> {
  return saveProgramme(null, formData);
}

/** Saves a programme's settings; admin only. The id is bound on the server page, never read from the form. */
export async function updateProgrammeAction(programmeId: string, _previous: ProgrammeFormState, formData: FormData): Promise<ProgrammeFormState> {
  await requireRole("admin");
  if (!ProgrammeIdSchema.safeParse(programmeId).success) notFound();
  return saveProgramme(programmeId, formData);
}
