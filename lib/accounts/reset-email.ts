import { createTranslator } from "@/lib/i18n";
import { emailLocales, type EmailContent } from "@/lib/notifications/email";
import { PASSWORD_RESET_LIFETIME_MS, PASSWORD_RESET_PAGE_PATH } from "./reset-token";

/** The path of the emailed link; the token is its last segment (GET /reset-password/:token moves it into a cookie). */
export function passwordResetPath(token: string): string {
  return `${PASSWORD_RESET_PAGE_PATH}/${token}`;
}

/**
 * The password reset email, bilingual like every email (a user has no stored language): English,
 * then Bahasa Malaysia. `link` is the absolute reset URL carrying the one-time token.
 */
export function composePasswordResetEmail(input: { recipientName: string; link: string }): EmailContent {
  const minutes = Math.round(PASSWORD_RESET_LIFETIME_MS / 60_000);
  const parts = emailLocales.map((locale) => {
    const t = createTranslator(locale);
    const paragraphs = [
      t("accounts.email.greeting", { name: input.recipientName }),
      `${t("accounts.email.body", { minutes })}\n${input.link}`,
      t("accounts.email.once"),
      t("accounts.email.ignore"),
    ];
    return { subject: t("accounts.email.subject"), text: paragraphs.join("\n\n") };
  });
  return {
    subject: parts.map((part) => part.subject).join(" / "),
    text: `${parts.map((part) => part.text).join("\n\n----------\n\n")}\n`,
  };
}
