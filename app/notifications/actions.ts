"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/guards";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/db/queries/notifications";
import { notificationsPagePath, notificationTargetPath } from "@/lib/notifications/links";
import { MarkAllNotificationsReadSchema, MarkNotificationReadSchema, OpenNotificationSchema } from "./schema";

// Plain form posts (they work without JavaScript). Each changes only the caller's own notifications;
// the header's unread count lives in the root layout, so the whole tree is revalidated.

/**
 * Opens one of the caller's notifications: marks it read and goes to what it is about. The
 * destination comes from the stored notification, never from the form. Someone else's (or an
 * unknown) id answers 404 and changes nothing. A post, not a link, so no GET changes state.
 */
export async function openNotificationAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const parsed = OpenNotificationSchema.safeParse({ notificationId: formData.get("notificationId") });
  if (!parsed.success) notFound();
  const target = await markNotificationRead(user.id, parsed.data.notificationId);
  if (!target) notFound();
  revalidatePath("/", "layout");
  redirect(target.assessmentId ? notificationTargetPath(target.kind, target.assessmentId) : notificationsPagePath);
}

/** Marks one of the caller's notifications read; someone else's (or an unknown) id answers 404. */
export async function markNotificationReadAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const parsed = MarkNotificationReadSchema.safeParse({ notificationId: formData.get("notificationId"), page: formData.get("page") ?? undefined });
  if (!parsed.success) notFound();
  const target = await markNotificationRead(user.id, parsed.data.notificationId);
  if (!target) notFound();
  revalidatePath("/", "layout");
  redirect(`/notifications?page=${parsed.data.page}&done=read`);
}

/** Marks all of the caller's notifications read. */
export async function markAllNotificationsReadAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const { page } = MarkAllNotificationsReadSchema.parse({ page: formData.get("page") ?? undefined });
  await markAllNotificationsRead(user.id);
  revalidatePath("/", "layout");
  redirect(`/notifications?page=${page}&done=all-read`);
}
