import type { Metadata } from "next";
import Link from "next/link";
import { SimpleForm } from "@/components/forms/simple-form";
import { getTranslator } from "@/lib/i18n/server";
import { requestPasswordResetAction } from "./actions";

export const metadata: Metadata = { title: "Reset your password" };

/** GET /forgot-password — ask for a password reset link by email; anyone. */
export default async function ForgotPasswordPage() {
  const t = await getTranslator();
  return (
    <>
      <h1>{t("accounts.forgot.title")}</h1>
      <p>{t("accounts.forgot.lead")}</p>
      <SimpleForm
        action={requestPasswordResetAction}
        fields={[{ name: "email", label: t("accounts.forgot.email"), type: "email", autoComplete: "username" }]}
        submitLabel={t("accounts.forgot.submit")}
        submittingLabel={t("accounts.forgot.submitting")}
        errorSummaryTitle={t("errors.summaryTitle")}
      />
      <p>
        <Link href="/sign-in">{t("accounts.forgot.backToSignIn")}</Link>
      </p>
    </>
  );
}
