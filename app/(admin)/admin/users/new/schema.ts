import { z } from "zod";
import { checkNewPassword, EmailSchema, PersonNameSchema } from "@/lib/auth/credential-schemas";

export const NewOfficerSchema = z
  .object({ name: PersonNameSchema, email: EmailSchema, password: z.string().max(1024, "errors.passwordTooLong") })
  .superRefine((value, ctx) => checkNewPassword(value.password, value.email, ctx, "password"));
