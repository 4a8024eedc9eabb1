import "server-only";
import { readEnv, type Env } from "@/lib/env";

export type SmtpSettings = {
  host: string;
  port: number;
  /** TLS from the first byte; otherwise STARTTLS when the server offers it. */
  secure: boolean;
  auth: { user: string; pass: string } | undefined;
  from: string;
};

/** The SMTP server to send through, from the environment (lib/env.ts); null when email delivery is not configured. */
export function smtpSettings(env: Env = readEnv()): SmtpSettings | null {
  if (!env.SMTP_HOST || !env.MAIL_FROM) return null;
  const secure = env.SMTP_SECURE ?? env.SMTP_PORT === 465;
  return {
    host: env.SMTP_HOST,
    port: env.SMTP_PORT ?? (secure ? 465 : 587),
    secure,
    auth: env.SMTP_USER && env.SMTP_PASSWORD ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } : undefined,
    from: env.MAIL_FROM,
  };
}
