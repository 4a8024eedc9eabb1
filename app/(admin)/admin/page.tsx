import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { countUsersByRole } from "@/lib/db/queries/users";
import { getTranslator } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Administration" };

/** GET /admin — the administrator's overview; admin only. */
export default async function AdminHomePage() {
  await requireRole("admin");
  const [t, counts] = await Promise.all([getTranslator(), countUsersByRole()]);
  return (
    <>
      <h1>{t("admin.title")}</h1>
      <ul className="card-grid">
        <li className="card">
          <h2>
            <Link href="/admin/users">{t("admin.usersTitle")}</Link>
          </h2>
          <p>{t("admin.userCounts", { sme: counts.sme, officer: counts.officer, admin: counts.admin })}</p>
        </li>
        <li className="card">
          <h2>
            <Link href="/admin/programmes">{t("admin.programmesTitle")}</Link>
          </h2>
          <p>{t("admin.programmesLead")}</p>
        </li>
        <li className="card">
          <h2>
            <Link href="/admin/catalogue">{t("catalogue.title")}</Link>
          </h2>
          <p>{t("catalogue.lead")}</p>
        </li>
        <li className="card">
          <h2>
            <Link href="/admin/outbox">{t("notifications.outbox.title")}</Link>
          </h2>
          <p>{t("notifications.outbox.homeLead")}</p>
        </li>
      </ul>
    </>
  );
}
