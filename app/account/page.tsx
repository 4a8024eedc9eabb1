import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { requireUser } from "@/lib/auth/guards";
import { getFormMessages, getTranslator } from "@/lib/i18n/server";
import { changePasswordAction } from "./actions";

export const metadata: Metadata = { title: "Account" };

/** GET /account — the caller's own account and password change; any signed-in user. */
export default async function AccountPage() {
  const user = await requireUser();
  const [t, messages] = await Promise.all([getTranslator(), getFormMessages()]);
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
      <ChangePasswordForm
        action={changePasswordAction}
        messages={messages}
        labels={{
          currentPassword: t("account.currentPassword"),
          newPassword: t("account.newPassword"),
          newPasswordHint: t("signUp.passwordHint"),
          confirmPassword: t("account.confirmPassword"),
          submit: t("account.submit"),
          submitting: t("account.submitting"),
          errorSummaryTitle: t("errors.summaryTitle"),
        }}
      />
    </>
  );
}
