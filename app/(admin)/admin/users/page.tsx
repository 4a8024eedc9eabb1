import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { listUsersForAdmin } from "@/lib/db/queries/users";
import { getFormats, getTranslator } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** GET /admin/users — every account with its role, firm and status, and the way to (de)activate it; admin only. */
export default async function AdminUsersPage({ searchParams }: Props) {
  const admin = await requireRole("admin");
  const [t, formats, users, params] = await Promise.all([getTranslator(), getFormats(), listUsersForAdmin(), searchParams]);
  const created = typeof params.created === "string" ? users.find((u) => u.id === params.created && u.role === "officer") : undefined;
  // The id, never free text, travels in the URL; the notice states the account's state as it is now.
  const statusChanged = typeof params.statusChanged === "string" ? users.find((u) => u.id === params.statusChanged) : undefined;
  return (
    <>
      <h1>{t("admin.usersTitle")}</h1>
      {created ? (
        <div className="notice notice--success" role="status">
          {t("admin.officerCreated", { name: created.name })}
        </div>
      ) : null}
      {statusChanged ? (
        <div className="notice notice--success" role="status">
          {statusChanged.active ? t("accounts.users.reactivated", { name: statusChanged.name }) : t("accounts.users.deactivated", { name: statusChanged.name })}
        </div>
      ) : null}
      <p>{t("admin.usersLead")}</p>
      <p>
        <Link href="/admin/users/new" className="button">
          {t("admin.newOfficer")}
        </Link>
      </p>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t("admin.usersTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("admin.name")}</th>
              <th scope="col">{t("admin.email")}</th>
              <th scope="col">{t("admin.role")}</th>
              <th scope="col">{t("admin.firm")}</th>
              <th scope="col">{t("admin.status")}</th>
              <th scope="col">{t("admin.created")}</th>
              <th scope="col">{t("accounts.users.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <td>{user.name}</td>
                <td>{user.email}</td>
                <td>{t(`roles.${user.role}`)}</td>
                <td>{user.firmNames ?? "—"}</td>
                <td>{user.active ? t("admin.active") : t("admin.inactive")}</td>
                <td>{formats.shortDate(user.createdAt)}</td>
                <td>
                  {user.id === admin.id ? (
                    t("accounts.users.you")
                  ) : (
                    <Link
                      href={`/admin/users/${user.id}/status`}
                      aria-label={t(user.active ? "accounts.users.deactivateUser" : "accounts.users.reactivateUser", { name: user.name })}
                    >
                      {user.active ? t("accounts.users.deactivate") : t("accounts.users.reactivate")}
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
