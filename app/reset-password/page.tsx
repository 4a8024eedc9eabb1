import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { isWellFormedResetToken, PASSWORD_RESET_COOKIE } from "@/lib/accounts/reset-token";
import { findUsablePasswordReset } from "@/lib/db/queries/password-resets";
import { getFormMessages, getTranslator } from "@/lib/i18n/server";
import { resetPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false, follow: false } };

/**
 * GET /reset-password — the new-password form of the link just opened (its token is in the cookie
 * that GET /reset-password/:token set) while the link works; otherwise one page that says the link
 * is no longer valid, without saying why (unknown, used, replaced or expired). Anyone.
 */
export default async function ResetPasswordPage() {
  const [t, cookieStore, messages] = await Promise.all([getTranslator(), cookies(), getFormMessages()]);
  const token = cookieStore.get(PASSWORD_RESET_COOKIE)?.value;
  const reset = isWellFormedResetToken(token) ? await findUsablePasswordReset(token) : null;
  if (!reset) {
    return (
      <>
        <h1>{t("accounts.reset.invalidTitle")}</h1>
        <p>{t("accounts.reset.invalidBody")}</p>
        <p>
          <Link href="/forgot-password" className="button">
            {t("accounts.reset.requestNew")}
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{t("accounts.reset.title")}</h1>
      <p>{t("accounts.reset.lead", { email: reset.email })}</p>
      <ResetPasswordForm
        action={resetPasswordAction}
        messages={messages}
        labels={{
          newPassword: t("accounts.reset.newPassword"),
          newPasswordHint: t("signUp.passwordHint"),
          confirmPassword: t("accounts.reset.confirmPassword"),
          submit: t("accounts.reset.submit"),
          submitting: t("accounts.reset.submitting"),
          errorSummaryTitle: t("errors.summaryTitle"),
        }}
      />
    </>
  );
}
