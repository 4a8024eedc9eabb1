import { z } from "zod";
import { checkNewPassword } from "@/lib/auth/credential-schemas";

export const PasswordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, "errors.currentPasswordWrong").max(1024, "errors.currentPasswordWrong"),
    newPassword: z.string().max(1024, "errors.passwordTooLong"),
    confirmPassword: z.string(),
  })
  .superRefine((value, ctx) => {
    checkNewPassword(value.newPassword, undefined, ctx, "newPassword");
    if (value.confirmPassword !== value.newPassword) ctx.addIssue({ code: "custom", message: "errors.passwordMismatch", path: ["confirmPassword"] });
  });
