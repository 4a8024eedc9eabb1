import { z } from "zod";
import { checkPasswordAgainstEmail, EmailSchema, NewPasswordSchema, PersonNameSchema } from "@/lib/auth/credential-schemas";

/** An account made through an invitation: the person only; the firm is the inviting one. */
export const InvitedSignUpSchema = z
  .object({ name: PersonNameSchema, email: EmailSchema, password: NewPasswordSchema })
  .superRefine((value, ctx) => checkPasswordAgainstEmail(value.password, value.email, ctx, "password"));
