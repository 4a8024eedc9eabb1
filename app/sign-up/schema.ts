import { z } from "zod";
import { checkPasswordAgainstEmail, EmailSchema, NewPasswordSchema, PersonNameSchema } from "@/lib/auth/credential-schemas";
import { userText } from "@/lib/text/user-text";
import { countryCodes, isicDivisionCodes } from "@/lib/questionnaire/taxonomy";

export const SignUpSchema = z
  .object({
    name: PersonNameSchema,
    email: EmailSchema,
    password: NewPasswordSchema,
    firmName: userText({ max: 200, tooLong: "errors.firmNameRequired", required: "errors.firmNameRequired" }),
    country: z.enum(countryCodes, { error: "errors.countryRequired" }),
    sector: z.enum(isicDivisionCodes as [string, ...string[]], { error: "errors.sectorRequired" }),
    employees: z.coerce
      .number({ error: "errors.employeesInvalid" })
      .int("errors.employeesInvalid")
      .min(1, "errors.employeesInvalid")
      .max(1_000_000, "errors.employeesInvalid"),
    enrolmentCode: userText({ max: 64, tooLong: "errors.enrolmentCodeUnknown" }).optional().default("").transform((code) => (code === "" ? null : code.toUpperCase())),
  })
  .superRefine((value, ctx) => checkPasswordAgainstEmail(value.password, value.email, ctx, "password"));

export type SignUp = z.infer<typeof SignUpSchema>;
