import type { Metadata } from "next";
import Link from "next/link";
import { SimpleForm } from "@/components/forms/simple-form";
import { requireRole } from "@/lib/auth/guards";
import { getTranslator } from "@/lib/i18n/server";
import { createOfficerAction } from "./actions";

export const metadata: Metadata = { title: "Create a programme officer" };

/** GET /admin/users/new — form to create a programme officer; admin only. */
export default async function NewOfficerPage() {
  await requireRole("admin");
  const t = await getTranslator();
  return (
    <>
      <nav aria-label={t("admin.breadcrumbs")} className="breadcrumbs">
        <Link href="/admin/users">{t("admin.usersTitle")}</Link>
      </nav>
      <h1>{t("admin.newOfficerTitle")}</h1>
      <p>{t("admin.newOfficerLead")}</p>
      <SimpleForm
        action={createOfficerAction}
        fields={[
          { name: "name", label: t("admin.name"), autoComplete: "off" },
          { name: "email", label: t("admin.email"), type: "email", autoComplete: "off" },
          { name: "password", label: t("admin.initialPassword"), type: "password", hint: t("signUp.passwordHint"), autoComplete: "new-password" },
        ]}
        submitLabel={t("admin.createOfficer")}
        submittingLabel={t("admin.creating")}
        errorSummaryTitle={t("errors.summaryTitle")}
      />
    </>
  );
}
