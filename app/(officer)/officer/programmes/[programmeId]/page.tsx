import type { Metadata } from "next";
import Link from "next/link";
import { requireProgrammeAccess } from "@/lib/auth/guards";
import { listEnrolledFirms } from "@/lib/db/queries/programmes";
import { countAssessmentsByStatus } from "@/lib/db/queries/review-queue";
import type { MessageKey } from "@/lib/i18n";
import { getTranslator } from "@/lib/i18n/server";
import { queueStatuses } from "@/lib/queue/queue-params";
import { queueStatusSearch } from "@/lib/queue/queue-query";
import { StatusCounts } from "./queue/status-counts";

export const metadata: Metadata = { title: "Programme" };

type Props = { params: Promise<{ programmeId: string }> };

/** GET /officer/programmes/:id — one programme: its assessments by status, its tools, its firms; its officers and admins. */
export default async function ProgrammePage({ params }: Props) {
  const { programmeId } = await params;
  const { programme } = await requireProgrammeAccess(programmeId);
  const [t, counts, firms] = await Promise.all([getTranslator(), countAssessmentsByStatus(programme.id, {}), listEnrolledFirms(programme.id)]);
  const base = `/officer/programmes/${programme.id}`;
  const submitted = queueStatuses.reduce((sum, status) => sum + counts[status], 0);
  return (
    <>
      <nav aria-label={t("officer.breadcrumbs")} className="breadcrumbs">
        <Link href="/officer">{t("officer.title")}</Link>
      </nav>
      <h1>{programme.name}</h1>
      {programme.opensOn && programme.closesOn ? (
        <p className="muted">{t("queue.overview.period", { from: programme.opensOn, to: programme.closesOn })}</p>
      ) : null}

      <section aria-labelledby="programme-tools">
        <h2 id="programme-tools">{t("queue.overview.toolsTitle")}</h2>
        <ul className="programme-tools">
          <li>
            <Link href={`${base}/queue`}>{t("queue.overview.queueLink")}</Link>
          </li>
          <li>
            <Link href={`${base}/analytics`}>{t("queue.overview.analyticsLink")}</Link>
          </li>
          <li>
            <a href={`${base}/export`} download aria-describedby="programme-export-hint">
              {t("queue.overview.exportLink")}
            </a>{" "}
            <span className="muted" id="programme-export-hint">
              {t("queue.overview.exportHint")}
            </span>
          </li>
        </ul>
      </section>

      <section aria-labelledby="programme-status">
        <h2 id="programme-status">{t("queue.overview.statusTitle")}</h2>
        {submitted === 0 ? (
          <p>{t("queue.overview.noneSubmitted")}</p>
        ) : (
          <>
            <p>{t("queue.overview.statusLead")}</p>
            <StatusCounts
              t={t}
              counts={counts}
              labelledBy="programme-status"
              hrefFor={(status) => `${base}/queue${queueStatusSearch(status)}`}
            />
          </>
        )}
      </section>

      <section aria-labelledby="programme-firms">
        <h2 id="programme-firms">{t("officer.firmsTitle")}</h2>
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
      </section>
    </>
  );
}
