import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/forms/pagination";
import { requireRole } from "@/lib/auth/guards";
import { listOutboxEmails, maxDeliveryAttempts, outboxPageSize } from "@/lib/db/queries/outgoing-emails";
import { getFormats, getTranslator } from "@/lib/i18n/server";
import { smtpSettings } from "@/lib/mail/settings";
import { OutboxQuerySchema } from "./schema";

export const metadata: Metadata = { title: "Email outbox" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const statusTag = { sent: "tag tag--completed", pending: "tag tag--in-progress", held: "tag tag--not-started", failed: "tag tag--failed" } as const;

/**
 * GET /admin/outbox — every email the app has written, newest first, with its delivery state; admin
 * only. Without SMTP settings this is the development outbox: emails are held here, not sent.
 */
export default async function AdminOutboxPage({ searchParams }: Props) {
  await requireRole("admin");
  const params = await searchParams;
  const query = OutboxQuerySchema.parse({ page: Array.isArray(params.page) ? params.page[0] : params.page });
  const [t, formats, { items, total }] = await Promise.all([getTranslator(), getFormats(), listOutboxEmails(query.page)]);
  const smtp = smtpSettings();
  const pages = Math.max(1, Math.ceil(total / outboxPageSize));

  return (
    <>
      <nav aria-label={t("admin.breadcrumbs")} className="breadcrumbs">
        <Link href="/admin">{t("admin.title")}</Link>
      </nav>
      <h1>{t("notifications.outbox.title")}</h1>
      <p>{t("notifications.outbox.lead")}</p>
      <div className="notice">
        {smtp ? t("notifications.outbox.smtpNotice", { host: smtp.host, max: maxDeliveryAttempts }) : t("notifications.outbox.heldNotice")}
      </div>
      <p>{total === 0 ? t("notifications.outbox.none") : t("notifications.outbox.count", { count: total })}</p>
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="outbox-table">
            <caption className="visually-hidden">{t("notifications.outbox.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("notifications.outbox.colCreated")}</th>
                <th scope="col">{t("notifications.outbox.colTo")}</th>
                <th scope="col">{t("notifications.outbox.colSubject")}</th>
                <th scope="col">{t("notifications.outbox.colStatus")}</th>
                <th scope="col">{t("notifications.outbox.colSent")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((email) => (
                <tr key={email.id} data-testid="outbox-email">
                  <td>
                    <time dateTime={email.createdAt.toISOString()}>{formats.dateTime(email.createdAt)}</time>
                  </td>
                  <td>{email.toAddress}</td>
                  <th scope="row" className="outbox-table__subject">
                    {email.subject}
                    {/* Only the development outbox (held: never delivered) shows text; a delivered email may carry a live reset link. */}
                    {email.status === "held" ? (
                      <details className="outbox-table__text">
                        <summary>
                          {t("notifications.outbox.showText")}
                          <span className="visually-hidden"> {email.subject}</span>
                        </summary>
                        <pre>{email.textBody}</pre>
                      </details>
                    ) : (
                      <span className="outbox-table__detail">{t("notifications.outbox.textWithheld")}</span>
                    )}
                  </th>
                  <td>
                    <span className={statusTag[email.status]}>{t(`notifications.outbox.statuses.${email.status}`)}</span>
                    {email.attempts > 0 ? <span className="outbox-table__detail">{t("notifications.outbox.attempts", { count: email.attempts })}</span> : null}
                    {email.lastError ? <span className="outbox-table__detail">{t("notifications.outbox.lastError", { error: email.lastError })}</span> : null}
                    {email.status === "failed" ? (
                      <span className="outbox-table__detail">
                        {email.nextAttemptAt && email.attempts < maxDeliveryAttempts ? (
                          <>
                            {t("notifications.outbox.nextAttempt")}{" "}
                            <time dateTime={email.nextAttemptAt.toISOString()}>{formats.dateTime(email.nextAttemptAt)}</time>
                          </>
                        ) : email.attempts >= maxDeliveryAttempts ? (
                          t("notifications.outbox.noAttemptLeft")
                        ) : null}
                      </span>
                    ) : null}
                  </td>
                  <td>{email.sentAt ? <time dateTime={email.sentAt.toISOString()}>{formats.dateTime(email.sentAt)}</time> : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Pagination
        label={t("notifications.pagination")}
        page={query.page}
        pages={pages}
        hrefFor={(page) => `/admin/outbox?page=${page}`}
        previous={t("notifications.previousPage")}
        next={t("notifications.nextPage")}
        pageOf={t("notifications.pageOf", { page: Math.min(query.page, pages), pages })}
      />
    </>
  );
}
