import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/guards";
import { getUserForAdmin } from "@/lib/db/queries/account-lifecycle";
import { getFormMessages, getTranslator } from "@/lib/i18n/server";
import { setAccountStatusAction } from "./actions";
import { AccountStatusForm } from "./status-form";
import { UserIdSchema } from "./schema";

export const metadata: Metadata = { title: "Deactivate or reactivate an account" };

type Props = { params: Promise<{ userId: string }> };

/**
 * GET /admin/users/:userId/status — the confirmation step before an account is deactivated or
 * reactivated (a page, so it works without JavaScript); admin only. For the admin's own account
 * it only explains why it cannot be done.
 */
export default async function AccountStatusPage({ params }: Props) {
  const admin = await requireRole("admin");
  const { userId } = await params;
  if (!UserIdSchema.safeParse(userId).success) notFound();
  const [t, user, messages] = await Promise.all([getTranslator(), getUserForAdmin(userId), getFormMessages()]);
  if (!user) notFound();
  const breadcrumbs = (
    <nav aria-label={t("admin.breadcrumbs")} className="breadcrumbs">
      <Link href="/admin/users">{t("admin.usersTitle")}</Link>
    </nav>
  );
  if (user.id === admin.id) {
    return (
      <>
        {breadcrumbs}
        <h1>{user.name}</h1>
        <div className="notice notice--error">{t("accounts.users.selfRefused")}</div>
        <p>
          <Link href="/admin/users">{t("accounts.users.cancel")}</Link>
        </p>
      </>
    );
  }
  const deactivating = user.active;
  const names = { name: user.name, email: user.email };
  return (
    <>
      {breadcrumbs}
      <h1>{deactivating ? t("accounts.users.deactivateTitle", names) : t("accounts.users.reactivateTitle", names)}</h1>
      <dl className="summary">
        <dt>{t("admin.role")}</dt>
        <dd>{t(`roles.${user.role}`)}</dd>
        <dt>{t("admin.status")}</dt>
        <dd>{user.active ? t("admin.active") : t("admin.inactive")}</dd>
      </dl>
      <p className="account-confirm">{deactivating ? t("accounts.users.deactivateBody", names) : t("accounts.users.reactivateBody", names)}</p>
      <AccountStatusForm
        action={setAccountStatusAction}
        messages={messages}
        userId={user.id}
        active={!deactivating}
        labels={{
          confirm: deactivating ? t("accounts.users.deactivateConfirm") : t("accounts.users.reactivateConfirm"),
          pending: t("accounts.users.saving"),
          cancel: t("accounts.users.cancel"),
          errorSummaryTitle: t("errors.summaryTitle"),
        }}
      />
    </>
  );
}
