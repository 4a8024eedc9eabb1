import { z } from "zod";
import { userText } from "@/lib/text/user-text";
import { countryCodes, isicDivisionCodes } from "@/lib/questionnaire/taxonomy";

/** The firm profile, with the sign-up form's rules for each field. */
export const FirmProfileSchema = z.object({
  firmId: z.uuid(),
  name: userText({ max: 200, tooLong: "errors.firmNameRequired", required: "errors.firmNameRequired" }),
  country: z.enum(countryCodes, { error: "errors.countryRequired" }),
  sector: z.enum(isicDivisionCodes as [string, ...string[]], { error: "errors.sectorRequired" }),
  employees: z.coerce.number({ error: "errors.employeesInvalid" }).int("errors.employeesInvalid").min(1, "errors.employeesInvalid").max(1_000_000, "errors.employeesInvalid"),
});
