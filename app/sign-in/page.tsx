import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { TOO_MANY_ATTEMPTS } from "@/lib/auth/options";
import { getFormMessages, getTranslator } from "@/lib/i18n/server";
import { getCurrentUser } from "@/lib/auth/session";
import { homePathFor } from "@/lib/auth/roles";
import { redirect } from "next/navigation";
import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** GET /sign-in — anyone. */
export default async function SignInPage({ searchParams }: Props) {
  const [params, t, user, messages] = await Promise.all([searchParams, getTranslator(), getCurrentUser(), getFormMessages("signIn.errors")]);
  if (user) redirect(homePathFor(user.role));
  const error = params.error === TOO_MANY_ATTEMPTS ? t("signIn.tooManyAttempts") : params.error ? t("signIn.invalid") : undefined;
  return (
    <>
      <h1>{t("signIn.title")}</h1>
      {params.created ? <div className="notice notice--success">{t("signIn.accountCreated")}</div> : null}
      {params.reset ? (
        <div className="notice notice--success" role="status">
          {t("accounts.reset.done")}
        </div>
      ) : null}
      {/* next-auth's own endpoint sends a refused plain post here with ?error= (the form itself answers in place). */}
      {error ? (
        <div className="notice notice--error" role="alert">
          {error}
        </div>
      ) : null}
      <SignInForm
        action={signInAction}
        messages={messages}
        callbackUrl={safeCallbackUrl(params.callbackUrl)}
        initialEmail={typeof params.email === "string" ? params.email.slice(0, 320) : undefined}
        labels={{
          email: t("signIn.email"),
          password: t("signIn.password"),
          submit: t("signIn.submit"),
          submitting: t("signIn.submitting"),
          errorSummaryTitle: t("errors.summaryTitle"),
        }}
      />
      <p>
        <Link href="/forgot-password">{t("accounts.forgot.link")}</Link>
      </p>
      <p>
        {t("signIn.noAccount")} <Link href="/sign-up">{t("signIn.createAccount")}</Link>
      </p>
    </>
  );
}
