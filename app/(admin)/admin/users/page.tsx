import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { listUsersForAdmin } from "@/lib/db/queries/users";
import { getLocale, getTranslator } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** GET /admin/users — every account with its role and firm; admin only. */
export default async function AdminUsersPage({ searchParams }: Props) {
  await requireRole("admin");
  const [t, locale, users, params] = await Promise.all([getTranslator(), getLocale(), listUsersForAdmin(), searchParams]);
  const created = typeof params.created === "string" ? users.find((u) => u.id === params.created && u.role === "officer") : undefined;
  const dateFormat = new Intl.DateTimeFormat(locale === "ms" ? "ms-MY" : "en-GB", { dateStyle: "medium" });
  return (
    <>
      <h1>{t("admin.usersTitle")}</h1>
      {created ? (
        <div className="notice notice--success" role="status">
          {t("admin.officerCreated", { name: created.name })}
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
                <td>{dateFormat.format(user.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
