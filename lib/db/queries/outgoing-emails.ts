import "server-only";
import { and, desc, eq, isNull, lt, lte, notInArray, or, sql } from "drizzle-orm";
import { maxDeliveryAttempts, retryDelaySeconds } from "@/lib/mail/retry-schedule";
import { getDb, type Executor } from "../client";
import { outgoingEmails, type OutgoingEmail } from "../schema";

// The email outbox: rows are written in the transaction of the event they report and delivered after
// commit (lib/mail/deliver.ts). Without SMTP they are written as `held`: the development outbox.

/** A failed send is tried again by later deliveries, on the schedule of lib/mail/retry-schedule.ts, until it has been attempted this many times. */
export { maxDeliveryAttempts };

export type NewOutgoingEmail = {
  toAddress: string;
  subject: string;
  textBody: string;
  notificationId: string | null;
  status: "pending" | "held";
};

/** Call with the transaction of the event the emails report. */
export async function insertOutgoingEmails(executor: Executor, emails: NewOutgoingEmail[]): Promise<void> {
  if (emails.length === 0) return;
  await executor.insert(outgoingEmails).values(emails);
}

export type DeliverableEmail = Pick<OutgoingEmail, "id" | "toAddress" | "subject" | "textBody" | "attempts">;
export type DeliveryOutcome = { id: string; outcome: "sent" } | { id: string; outcome: "failed"; error: string };

const deliverable = or(
  eq(outgoingEmails.status, "pending"),
  and(eq(outgoingEmails.status, "failed"), lt(outgoingEmails.attempts, maxDeliveryAttempts), or(isNull(outgoingEmails.nextAttemptAt), lte(outgoingEmails.nextAttemptAt, sql`now()`))),
);
const unclaimed = or(isNull(outgoingEmails.claimedUntil), lt(outgoingEmails.claimedUntil, sql`now()`));

/** Longer than any send can take (lib/mail/transport.ts: at most 10 s to connect and greet, 20 s idle). */
const claimSeconds = 120;

/**
 * Claims the oldest email waiting to be sent (pending, or failed with attempts left and its retry
 * time reached, and not claimed by another deliverer) other than `skipIds`, calls `send` with it and records the outcome:
 * sent, or failed with the error, the attempt counted either way. The claim is a short committed
 * update, so no transaction or row lock is held while the SMTP server answers (on the embedded
 * database an open transaction holds up every other query); deliverers on other instances skip a
 * claimed row, so no email goes out twice from concurrent runs. A crash between the send and the
 * record leaves the claim to expire and the email to be sent again: delivery is at least once.
 * Returns null when nothing is waiting.
 */
export async function deliverNextEmail(send: (email: DeliverableEmail) => Promise<void>, skipIds: readonly string[] = []): Promise<DeliveryOutcome | null> {
  const db = getDb();
  const next = db
    .select({ id: outgoingEmails.id })
    .from(outgoingEmails)
    .where(and(deliverable, unclaimed, skipIds.length > 0 ? notInArray(outgoingEmails.id, [...skipIds]) : undefined))
    .orderBy(outgoingEmails.createdAt, outgoingEmails.id)
    .limit(1)
    .for("update", { skipLocked: true });
  const [email] = await db
    .update(outgoingEmails)
    .set({ claimedUntil: sql`now() + make_interval(secs => ${claimSeconds})` })
    .where(and(eq(outgoingEmails.id, sql`(${next})`), deliverable, unclaimed))
    .returning({ id: outgoingEmails.id, toAddress: outgoingEmails.toAddress, subject: outgoingEmails.subject, textBody: outgoingEmails.textBody, attempts: outgoingEmails.attempts });
  if (!email) return null;
  try {
    await send(email);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
    const delay = retryDelaySeconds(email.attempts + 1);
    await db
      .update(outgoingEmails)
      .set({
        status: "failed",
        attempts: sql`${outgoingEmails.attempts} + 1`,
        lastError: message,
        claimedUntil: null,
        nextAttemptAt: delay === null ? null : sql`now() + make_interval(secs => ${delay})`,
      })
      .where(eq(outgoingEmails.id, email.id));
    return { id: email.id, outcome: "failed", error: message };
  }
  await db
    .update(outgoingEmails)
    .set({ status: "sent", attempts: sql`${outgoingEmails.attempts} + 1`, lastError: null, sentAt: new Date(), claimedUntil: null, nextAttemptAt: null })
    .where(eq(outgoingEmails.id, email.id));
  return { id: email.id, outcome: "sent" };
}

export type OutboxEmail = Pick<OutgoingEmail, "id" | "toAddress" | "subject" | "textBody" | "status" | "attempts" | "lastError" | "createdAt" | "sentAt" | "nextAttemptAt">;

const outboxColumns = {
  id: outgoingEmails.id,
  toAddress: outgoingEmails.toAddress,
  subject: outgoingEmails.subject,
  textBody: outgoingEmails.textBody,
  status: outgoingEmails.status,
  attempts: outgoingEmails.attempts,
  lastError: outgoingEmails.lastError,
  createdAt: outgoingEmails.createdAt,
  sentAt: outgoingEmails.sentAt,
  nextAttemptAt: outgoingEmails.nextAttemptAt,
};

export const outboxPageSize = 25;

/** Every email, newest first, one page at a time; for the admin outbox only. */
export async function listOutboxEmails(page: number): Promise<{ items: OutboxEmail[]; total: number }> {
  const db = getDb();
  const [items, [counted]] = await Promise.all([
    db
      .select(outboxColumns)
      .from(outgoingEmails)
      .orderBy(desc(outgoingEmails.createdAt), desc(outgoingEmails.id))
      .limit(outboxPageSize)
      .offset((Math.max(1, page) - 1) * outboxPageSize),
    db.select({ total: sql<number>`count(*)`.mapWith(Number) }).from(outgoingEmails),
  ]);
  return { items, total: counted?.total ?? 0 };
}
