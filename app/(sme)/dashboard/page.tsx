import type { Metadata } from "next";
import Link from "next/link";
import { planPath } from "@/lib/plan/plan-path";
import { requireRole } from "@/lib/auth/guards";
import { isActive, isEditable } from "@/lib/assessments/lifecycle";
import { listAssessmentsForFirm } from "@/lib/db/queries/assessments";
import { listFirmsWithProgrammesForUser } from "@/lib/db/queries/firms";
import { getFirmMemberRole } from "@/lib/db/queries/firm-team";
import { firmRoleMay } from "@/lib/firms/team-roles";
import { listValidatedIndexesForFirm } from "@/lib/db/queries/validated-results";
import type { MessageKey } from "@/lib/i18n";
import type { BandId } from "@/lib/scoring/bands";
import { getFormats, getFormMessages, getTranslator } from "@/lib/i18n/server";
import { JoinProgrammeForm } from "@/components/programmes/join-programme-form";
import { BandTag } from "@/components/results/band-tag";
import { startAssessmentAction } from "./actions";
import { joinProgrammeAction } from "./join-actions";

export const metadata: Metadata = { title: "My assessments" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * GET /dashboard — one of the member's firms and its assessments; sme only. A person in several
 * firms picks the current one with ?firm=<id> (a plain GET form, so it works without JavaScript);
 * without it, or with a firm they are not an active member of, the first firm by name is shown.
 * Contributors see the assessments; starting, joining a programme and the data download are the managers'.
 */
export default async function DashboardPage({ searchParams }: Props) {
  const user = await requireRole("sme");
  const [t, formats, memberFirms, messages, query] = await Promise.all([getTranslator(), getFormats(), listFirmsWithProgrammesForUser(user.id), getFormMessages(), searchParams]);
  const current = memberFirms.find((firm) => firm.id === query.firm) ?? memberFirms[0];
  const firms = current ? [current] : [];
  const [assessmentsByFirm, validatedByFirm, memberRole] = await Promise.all([
    Promise.all(firms.map((firm) => listAssessmentsForFirm(firm.id))),
    Promise.all(firms.map((firm) => listValidatedIndexesForFirm(firm.id))),
    current ? getFirmMemberRole(user.id, current.id) : Promise.resolve(null),
  ]);
  const manages = memberRole !== null && firmRoleMay(memberRole, "start");
  return (
    <>
      <h1>{t("dashboard.title")}</h1>
      {memberFirms.length > 1 && current ? (
        <form method="get" action="/dashboard" className="inline-form firm-switcher" aria-label={t("team.switcher.title")}>
          <div className="field">
            <label htmlFor="firm-switcher">{t("team.switcher.label")}</label>
            <select id="firm-switcher" name="firm" defaultValue={current.id}>
              {memberFirms.map((firm) => (
                <option key={firm.id} value={firm.id}>
                  {firm.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--secondary">
            {t("team.switcher.submit")}
          </button>
        </form>
      ) : null}
      {current ? null : <p>{t("team.noFirm")}</p>}
      {firms.map((firm, index) => {
        const assessments = assessmentsByFirm[index] ?? [];
        const validatedIndexes = validatedByFirm[index];
        // A new assessment starts once the last one is approved (lib/assessments/lifecycle.ts).
        const open = assessments.find((a) => isActive(a.status));
        const hasApproved = assessments.some((a) => a.status === "approved");
        return (
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
            <p className="firm-plan">
              <Link href={planPath(firm.id)} aria-label={t("plan.dashboard.linkLabel", { firm: firm.name })}>
                {t("plan.dashboard.link")}
              </Link>
            </p>
            <p>
              <Link href={`/firms/${firm.id}/team`} data-testid="dashboard-team-link">
                {t("team.link")}
                <span className="visually-hidden"> {t("team.linkFirm", { firm: firm.name })}</span>
              </Link>{" "}
              {memberRole ? <span className="tag">{t(memberRole === "manager" ? "team.roles.manager" : "team.roles.contributor")}</span> : null}
            </p>
            {manages ? (
              <p className="firm-export">
                <a href={`/api/firms/${firm.id}/export`} download>
                  {t("accounts.export.link")}
                  <span className="visually-hidden"> {t("accounts.export.linkFirm", { firm: firm.name })}</span>
                </a>{" "}
                <span className="hint">{t("accounts.export.note")}</span>
              </p>
            ) : null}
            <h3>{t("dashboard.assessmentsTitle")}</h3>
            {assessments.length === 0 ? (
              <p>{t("dashboard.noAssessments")}</p>
            ) : (
              <div className="table-wrap">
                <table className="dashboard-table">
                  <thead>
                    <tr>
                      <th scope="col">{t("dashboard.started")}</th>
                      <th scope="col">{t("dashboard.programme")}</th>
                      <th scope="col">{t("assessment.status")}</th>
                      <th scope="col">{t("dashboard.readinessIndex")}</th>
                      <th scope="col">{t("dashboard.lastChange")}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t("dashboard.actions")}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {assessments.map((a) => {
                      // An approved assessment leads with the index its officer validated (issue 17).
                      const validated = validatedIndexes?.get(a.id);
                      return (
                      <tr key={a.id}>
                        <td data-label={t("dashboard.started")}>{formats.dateTime(a.createdAt)}</td>
                        <td data-label={t("dashboard.programme")}>{a.programmeName ?? t("dashboard.noProgrammeShort")}</td>
                        <td data-label={t("assessment.status")}>
                          <span className="tag">{t(`assessmentStatus.${a.status}` as MessageKey)}</span>
                        </td>
                        <td data-label={t("dashboard.readinessIndex")}>
                          {a.readinessIndex === null || a.readinessBand === null ? (
                            <>
                              <span aria-hidden="true">–</span>
                              <span className="visually-hidden">{t("dashboard.notSubmitted")}</span>
                            </>
                          ) : validated ? (
                            <span data-testid="dashboard-validated-index">
                              {formats.index(validated.index)} <BandTag band={validated.band as BandId} t={t} /> <span className="dashboard-validated__note">{t("dashboard.validatedNote")}</span>
                              <span className="dashboard-validated__self muted">{t("dashboard.selfAssessedIndex", { index: formats.index(a.readinessIndex) })}</span>
                            </span>
                          ) : (
                            <>
                              {formats.index(a.readinessIndex)} <BandTag band={a.readinessBand as BandId} t={t} />
                            </>
                          )}
                        </td>
                        <td data-label={t("dashboard.lastChange")}>{formats.dateTime(a.updatedAt)}</td>
                        <td className="dashboard-table__action">
                          {/* A returned assessment opens on the officer's reason and comments, not inside the questionnaire. */}
                          {a.status === "returned" ? (
                            <Link href={`/assessments/${a.id}`}>{t("dashboard.seeWhatToChange")}</Link>
                          ) : isEditable(a.status) ? (
                            <Link href={`/assessments/${a.id}/resume`}>{t("dashboard.continue")}</Link>
                          ) : (
                            <Link href={`/assessments/${a.id}`}>{t("dashboard.view")}</Link>
                          )}
                        </td>
                      </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
            {open ? (
              // Say why no new assessment can start, and lead to the one that holds it up (issue 18).
              <p className="notice dashboard-blocked" data-testid="dashboard-blocked">
                {open.status === "returned" ? t("returned.dashboard.returned") : isEditable(open.status) ? t("returned.dashboard.inProgress") : t("returned.dashboard.inReview")}{" "}
                <Link href={open.status === "draft" ? `/assessments/${open.id}/resume` : `/assessments/${open.id}`}>
                  {open.status === "returned"
                    ? t("returned.dashboard.returnedLink")
                    : isEditable(open.status)
                      ? t("returned.dashboard.inProgressLink")
                      : t("returned.dashboard.inReviewLink")}
                </Link>
              </p>
            ) : !manages ? null : (
              <form action={startAssessmentAction} className="form">
                <input type="hidden" name="firmId" value={firm.id} />
                {firm.programmes.length > 0 ? (
                  <div className="field">
                    <label htmlFor={`programme-${firm.id}`}>{t("dashboard.programmeChoice")}</label>
                    <select id={`programme-${firm.id}`} name="programmeId" defaultValue={firm.programmes[0]?.id}>
                      {firm.programmes.map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.name}
                        </option>
                      ))}
                      <option value="">{t("dashboard.noProgrammeShort")}</option>
                    </select>
                  </div>
                ) : (
                  <input type="hidden" name="programmeId" value="" />
                )}
                {hasApproved ? (
                  <div className="field">
                    <label className="choice" htmlFor={`prefill-${firm.id}`}>
                      <input type="checkbox" id={`prefill-${firm.id}`} name="prefill" value="approved" defaultChecked />
                      <span>{t("dashboard.prefill")}</span>
                    </label>
                  </div>
                ) : null}
                <button type="submit" className="button">
                  {hasApproved ? t("dashboard.startReassessment") : t("dashboard.start")}
                </button>
              </form>
            )}
            {manages ? (
              <JoinProgrammeForm
                action={joinProgrammeAction}
                firmId={firm.id}
                messages={messages}
                text={{
                  title: t("programmes.joinTitle"),
                  lead: t("programmes.joinLead"),
                  code: t("programmes.joinCode"),
                  submit: t("programmes.join"),
                  submitting: t("programmes.joining"),
                  errorSummaryTitle: t("errors.summaryTitle"),
                }}
              />
            ) : null}
          </section>
        );
      })}
    </>
  );
}
