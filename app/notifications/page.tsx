import type { Metadata } from "next";
import { Pagination } from "@/components/forms/pagination";
import { requireUser } from "@/lib/auth/guards";
import { countUnreadNotifications, listNotificationsForUser, notificationsPageSize } from "@/lib/db/queries/notifications";
import { getFormats, getTranslator } from "@/lib/i18n/server";
import { notificationText } from "@/lib/notifications/text";
import { markAllNotificationsReadAction, markNotificationReadAction, openNotificationAction } from "./actions";
import { NotificationsQuerySchema } from "./schema";

export const metadata: Metadata = { title: "Notifications" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** GET /notifications — the signed-in user's notifications, newest first, in their UI language; any role. */
export default async function NotificationsPage({ searchParams }: Props) {
  const user = await requireUser();
  const params = await searchParams;
  const query = NotificationsQuerySchema.parse({ page: single(params.page), done: single(params.done) });
  const [t, formats, { items, total }, unread] = await Promise.all([
    getTranslator(),
    getFormats(),
    listNotificationsForUser(user.id, query.page),
    countUnreadNotifications(user.id),
  ]);
  const pages = Math.max(1, Math.ceil(total / notificationsPageSize));

  return (
    <>
      <h1>{t("notifications.title")}</h1>
      {query.done ? (
        <div className="notice notice--success" role="status">
          {t(query.done === "read" ? "notifications.markedRead" : "notifications.markedAllRead")}
        </div>
      ) : null}
      <p>{t("notifications.lead")}</p>
      {total === 0 ? <p>{t("notifications.none")}</p> : null}
      {unread > 0 ? (
        <div className="notifications-toolbar">
          <p className="notifications-toolbar__count">{t("notifications.unreadCount", { count: unread })}</p>
          <form action={markAllNotificationsReadAction}>
            <input type="hidden" name="page" value={query.page} />
            <button type="submit" className="button button--secondary">
              {t("notifications.markAllRead")}
            </button>
          </form>
        </div>
      ) : null}
      {items.length > 0 ? (
        <ul className="notification-list" aria-label={t("notifications.listLabel")}>
          {items.map((notification) => {
            const { title, body } = notificationText(notification, t);
            const isUnread = notification.readAt === null;
            return (
              <li key={notification.id} className={isUnread ? "notification notification--unread" : "notification"} data-testid="notification">
                <h2 className="notification__title">
                  {/* Opening marks the notification read, so it is a post (a link's GET must not change anything). */}
                  <form action={openNotificationAction} className="notification__open">
                    <input type="hidden" name="notificationId" value={notification.id} />
                    <button type="submit" className="link-button">
                      {title}
                    </button>
                  </form>
                </h2>
                <p className="notification__meta">
                  <span className={isUnread ? "tag tag--in-progress" : "tag tag--not-started"}>{t(isUnread ? "notifications.unread" : "notifications.read")}</span>{" "}
                  <time dateTime={notification.createdAt.toISOString()}>{t("notifications.receivedAt", { time: formats.dateTime(notification.createdAt) })}</time>
                </p>
                <p>{body}</p>
                {notification.details.reason ? <p className="notification__reason">{t("notifications.reason", { reason: notification.details.reason })}</p> : null}
                {isUnread ? (
                  <form action={markNotificationReadAction} className="notification__actions">
                    <input type="hidden" name="notificationId" value={notification.id} />
                    <input type="hidden" name="page" value={query.page} />
                    <button type="submit" className="link-button">
                      {t("notifications.markRead")}
                      <span className="visually-hidden"> {title}</span>
                    </button>
                  </form>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      <Pagination
        label={t("notifications.pagination")}
        page={query.page}
        pages={pages}
        hrefFor={(page) => `/notifications?page=${page}`}
        previous={t("notifications.previousPage")}
        next={t("notifications.nextPage")}
        pageOf={t("notifications.pageOf", { page: Math.min(query.page, pages), pages })}
      />
    </>
  );
}
