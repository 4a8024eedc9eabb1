import type { Metadata } from "next";
import { SimpleForm } from "@/components/forms/simple-form";
import { requireUser } from "@/lib/auth/guards";
import { getTranslator } from "@/lib/i18n/server";
import { changePasswordAction } from "./actions";

export const metadata: Metadata = { title: "Account" };

/** GET /account — the caller's own account and password change; any signed-in user. */
export default async function AccountPage() {
  const user = await requireUser();
  const t = await getTranslator();
  return (
    <>
      <h1>{t("account.title")}</h1>
      <dl className="summary">
        <dt>{t("admin.name")}</dt>
        <dd>{user.name}</dd>
        <dt>{t("admin.email")}</dt>
        <dd>{user.email}</dd>
        <dt>{t("admin.role")}</dt>
        <dd>{t(`roles.${user.role}`)}</dd>
      </dl>
      <h2>{t("account.changePassword")}</h2>
      <SimpleForm
        action={changePasswordAction}
        fields={[
          { name: "currentPassword", label: t("account.currentPassword"), type: "password", autoComplete: "current-password" },
          { name: "newPassword", label: t("account.newPassword"), type: "password", hint: t("signUp.passwordHint"), autoComplete: "new-password" },
          { name: "confirmPassword", label: t("account.confirmPassword"), type: "password", autoComplete: "new-password" },
        ]}
        submitLabel={t("account.submit")}
        submittingLabel={t("account.submitting")}
        errorSummaryTitle={t("errors.summaryTitle")}
      />
    </>
  );
}
