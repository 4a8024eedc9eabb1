import { z } from "zod";
import { targetFieldName } from "./programme-form-fields";
import { checkedList } from "@/lib/forms/form-schemas";
import { userText } from "@/lib/text/user-text";
import { countryCodes, dimensionIds, type CountryCode } from "@/lib/questionnaire/taxonomy";
import { maxLevel } from "@/lib/questionnaire/version-schema";

// What an admin sets for a programme, validated by one schema in the browser and on the server.
// Error messages are message keys (see lib/forms/message-ref.ts).

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

const NameSchema = userText({ max: 120, tooLong: "programmes.errors.nameLength", required: "programmes.errors.nameLength" }).min(3, "programmes.errors.nameLength");
const CountrySchema = z.enum(countryCodes as unknown as [CountryCode, ...CountryCode[]], "errors.countryRequired");
const VersionSchema = userText({ max: 64, tooLong: "programmes.errors.versionRequired", required: "programmes.errors.versionRequired" });
const OfficerIdsSchema = z.array(z.uuid("errors.officerRequired")).max(50);
const datesInOrder = (s: { opensOn: string | null; closesOn: string | null }) => !s.opensOn || !s.closesOn || s.opensOn <= s.closesOn;

/** A programme's settings as data (what the queries store). */
export const ProgrammeSettingsSchema = z
  .strictObject({
    name: NameSchema,
    country: CountrySchema,
    questionnaireVersionId: VersionSchema,
    enrolmentCode: EnrolmentCodeSchema,
    opensOn: optionalDay,
    closesOn: optionalDay,
    targets: TargetsSchema,
    officerIds: OfficerIdsSchema,
  })
  .refine(datesInOrder, { path: ["closesOn"], message: "errors.dateRangeOrder" });
export type ProgrammeSettings = z.infer<typeof ProgrammeSettingsSchema>;

/** The form field of a dimension's target level (no dots: react-hook-form would read one as a path). */
export { targetFieldName };

const levelValues = ["", ...Array.from({ length: maxLevel }, (_, index) => String(index + 1))] as [string, ...string[]];
/** "" means the programme sets no target for the dimension; a missing select counts as "". */
const TargetLevelFieldSchema = z.enum(levelValues, "programmes.errors.targetInvalid").optional();

/**
 * The programme form as posted (the browser's react-hook-form values or the server's FormData read
 * by readForm): one field per setting, a select per dimension's target, a checkbox per officer.
 * Every problem is reported at its own field in one pass; the output is the settings as data.
 * Strict: a target for a dimension that does not exist is refused, not dropped.
 */
export const ProgrammeFormSchema = z
  .strictObject({
    name: NameSchema,
    country: CountrySchema,
    questionnaireVersionId: VersionSchema,
    enrolmentCode: EnrolmentCodeSchema,
    opensOn: optionalDay,
    closesOn: optionalDay,
    ...(Object.fromEntries(dimensionIds.map((id) => [targetFieldName(id), TargetLevelFieldSchema])) as Record<string, typeof TargetLevelFieldSchema>),
    officerIds: checkedList(z.uuid("errors.officerRequired")).pipe(OfficerIdsSchema),
  })
  .refine(datesInOrder, { path: ["closesOn"], message: "errors.dateRangeOrder" })
  .transform((form): ProgrammeSettings => {
    const targets: Record<string, number> = {};
    for (const id of dimensionIds) {
      const level = (form as Record<string, unknown>)[targetFieldName(id)];
      if (typeof level === "string" && level !== "") targets[id] = Number(level);
    }
    return {
      name: form.name,
      country: form.country,
      questionnaireVersionId: form.questionnaireVersionId,
      enrolmentCode: form.enrolmentCode,
      opensOn: form.opensOn,
      closesOn: form.closesOn,
      targets,
      officerIds: form.officerIds,
    };
  });

/** The form's values showing stored settings (the inverse of ProgrammeFormSchema). */
export function programmeFormValues(settings: Omit<ProgrammeSettings, "opensOn" | "closesOn"> & { opensOn: string | null; closesOn: string | null }): Record<string, string | string[]> {
  return {
    name: settings.name,
    country: settings.country,
    questionnaireVersionId: settings.questionnaireVersionId,
    enrolmentCode: settings.enrolmentCode,
    opensOn: settings.opensOn ?? "",
    closesOn: settings.closesOn ?? "",
    officerIds: settings.officerIds,
    ...Object.fromEntries(Object.entries(settings.targets).map(([dimensionId, level]) => [targetFieldName(dimensionId), String(level)])),
  };
}
