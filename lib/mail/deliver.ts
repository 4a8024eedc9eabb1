import "server-only";
import { deliverNextEmail } from "@/lib/db/queries/outgoing-emails";
import { requestLogger } from "@/lib/log/request-logger";
import { getMailTransport } from "./transport";

export type DeliveryReport = { sent: number; failed: number };

/** Enough for a burst of events; what is left waits for the next delivery. */
const maxEmailsPerRun = 200;

/**
 * Sends the emails waiting in the outbox and records each outcome (sent, or failed with the error
 * and the attempt counted, to be tried again by a later run). Call it after the transaction that
 * wrote the emails has committed; fire and forget is fine. It never throws: a failure is logged
 * and reported in the counts. Without SMTP settings it does nothing (emails are held).
 */
export async function deliverPendingEmails(): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, failed: 0 };
  // Lines carry job "mail", and the id of the request that wrote the emails when a request runs this.
  const log = await requestLogger("mail");
  try {
    const transport = getMailTransport();
    if (!transport) return report;
    const attempted: string[] = [];
    while (attempted.length < maxEmailsPerRun) {
      const result = await deliverNextEmail(async (email) => {
        await transport.transporter.sendMail({ from: transport.settings.from, to: email.toAddress, subject: email.subject, text: email.textBody });
      }, attempted);
      if (!result) break;
      // Each email is tried once per run, so a failing server is not hammered in a loop.
      attempted.push(result.id);
      if (result.outcome === "sent") report.sent += 1;
      else {
        report.failed += 1;
        log.error({ emailId: result.id, error: result.error }, "email delivery failed");
      }
    }
  } catch (error) {
    log.error({ err: error }, "email delivery run failed");
  }
  if (report.sent + report.failed > 0) log.info(report, "email delivery run");
  return report;
}
