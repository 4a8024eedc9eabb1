import "server-only";
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { appBaseUrl, smtpConfigured } from "@/lib/env";
import { composeNotificationEmail } from "@/lib/notifications/email";
import { audienceOf, notificationKinds, readNotificationDetails, type NotificationDetails, type NotificationKind } from "@/lib/notifications/kinds";
import { getDb, type Executor } from "../client";
import { assessments, firmMemberships, firms, notifications, programmeOfficers, programmes, users } from "../schema";
import { insertOutgoingEmails } from "./outgoing-emails";

/** The events people are told about: officers of new submissions, the firm's managers of decisions. */
export type AssessmentEvent =
  | { kind: "assessment.submitted"; assessmentId: string }
  | { kind: "assessment.returned"; assessmentId: string; reason: string }
  | { kind: "assessment.approved"; assessmentId: string };

type Recipient = { id: string; name: string; email: string };

/** Active officers assigned to the programme. */
async function programmeOfficerRecipients(executor: Executor, programmeId: string): Promise<Recipient[]> {
  return executor
    .select({ id: users.id, name: users.name, email: users.email })
    .from(programmeOfficers)
    .innerJoin(users, eq(users.id, programmeOfficers.userId))
    .where(and(eq(programmeOfficers.programmeId, programmeId), eq(users.active, true)))
    .orderBy(asc(users.email));
}

/** The firm's members with an active account and membership (a removed member gets no more news). */
async function firmMemberRecipients(executor: Executor, firmId: string): Promise<Recipient[]> {
  return executor
    .select({ id: users.id, name: users.name, email: users.email })
    .from(firmMemberships)
    .innerJoin(users, eq(users.id, firmMemberships.userId))
    .where(and(eq(firmMemberships.firmId, firmId), eq(users.active, true), isNull(firmMemberships.removedAt)))
    .orderBy(asc(users.email));
}

/**
 * Records the in-app notifications and the emails for one event, in the caller's transaction
 * (pass the transaction handle), so they exist exactly when the change they report commits.
 * A submission goes to every officer of the assessment's programme (nobody when it has none); a
 * return or an approval to every member of the firm. Emails are `pending` when SMTP is configured
 * and `held` (the development outbox) otherwise; the caller starts deliverPendingEmails
 * (lib/mail/deliver.ts) after its transaction commits.
 */
export async function notifyAssessmentEvent(executor: Executor, event: AssessmentEvent): Promise<void> {
  const [assessment] = await executor
    .select({
      firmId: assessments.firmId,
      firmName: firms.name,
      programmeId: assessments.programmeId,
      programmeName: programmes.name,
      revision: assessments.latestSubmittedRevision,
    })
    .from(assessments)
    .innerJoin(firms, eq(firms.id, assessments.firmId))
    .leftJoin(programmes, eq(programmes.id, assessments.programmeId))
    .where(eq(assessments.id, event.assessmentId));
  // An unknown id is a bug in the caller; failing rolls its change back rather than losing the notice.
  if (!assessment) throw new Error(`notifyAssessmentEvent: no assessment ${event.assessmentId}`);

  let recipients: Recipient[] = [];
  if (audienceOf(event.kind) === "firm-members") recipients = await firmMemberRecipients(executor, assessment.firmId);
  else if (assessment.programmeId) recipients = await programmeOfficerRecipients(executor, assessment.programmeId);
  if (recipients.length === 0) return;

  const details: NotificationDetails = {
    firmName: assessment.firmName,
    programmeName: assessment.programmeName,
    reason: event.kind === "assessment.returned" ? event.reason : null,
    revision: assessment.revision,
    sections: [],
  };
  await recordNotices(executor, { kind: event.kind, assessmentId: event.assessmentId, programmeId: assessment.programmeId, details }, recipients);
}

/** One in-app notification per recipient and its email in the outbox (held without SMTP), in the caller's transaction. */
async function recordNotices(
  executor: Executor,
  notice: { kind: NotificationKind; assessmentId: string; programmeId: string | null; details: NotificationDetails },
  recipients: readonly Recipient[],
): Promise<void> {
  const { kind, assessmentId, programmeId, details } = notice;
  const inserted = await executor
    .insert(notifications)
    .values(recipients.map((recipient) => ({ userId: recipient.id, kind, assessmentId, programmeId, details })))
    .returning({ id: notifications.id, userId: notifications.userId });
  const notificationIdByUser = new Map(inserted.map((row) => [row.userId, row.id]));
  const status = smtpConfigured() ? "pending" : "held";
  const baseUrl = appBaseUrl();
  await insertOutgoingEmails(
    executor,
    recipients.map((recipient) => {
      const email = composeNotificationEmail({ kind, details, assessmentId, recipientName: recipient.name, baseUrl });
      return { toAddress: recipient.email, subject: email.subject, textBody: email.text, notificationId: notificationIdByUser.get(recipient.id) ?? null, status };
    }),
  );
}

