import type { Metadata } from "next";
import Link from "next/link";
import { requireFirmManager } from "@/lib/auth/guards";
import { getFormMessages, getTranslator } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n";
import { countryCodes, isicDivisions } from "@/lib/questionnaire/taxonomy";
import { FirmProfileForm } from "@/components/team/profile-form";
import { updateFirmProfileAction } from "./actions";

export const metadata: Metadata = { title: "Firm profile" };

type Props = { params: Promise<{ firmId: string }> };

/** GET /firms/:firmId/profile — the firm profile form; the firm's managers only (a contributor gets 403). */
export default async function FirmProfilePage({ params }: Props) {
  const { firmId } = await params;
  const { firm } = await requireFirmManager(firmId, "edit-profile");
  const [t, messages] = await Promise.all([getTranslator(), getFormMessages()]);
  const countries = countryCodes.map((code) => ({ value: code, label: t(`countries.${code}` as MessageKey) })).sort((a, b) => a.label.localeCompare(b.label));
  const sectors = isicDivisions.map((d) => ({ value: d.code, label: `${d.code} – ${t(`sectors.${d.code}` as MessageKey)}` }));
  return (
    <>
      <p>
        <Link href={`/firms/${firm.id}/team`}>{t("team.title", { firm: firm.name })}</Link>
      </p>
      <h1>{t("team.profile.title")}</h1>
      <p className="lead">{t("team.profile.lead")}</p>
      <FirmProfileForm
        action={updateFirmProfileAction}
        firmId={firm.id}
        messages={messages}
        profile={firm}
        countries={countries}
        sectors={sectors}
        text={{
          name: t("team.profile.name"),
          country: t("team.profile.country"),
          sector: t("team.profile.sector"),
          employees: t("team.profile.employees"),
          save: t("team.profile.save"),
          saving: t("team.profile.saving"),
          errorSummaryTitle: t("errors.summaryTitle"),
        }}
      />
    </>
  );
}
