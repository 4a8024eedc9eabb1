import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { findInvitationByToken, getFirmMemberRole } from "@/lib/db/queries/firm-team";
import { INVITATION_COOKIE, isWellFormedInvitationToken, normaliseInvitedEmail } from "@/lib/firms/invitation";
import { getFormMessages, getTranslator } from "@/lib/i18n/server";
import { InvitedSignUpForm } from "@/components/team/invited-sign-up-form";
import { acceptInvitationAction, invitedSignUpAction } from "./actions";

export const metadata: Metadata = { title: "Join a firm", robots: { index: false, follow: false } };

/**
 * GET /invitations — the invitation opened in this browser (its token is in the cookie GET
 * /invitations/:token set): the firm and who invited; signed out, an account form pre-filled with
 * the invited address and a way to sign in; signed in with that address, a button to join. A link
 * that no longer works gets one page that says so, whatever the reason. Anyone.
 */
export default async function InvitationPage() {
  const [t, cookieStore, user, messages] = await Promise.all([getTranslator(), cookies(), getCurrentUser(), getFormMessages("team.errors")]);
  const token = cookieStore.get(INVITATION_COOKIE)?.value;
  const invitation = isWellFormedInvitationToken(token) ? await findInvitationByToken(token) : null;
  const memberRole = invitation && user ? await getFirmMemberRole(user.id, invitation.firmId) : null;
  const goToFirm = invitation ? (
    <p>
      <Link href={`/dashboard?firm=${invitation.firmId}`} className="button">
        {t("team.invitation.goToFirm", { firm: invitation.firmName })}
      </Link>
    </p>
  ) : null;
  if (invitation && memberRole) {
    return (
      <>
        <h1>{t("team.invitation.title", { firm: invitation.firmName })}</h1>
        <p className="notice">{t("team.invitation.alreadyMember", { firm: invitation.firmName })}</p>
        {goToFirm}
      </>
    );
  }
  if (!invitation || invitation.state !== "pending") {
    return (
      <>
        <h1>{t("team.invitation.invalidTitle")}</h1>
        <p>{t("team.invitation.invalidBody")}</p>
      </>
    );
  }
  const role = t(invitation.role === "manager" ? "team.roles.manager" : "team.roles.contributor").toLowerCase();
  const heading = (
    <>
      <h1>{t("team.invitation.title", { firm: invitation.firmName })}</h1>
      <p className="lead">{t("team.invitation.lead", { inviter: invitation.inviterName, email: invitation.email, firm: invitation.firmName, role })}</p>
    </>
  );
  if (user) {
    const refusal =
      user.role !== "sme" ? t("team.invitation.notSme") : normaliseInvitedEmail(user.email) !== invitation.email ? t("team.invitation.wrongAccount", { email: invitation.email, current: user.email }) : null;
    return (
      <>
        {heading}
        <p>{t("team.invitation.signedInAs", { email: user.email })}</p>
        {refusal ? (
          <p className="notice notice--error">{refusal}</p>
        ) : (
          <form action={acceptInvitationAction} className="form">
            <button type="submit" className="button">
              {t("team.invitation.accept", { firm: invitation.firmName })}
            </button>
          </form>
        )}
      </>
    );
  }
  return (
    <>
      {heading}
      <h2>{t("team.invitation.createTitle")}</h2>
      <p>{t("team.invitation.createLead", { firm: invitation.firmName })}</p>
      <InvitedSignUpForm
        action={invitedSignUpAction}
        messages={messages}
        invitedEmail={invitation.email}
        text={{
          name: t("team.invitation.name"),
          email: t("team.invitation.email"),
          password: t("team.invitation.password"),
          passwordHint: t("signUp.passwordHint"),
          submit: t("team.invitation.submit"),
          submitting: t("team.invitation.submitting"),
          errorSummaryTitle: t("errors.summaryTitle"),
        }}
      />
      <p>
        {t("team.invitation.haveAccount", { email: invitation.email })} <Link href={`/sign-in?callbackUrl=${encodeURIComponent("/invitations")}`}>{t("team.invitation.signIn")}</Link>
      </p>
    </>
  );
}
