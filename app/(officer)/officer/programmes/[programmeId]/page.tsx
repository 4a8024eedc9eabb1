import type { Metadata } from "next";
import Link from "next/link";
import { requireProgrammeAccess } from "@/lib/auth/guards";
import { listEnrolledFirms } from "@/lib/db/queries/programmes";
import type { MessageKey } from "@/lib/i18n";
import { getTranslator } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Programme" };

type Props = { params: Promise<{ programmeId: string }> };

/** GET /officer/programmes/:id — the firms enrolled in one programme; its officers and admins. */
export default async function ProgrammePage({ params }: Props) {
  const { programmeId } = await params;
  const { programme } = await requireProgrammeAccess(programmeId);
  const [t, firms] = await Promise.all([getTranslator(), listEnrolledFirms(programme.id)]);
  return (
    <>
      <nav aria-label={t("officer.breadcrumbs")} className="breadcrumbs">
        <Link href="/officer">{t("officer.title")}</Link>
      </nav>
      <h1>{programme.name}</h1>
      <h2>{t("officer.firmsTitle")}</h2>
      {firms.length === 0 ? (
        <p>{t("officer.noFirms")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("officer.firmName")}</th>
                <th scope="col">{t("officer.sector")}</th>
                <th scope="col">{t("officer.employees")}</th>
              </tr>
            </thead>
            <tbody>
              {firms.map((firm) => (
                <tr key={firm.id}>
                  <td>{firm.name}</td>
                  <td>{t(`sectors.${firm.sector}` as MessageKey)}</td>
                  <td>{firm.employees}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
