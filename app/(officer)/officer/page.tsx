import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { listProgrammesForOfficer } from "@/lib/db/queries/programmes";
import type { MessageKey } from "@/lib/i18n";
import { getTranslator } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "My programmes" };

/** GET /officer — the programmes this officer runs; officer only. */
export default async function OfficerHomePage() {
  const user = await requireRole("officer");
  const [t, programmes] = await Promise.all([getTranslator(), listProgrammesForOfficer(user.id)]);
  return (
    <>
      <h1>{t("officer.title")}</h1>
      {programmes.length === 0 ? (
        <p>{t("officer.none")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("officer.programme")}</th>
                <th scope="col">{t("officer.country")}</th>
                <th scope="col">{t("officer.period")}</th>
                <th scope="col">{t("officer.firms")}</th>
              </tr>
            </thead>
            <tbody>
              {programmes.map((programme) => (
                <tr key={programme.id}>
                  <td>
                    <Link href={`/officer/programmes/${programme.id}`}>{programme.name}</Link>
                  </td>
                  <td>{t(`countries.${programme.country}` as MessageKey)}</td>
                  <td>{[programme.opensOn, programme.closesOn].filter(Boolean).join(" – ")}</td>
                  <td>{programme.firmCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
