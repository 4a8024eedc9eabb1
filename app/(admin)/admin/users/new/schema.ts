import { z } from "zod";
import { checkPasswordAgainstEmail, EmailSchema, NewPasswordSchema, PersonNameSchema } from "@/lib/auth/credential-schemas";

export const NewOfficerSchema = z
  .object({ name: PersonNameSchema, email: EmailSchema, password: NewPasswordSchema })
  .superRefine((value, ctx) => checkPasswordAgainstEmail(value.password, value.email, ctx, "password"));
