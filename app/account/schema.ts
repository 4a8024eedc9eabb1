import { z } from "zod";
import { NewPasswordSchema } from "@/lib/auth/credential-schemas";

export const PasswordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, "errors.currentPasswordWrong").max(1024, "errors.currentPasswordWrong"),
    newPassword: NewPasswordSchema,
    confirmPassword: z.string(),
  })
  .superRefine((value, ctx) => {
    if (value.confirmPassword !== value.newPassword) ctx.addIssue({ code: "custom", message: "errors.passwordMismatch", path: ["confirmPassword"] });
  });
