import { z } from "zod";
import { NewPasswordSchema } from "@/lib/auth/credential-schemas";

export const ResetPasswordSchema = z
  .object({ newPassword: NewPasswordSchema, confirmPassword: z.string() })
  .superRefine((value, ctx) => {
    if (value.confirmPassword !== value.newPassword) ctx.addIssue({ code: "custom", message: "errors.passwordMismatch", path: ["confirmPassword"] });
  });
