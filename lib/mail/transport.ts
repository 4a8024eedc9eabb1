import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { smtpSettings, type SmtpSettings } from "./settings";

export type MailTransport = { settings: SmtpSettings; transporter: Transporter };

// Built once per process from the environment, which does not change while the process runs.
let built: MailTransport | null | undefined;

/** The SMTP transport, or null when SMTP is not configured (emails are then held in the outbox). */
export function getMailTransport(): MailTransport | null {
  if (built !== undefined) return built;
  const settings = smtpSettings();
  built = settings
    ? {
        settings,
        transporter: nodemailer.createTransport({
          host: settings.host,
          port: settings.port,
          secure: settings.secure,
          auth: settings.auth,
          // A slow or silent server must not hold a delivery (and its row lock) for minutes.
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 20_000,
        }),
      }
    : null;
  return built;
}
