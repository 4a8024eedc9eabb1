import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/guards";
import { listFirmsWithProgrammesForUser } from "@/lib/db/queries/firms";
import type { MessageKey } from "@/lib/i18n";
import { getTranslator } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "My assessments" };

/** GET /dashboard — the SME manager's firm and assessments; sme only. */
export default async function DashboardPage() {
  const user = await requireRole("sme");
  const [t, firms] = await Promise.all([getTranslator(), listFirmsWithProgrammesForUser(user.id)]);
  return (
    <>
      <h1>{t("dashboard.title")}</h1>
      {firms.map((firm) => (
        <section key={firm.id} aria-labelledby={`firm-${firm.id}`}>
          <h2 id={`firm-${firm.id}`}>{firm.name}</h2>
          <dl className="summary">
            <dt>{t("dashboard.country")}</dt>
            <dd>{t(`countries.${firm.country}` as MessageKey)}</dd>
            <dt>{t("dashboard.sector")}</dt>
            <dd>{t(`sectors.${firm.sector}` as MessageKey)}</dd>
            <dt>{t("dashboard.employees")}</dt>
            <dd>{firm.employees}</dd>
            <dt>{t("dashboard.programmes")}</dt>
            <dd>{firm.programmes.length > 0 ? firm.programmes.map((p) => p.name).join(", ") : t("dashboard.noProgramme")}</dd>
          </dl>
          <h3>{t("dashboard.assessmentsTitle")}</h3>
          <p>{t("dashboard.noAssessments")}</p>
        </section>
      ))}
    </>
  );
}
