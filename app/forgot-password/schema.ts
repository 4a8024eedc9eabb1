import { z } from "zod";
import { EmailSchema } from "@/lib/auth/credential-schemas";

export const ForgotPasswordSchema = z.object({ email: EmailSchema });
