import type { Metadata } from "next";
import { getFormats, getTranslator } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Accessibility statement" };

/** The day the statement was last reviewed; change it with the text. */
const reviewedOn = "2026-11-28";

/** GET /accessibility — the accessibility statement; public. */
export default async function AccessibilityPage() {
  const [t, formats] = await Promise.all([getTranslator(), getFormats()]);
  const email = t("accessibility.reportEmail");
  const [before, after] = t("accessibility.report", { email: "\u0000" }).split("\u0000");
  return (
    <>
      <h1>{t("accessibility.title")}</h1>
      <p className="lead">{t("accessibility.lead")}</p>
      <h2>{t("accessibility.conformanceTitle")}</h2>
      <p>{t("accessibility.conformance")}</p>
      <h2>{t("accessibility.testedTitle")}</h2>
      <ul>
        <li>{t("accessibility.tested1")}</li>
        <li>{t("accessibility.tested2")}</li>
        <li>{t("accessibility.tested3")}</li>
        <li>{t("accessibility.tested4")}</li>
      </ul>
      <h2>{t("accessibility.limitsTitle")}</h2>
      <ul>
        <li>{t("accessibility.limit1")}</li>
        <li>{t("accessibility.limit2")}</li>
        <li>{t("accessibility.limit3")}</li>
      </ul>
      <h2>{t("accessibility.reportTitle")}</h2>
      <p>
        {before}
        <a href={`mailto:${email}`}>{email}</a>
        {after}
      </p>
      <p className="muted">{t("accessibility.updated", { date: formats.day(reviewedOn) })}</p>
    </>
  );
}