/** A notice about a draft for chosen people of the firm: assigned sections to their assignee, "ready to submit" to the managers. */
export type FirmPeopleNotice =
  | { kind: "assessment.sections-assigned"; assessmentId: string; userIds: readonly string[]; sections: readonly string[] }
  | { kind: "assessment.ready-to-submit"; assessmentId: string; revision: number }
  | { kind: "rating.round-opened"; assessmentId: string; userIds: readonly string[] };

/**
 * Records the in-app notifications and emails of a FirmPeopleNotice in the caller's transaction,
 * like notifyAssessmentEvent. Only active members with an active account hear of it: an assignee
 * removed in the meantime, or a contributor for "ready to submit", gets nothing.
 */
export async function notifyFirmPeople(executor: Executor, notice: FirmPeopleNotice): Promise<void> {
  const [assessment] = await executor
    .select({ firmId: assessments.firmId, firmName: firms.name, programmeId: assessments.programmeId, programmeName: programmes.name })
    .from(assessments)
    .innerJoin(firms, eq(firms.id, assessments.firmId))
    .leftJoin(programmes, eq(programmes.id, assessments.programmeId))
    .where(eq(assessments.id, notice.assessmentId));
  if (!assessment) throw new Error(`notifyFirmPeople: no assessment ${notice.assessmentId}`);
  const members = await executor
    .select({ id: users.id, name: users.name, email: users.email, role: firmMemberships.role })
    .from(firmMemberships)
    .innerJoin(users, eq(users.id, firmMemberships.userId))
    .where(and(eq(firmMemberships.firmId, assessment.firmId), eq(users.active, true), isNull(firmMemberships.removedAt)))
    .orderBy(asc(users.email));
  const recipients = members.filter((m) => (notice.kind === "assessment.ready-to-submit" ? m.role === "manager" : notice.userIds.includes(m.id)));
  if (recipients.length === 0) return;
  const details: NotificationDetails = {
    firmName: assessment.firmName,
    programmeName: assessment.programmeName,
    reason: null,
    revision: notice.kind === "assessment.ready-to-submit" ? notice.revision : null,
    sections: notice.kind === "assessment.sections-assigned" ? [...notice.sections] : [],
  };
  await recordNotices(executor, { kind: notice.kind, assessmentId: notice.assessmentId, programmeId: assessment.programmeId, details }, recipients);
}

// Reading and marking a notification changes only the reader's own inbox, not the assessment it
// is about, so it writes no audit event (the event itself was audited by the change that caused it).

/** Notifications of kinds this version knows how to show; others are left out of lists and counts alike. */
const knownKind = inArray(notifications.kind, [...notificationKinds]);

export async function countUnreadNotifications(userId: string): Promise<number> {
  const [row] = await getDb()
    .select({ unread: sql<number>`count(*)`.mapWith(Number) })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), knownKind));
  return row?.unread ?? 0;
}

export type NotificationEntry = {
  id: string;
  kind: NotificationKind;
  assessmentId: string | null;
  details: NotificationDetails;
  createdAt: Date;
  readAt: Date | null;
};

export const notificationsPageSize = 20;

/** The user's notifications, newest first, one page at a time. */
export async function listNotificationsForUser(userId: string, page: number): Promise<{ items: NotificationEntry[]; total: number }> {
  const db = getDb();
  const mine = and(eq(notifications.userId, userId), knownKind);
  const [rows, [counted]] = await Promise.all([
    db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        assessmentId: notifications.assessmentId,
        details: notifications.details,
        createdAt: notifications.createdAt,
        readAt: notifications.readAt,
      })
      .from(notifications)
      .where(mine)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(notificationsPageSize)
      .offset((Math.max(1, page) - 1) * notificationsPageSize),
    db.select({ total: sql<number>`count(*)`.mapWith(Number) }).from(notifications).where(mine),
  ]);
  return {
    items: rows.map((row) => ({ ...row, kind: row.kind as NotificationKind, details: readNotificationDetails(row.details) })),
    total: counted?.total ?? 0,
  };
}

export type NotificationTarget = { kind: NotificationKind; assessmentId: string | null };

/**
 * Marks one of the user's own notifications read (the first reading time is kept) and returns what
 * it points at; null, with nothing changed, when the id is not one of theirs.
 */
export async function markNotificationRead(userId: string, notificationId: string): Promise<NotificationTarget | null> {
  const [row] = await getDb()
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, notificationId), eq(notifications.userId, userId), knownKind))
    .returning({ kind: notifications.kind, assessmentId: notifications.assessmentId });
  return row ? { kind: row.kind as NotificationKind, assessmentId: row.assessmentId } : null;
}

/** Marks every unread notification of the user read; returns how many changed. */
export async function markAllNotificationsRead(userId: string): Promise<number> {
  const rows = await getDb()
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
