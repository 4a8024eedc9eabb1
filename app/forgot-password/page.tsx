import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { getFormMessages, getTranslator } from "@/lib/i18n/server";
import { requestPasswordResetAction } from "./actions";

export const metadata: Metadata = { title: "Reset your password" };

/** GET /forgot-password — ask for a password reset link by email; anyone. */
export default async function ForgotPasswordPage() {
  const [t, messages] = await Promise.all([getTranslator(), getFormMessages()]);
  return (
    <>
      <h1>{t("accounts.forgot.title")}</h1>
      <p>{t("accounts.forgot.lead")}</p>
      <ForgotPasswordForm
        action={requestPasswordResetAction}
        messages={messages}
        labels={{ email: t("accounts.forgot.email"), submit: t("accounts.forgot.submit"), submitting: t("accounts.forgot.submitting"), errorSummaryTitle: t("errors.summaryTitle") }}
      />
      <p>
        <Link href="/sign-in">{t("accounts.forgot.backToSignIn")}</Link>
      </p>
    </>
  );
}
