import type { Metadata } from "next";
import Link from "next/link";
import { requireFirmAccess, requireRole } from "@/lib/auth/guards";
import { firmRoleMay } from "@/lib/firms/team-roles";
import { getFormats, getFormMessages, getTranslator } from "@/lib/i18n/server";
import { loadTeam, type TeamNotice } from "@/lib/server/firms/team";
import { InviteForm } from "@/components/team/invite-form";
import { inviteMemberAction, teamCommandAction } from "./actions";

export const metadata: Metadata = { title: "Team" };

type Props = { params: Promise<{ firmId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const notices: readonly TeamNotice[] = ["revoked", "resent", "notPending", "roleChanged", "removed", "lastManager", "unchanged", "notFound"];
const refusals: readonly TeamNotice[] = ["notPending", "lastManager", "notFound"];

/** GET /firms/:firmId/team — the firm's members and invitations; its members. Managers invite, change roles and remove; contributors read. */
export default async function TeamPage({ params, searchParams }: Props) {
  await requireRole("sme");
  const { firmId } = await params;
  const { user, firm, memberRole } = await requireFirmAccess(firmId);
  const manages = memberRole !== null && firmRoleMay(memberRole, "manage-members");
  const [t, formats, messages, query, team] = await Promise.all([getTranslator(), getFormats(), getFormMessages("team.errors"), searchParams, loadTeam(firm.id, { withInvitations: manages })]);
  const notice = notices.find((n) => n === query.notice);
  const noticeMember = typeof query.member === "string" ? team.members.find((m) => m.userId === query.member) : undefined;
  // The last manager gets no buttons: both would be refused (a firm keeps a manager).
  const managerCount = team.members.filter((m) => m.role === "manager").length;
  const roleName = (role: string) => t(role === "manager" ? "team.roles.manager" : "team.roles.contributor");
  return (
    <>
      <p>
        <Link href={`/dashboard?firm=${firm.id}`}>{t("team.backToDashboard")}</Link>
      </p>
      <h1>{t("team.title", { firm: firm.name })}</h1>
      {notice ? (
        <div className={refusals.includes(notice) ? "notice notice--error" : "notice notice--success"} role={refusals.includes(notice) ? "alert" : "status"}>
          {notice === "roleChanged" && noticeMember
            ? t("team.roleChanged", { name: noticeMember.name, role: roleName(noticeMember.role).toLowerCase() })
            : notice === "roleChanged"
              ? t("team.unchanged")
              : t(`team.${notice}`)}
        </div>
      ) : null}
      <p className="lead">{t("team.lead")}</p>
      {manages ? (
        <p>
          <Link href={`/firms/${firm.id}/profile`}>{t("team.profile.title")}</Link>
        </p>
      ) : (
        <p className="notice">{t("team.readOnly")}</p>
      )}

      <section aria-labelledby="members-title">
        <h2 id="members-title">{t("team.membersTitle")}</h2>
        <div className="table-wrap">
          <table className="dashboard-table" data-testid="team-members">
            <thead>
              <tr>
                <th scope="col">{t("team.name")}</th>
                <th scope="col">{t("team.emailColumn")}</th>
                <th scope="col">{t("team.role")}</th>
                <th scope="col">{t("team.joined")}</th>
                {manages ? <th scope="col">{t("team.actions")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {team.members.map((member) => (
                <tr key={member.userId}>
                  <td data-label={t("team.name")}>
                    {member.name} {member.userId === user.id ? <span className="muted">{t("team.you")}</span> : null}
                  </td>
                  <td data-label={t("team.emailColumn")}>{member.email}</td>
                  <td data-label={t("team.role")}>
                    <span className="tag">{roleName(member.role)}</span>
                  </td>
                  <td data-label={t("team.joined")}>{formats.date(member.joinedAt)}</td>
                  {manages ? (
                    <td>
                      {member.role === "manager" && managerCount === 1 ? null : (
                      <div className="row-actions">
                        <form action={teamCommandAction} className="inline-form--compact">
                          <input type="hidden" name="command" value="change-role" />
                          <input type="hidden" name="firmId" value={firm.id} />
                          <input type="hidden" name="userId" value={member.userId} />
                          <input type="hidden" name="role" value={member.role === "manager" ? "contributor" : "manager"} />
                          <button type="submit" className="link-button">
                            {t(member.role === "manager" ? "team.makeContributor" : "team.makeManager")}
                            <span className="visually-hidden"> {t("team.changeRoleOf", { name: member.name })}</span>
                          </button>
                        </form>
                        <form action={teamCommandAction} className="inline-form--compact">
                          <input type="hidden" name="command" value="remove" />
                          <input type="hidden" name="firmId" value={firm.id} />
                          <input type="hidden" name="userId" value={member.userId} />
                          <button type="submit" className="link-button">
                            {t("team.remove")}
                            <span className="visually-hidden"> {t("team.removeOf", { name: member.name })}</span>
                          </button>
                        </form>
                      </div>
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {manages ? (
        <>
          <section aria-labelledby="invitations-title">
            <h2 id="invitations-title">{t("team.invitationsTitle")}</h2>
            {team.invitations.length === 0 ? (
              <p>{t("team.noInvitations")}</p>
            ) : (
              <div className="table-wrap">
                <table className="dashboard-table" data-testid="team-invitations">
                  <thead>
                    <tr>
                      <th scope="col">{t("team.emailColumn")}</th>
                      <th scope="col">{t("team.role")}</th>
                      <th scope="col">{t("assessment.status")}</th>
                      <th scope="col">{t("team.actions")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {team.invitations.map((invitation) => {
                      const open = invitation.state === "pending" || invitation.state === "expired";
                      return (
                        <tr key={invitation.id}>
                          <td data-label={t("team.emailColumn")}>
                            {invitation.email}
                            <span className="hint">{t("team.invitedBy", { name: invitation.invitedByName })}</span>
                          </td>
                          <td data-label={t("team.role")}>{roleName(invitation.role)}</td>
                          <td data-label={t("assessment.status")}>
                            <span className="tag">{t(`team.states.${invitation.state}`)}</span>{" "}
                            {open ? <span className="muted">{t(invitation.state === "pending" ? "team.expires" : "team.expired", { date: formats.dateTime(invitation.expiresAt) })}</span> : null}
                          </td>
                          <td>
                            {open ? (
                              <div className="row-actions">
                                {(["resend", "revoke"] as const).map((command) => (
                                  <form key={command} action={teamCommandAction} className="inline-form--compact">
                                    <input type="hidden" name="command" value={command} />
                                    <input type="hidden" name="firmId" value={firm.id} />
                                    <input type="hidden" name="invitationId" value={invitation.id} />
                                    <button type="submit" className="link-button">
                                      {t(command === "resend" ? "team.resend" : "team.revoke")}
                                      <span className="visually-hidden"> {t("team.invitationFor", { email: invitation.email })}</span>
                                    </button>
                                  </form>
                                ))}
                              </div>
                            ) : null}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <InviteForm
            action={inviteMemberAction}
            firmId={firm.id}
            messages={messages}
            roles={[
              { value: "contributor", label: `${t("team.roles.contributor")}` },
              { value: "manager", label: `${t("team.roles.manager")}` },
            ]}
            text={{
              title: t("team.inviteTitle"),
              lead: t("team.inviteLead"),
              email: t("team.inviteEmail"),
              role: t("team.inviteRole"),
              submit: t("team.inviteSubmit"),
              submitting: t("team.inviting"),
              errorSummaryTitle: t("errors.summaryTitle"),
            }}
          />
        </>
      ) : null}
    </>
  );
}
