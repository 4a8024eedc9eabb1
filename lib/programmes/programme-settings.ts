import { z } from "zod";
import { userText } from "@/lib/text/user-text";
import { countryCodes, dimensionIds, type CountryCode } from "@/lib/questionnaire/taxonomy";
import { maxLevel } from "@/lib/questionnaire/version-schema";

// What an admin sets for a programme, validated once for the create and the edit form.
// Error messages are message keys (see lib/forms/field-errors.ts).

/** Upper-case letters, digits and dashes: easy to read out on a call and to type from a flyer. */
export const EnrolmentCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{3,31}$/, "programmes.errors.codeFormat");

const optionalDay = z.union([z.literal("").transform(() => null), z.iso.date("programmes.errors.dateInvalid")]);

/** A target level per dimension; "" in the form means the programme sets no target for it. */
const TargetsSchema = z.record(z.string(), z.string()).transform((raw, ctx) => {
  const targets: Record<string, number> = {};
  for (const [dimensionId, value] of Object.entries(raw)) {
    if (value === "") continue;
    const level = Number(value);
    if (!dimensionIds.includes(dimensionId as never) || !Number.isInteger(level) || level < 1 || level > maxLevel) {
      ctx.addIssue({ code: "custom", message: "programmes.errors.targetInvalid", path: [] });
      return z.NEVER;
    }
    targets[dimensionId] = level;
  }
  return targets;
});

export const ProgrammeSettingsSchema = z
  .strictObject({
    name: userText({ max: 120, tooLong: "programmes.errors.nameLength", required: "programmes.errors.nameLength" }).min(3, "programmes.errors.nameLength"),
    country: z.enum(countryCodes as unknown as [CountryCode, ...CountryCode[]], "errors.countryRequired"),
    questionnaireVersionId: userText({ max: 64, tooLong: "programmes.errors.versionRequired", required: "programmes.errors.versionRequired" }),
    enrolmentCode: EnrolmentCodeSchema,
    opensOn: optionalDay,
    closesOn: optionalDay,
    targets: TargetsSchema,
    officerIds: z.array(z.uuid("errors.officerRequired")).max(50),
  })
  .refine((s) => !s.opensOn || !s.closesOn || s.opensOn <= s.closesOn, { path: ["closesOn"], message: "errors.dateRangeOrder" });
export type ProgrammeSettings = z.infer<typeof ProgrammeSettingsSchema>;

/** Reads the programme form: targets arrive as target.<dimensionId>, officers as repeated officerId. */
export function programmeSettingsInput(formData: FormData): Record<string, unknown> {
  const targets: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("target.") && typeof value === "string") targets[key.slice("target.".length)] = value;
  }
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    name: text("name"),
    country: text("country"),
    questionnaireVersionId: text("questionnaireVersionId"),
    enrolmentCode: text("enrolmentCode"),
    opensOn: text("opensOn"),
    closesOn: text("closesOn"),
    targets,
    officerIds: formData.getAll("officerId").filter((v): v is string => typeof v === "string" && v !== ""),
  };
}
