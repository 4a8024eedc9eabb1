import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getCurrentUser } from "@/lib/auth/session";
import { homePathFor } from "@/lib/auth/roles";
import { getFormMessages, getTranslator } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n";
import { countryCodes, isicDivisions } from "@/lib/questionnaire/taxonomy";
import { signUpAction } from "./actions";

export const metadata: Metadata = { title: "Create an account" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** GET /sign-up — anyone not signed in; a signed-in user goes to their home page. */
export default async function SignUpPage({ searchParams }: Props) {
  const [user, t, params, messages] = await Promise.all([getCurrentUser(), getTranslator(), searchParams, getFormMessages()]);
  if (user) redirect(homePathFor(user.role));
  const code = typeof params.code === "string" ? params.code.slice(0, 64) : undefined;
  const countries = countryCodes
    .map((code) => ({ value: code, label: t(`countries.${code}` as MessageKey) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const sectors = isicDivisions.map((d) => ({ value: d.code, label: `${d.code} – ${t(`sectors.${d.code}` as MessageKey)}` }));
  return (
    <>
      <h1>{t("signUp.title")}</h1>
      <p className="lead">{t("signUp.lead")}</p>
      <SignUpForm
        action={signUpAction}
        messages={messages}
        countries={countries}
        sectors={sectors}
        initialEnrolmentCode={code}
        labels={{
          yourDetails: t("signUp.yourDetails"),
          name: t("signUp.name"),
          email: t("signUp.email"),
          password: t("signUp.password"),
          passwordHint: t("signUp.passwordHint"),
          firmDetails: t("signUp.firmDetails"),
          firmName: t("signUp.firmName"),
          country: t("signUp.country"),
          sector: t("signUp.sector"),
          employees: t("signUp.employees"),
          employeesHint: t("signUp.employeesHint"),
          enrolmentCode: t("signUp.enrolmentCode"),
          enrolmentCodeHint: t("signUp.enrolmentCodeHint"),
          choose: t("signUp.choose"),
          submit: t("signUp.submit"),
          submitting: t("signUp.submitting"),
          errorSummaryTitle: t("errors.summaryTitle"),
        }}
      />
      <p>
        {t("signUp.haveAccount")} <Link href="/sign-in">{t("nav.signIn")}</Link>
      </p>
    </>
  );
}
