/** What the programme form's server action answers: translated field errors and every posted value (lists kept whole). */
export type ProgrammeFormState = {
  status: "idle" | "error";
  fieldErrors?: Record<string, string>;
  formError?: string;
  values?: Record<string, string[]>;
  /** Changes with every answer, so the form remounts with the posted values (React resets uncontrolled selects to their first defaults). */
  attempt?: string;
};

export const idleProgrammeFormState: ProgrammeFormState = { status: "idle" };

/** The form's values as the component reads them: field name → posted values. */
export function programmeFormValues(formData: FormData): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$")) continue;
    (values[key] ??= []).push(value);
  }
  return values;
}

/** DOM id of a field, for labels and the error summary's links. */
export const programmeFieldId = (name: string) => `programme-${name.replace(/[^a-zA-Z0-9-]/g, "-")}`;
