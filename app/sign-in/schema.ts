import { z } from "zod";
import { EmailSchema } from "@/lib/auth/credential-schemas";

// Only that something was typed, and that the email reads as one: whether the pair is right is the
// server's to say, in one sentence that never tells which of the two was wrong.
export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1, "signIn.errors.passwordRequired").max(1024, "signIn.errors.passwordRequired"),
});
