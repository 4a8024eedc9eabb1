import { z } from "zod";

// Inputs of the notifications page and its actions. A query value that does not parse is dropped,
// so a hand-edited URL still shows the list.

const pageNumber = z.coerce.number().int().min(1).max(10_000).catch(1).default(1);

export const NotificationsQuerySchema = z.object({
  page: pageNumber,
  done: z.enum(["read", "all-read"]).optional().catch(undefined),
});

const NotificationIdSchema = z.uuid();

export const OpenNotificationSchema = z.object({ notificationId: NotificationIdSchema });

/** "Mark as read" posts the notification and the page the reader is on, to return there. */
export const MarkNotificationReadSchema = z.object({ notificationId: NotificationIdSchema, page: pageNumber });

export const MarkAllNotificationsReadSchema = z.object({ page: pageNumber });
