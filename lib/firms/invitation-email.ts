import { createTranslator } from "@/lib/i18n";
import { emailLocales, type EmailContent } from "@/lib/notifications/email";
import { INVITATION_LIFETIME_MS } from "./invitation";

/** The path of the emailed link; the token is its last segment. lib/log/loggable-path.ts keeps it out of logs. */
export function invitationPath(token: string): string {
  return `/invitations/${token}`;
}

/** The invitation email, bilingual like every email (the invited person has no stored language yet). */
export function composeInvitationEmail(input: { firmName: string; inviterName: string; link: string }): EmailContent {
  const days = Math.round(INVITATION_LIFETIME_MS / 86_400_000);
  const parts = emailLocales.map((locale) => {
    const t = createTranslator(locale);
    const paragraphs = [
      t("team.email.body", { inviter: input.inviterName, firm: input.firmName }),
      `${t("team.email.link", { days })}\n${input.link}`,
      t("team.email.once"),
      t("team.email.ignore"),
    ];
    return { subject: t("team.email.subject", { firm: input.firmName }), text: paragraphs.join("\n\n") };
  });
  return {
    subject: parts.map((part) => part.subject).join(" / "),
    text: `${parts.map((part) => part.text).join("\n\n----------\n\n")}\n`,
  };
}
