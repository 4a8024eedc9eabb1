import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { homePathFor } from "@/lib/auth/roles";
import { getTranslator } from "@/lib/i18n/server";

/** GET / — the public landing page; anyone. */
export default async function LandingPage() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslator()]);
  return (
    <>
      <h1>{t("home.title")}</h1>
      <p className="lead">{t("home.lead")}</p>
      <h2>{t("home.stepsTitle")}</h2>
      <ol className="steps">
        <li>{t("home.step1")}</li>
        <li>{t("home.step2")}</li>
        <li>{t("home.step3")}</li>
      </ol>
      {user ? (
        <p>
          <Link href={homePathFor(user.role)} className="button">
            {t("home.continue")}
          </Link>
        </p>
      ) : (
        <>
          <p>
            <Link href="/sign-up" className="button">
              {t("home.start")}
            </Link>
          </p>
          <p>
            {t("home.haveAccount")} <Link href="/sign-in">{t("nav.signIn")}</Link>
          </p>
        </>
      )}
    </>
  );
}
