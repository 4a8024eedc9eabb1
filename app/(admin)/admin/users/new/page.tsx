import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { getFormMessages, getTranslator } from "@/lib/i18n/server";
import { createOfficerAction } from "./actions";
import { NewOfficerForm } from "./new-officer-form";

export const metadata: Metadata = { title: "Create a programme officer" };

/** GET /admin/users/new — form to create a programme officer; admin only. */
export default async function NewOfficerPage() {
  await requireRole("admin");
  const [t, messages] = await Promise.all([getTranslator(), getFormMessages()]);
  return (
    <>
      <nav aria-label={t("admin.breadcrumbs")} className="breadcrumbs">
        <Link href="/admin/users">{t("admin.usersTitle")}</Link>
      </nav>
      <h1>{t("admin.newOfficerTitle")}</h1>
      <p>{t("admin.newOfficerLead")}</p>
      <NewOfficerForm
        action={createOfficerAction}
        messages={messages}
        labels={{
          name: t("admin.name"),
          email: t("admin.email"),
          password: t("admin.initialPassword"),
          passwordHint: t("signUp.passwordHint"),
          submit: t("admin.createOfficer"),
          submitting: t("admin.creating"),
          errorSummaryTitle: t("errors.summaryTitle"),
        }}
      />
    </>
  );
}
