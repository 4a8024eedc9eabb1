import { createTranslator, type Locale } from "@/lib/i18n";
import type { NotificationDetails, NotificationKind } from "./kinds";
import { absoluteUrl, notificationsPagePath, notificationTargetPath } from "./links";
import { notificationText } from "./text";

export type NotificationEmailInput = {
  kind: NotificationKind;
  details: NotificationDetails;
  assessmentId: string;
  recipientName: string;
  /** The app's public URL, for absolute links. */
  baseUrl: string;
};

export type EmailContent = { subject: string; text: string };

/**
 * Users have no stored language and an email is read outside the app, so every email is bilingual:
 * English first, then Bahasa Malaysia, in the subject and in the text.
 */
export const emailLocales: readonly Locale[] = ["en", "ms"];

const singleLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** The plain-text email of one notification for one recipient. */
export function composeNotificationEmail(input: NotificationEmailInput): EmailContent {
  const link = absoluteUrl(input.baseUrl, notificationTargetPath(input.kind, input.assessmentId));
  const allNotifications = absoluteUrl(input.baseUrl, notificationsPagePath);
  const parts = emailLocales.map((locale) => {
    const t = createTranslator(locale);
    const { title, body } = notificationText(input, t);
    const paragraphs = [t("notifications.email.greeting", { name: input.recipientName }), body];
    if (input.details.reason) paragraphs.push(t("notifications.email.reason", { reason: input.details.reason }));
    paragraphs.push(t("notifications.email.open", { url: link }), t("notifications.email.footer", { url: allNotifications }));
    return { title: singleLine(title), text: paragraphs.join("\n\n") };
  });
  return {
    subject: parts.map((part) => part.title).join(" / "),
    text: `${parts.map((part) => part.text).join("\n\n----------\n\n")}\n`,
  };
}
