import "server-only";
import { deliverPendingEmails, type DeliveryReport } from "./deliver";

// Deliveries run after each event that writes emails; this schedule also runs one every minute,
// so an email that failed is tried again when its retry time comes (lib/mail/retry-schedule.ts)
// even if no new event happens. Every instance of the app runs its own schedule: the claims of
// lib/db/queries/outgoing-emails.ts keep two instances from sending one email twice.

export type DeliverySchedule = { stop: () => void };

/** Starts the schedule: a delivery every `intervalMs`, never two of this process at once. */
export function startDeliverySchedule(intervalMs: number, deliver: () => Promise<DeliveryReport> = deliverPendingEmails): DeliverySchedule {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    // deliverPendingEmails never throws; the catch only keeps a wrong `deliver` from killing the timer.
    deliver()
      .catch(() => undefined)
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  // The schedule alone never keeps the process alive (a stopping server exits).
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
